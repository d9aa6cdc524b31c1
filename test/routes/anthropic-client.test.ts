import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isAnthropicClient } from '../../src/routes/models.js';

/** Which clients the model routes and their errors treat as Anthropic SDKs. */
describe('isAnthropicClient', () => {
  const app = new Hono().get('/v1/models', (c) => c.text(isAnthropicClient(c) ? 'anthropic' : 'openai'));
  const ask = async (headers: Record<string, string>) => (await app.request('/v1/models', { headers })).text();

  it('an anthropic-version header, or x-api-key without a Bearer header, is Anthropic', async () => {
    expect(await ask({ 'anthropic-version': '2023-06-01' })).toBe('anthropic');
    expect(await ask({ 'anthropic-version': '2023-06-01', authorization: 'Bearer k' })).toBe('anthropic');
    expect(await ask({ 'x-api-key': 'k' })).toBe('anthropic');
  });

  it('a Bearer key, or no key at all, is OpenAI', async () => {
    expect(await ask({ authorization: 'Bearer k' })).toBe('openai');
    expect(await ask({ authorization: 'Bearer k', 'x-api-key': 'k' })).toBe('openai');
    expect(await ask({})).toBe('openai');
  });
});
