import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import { readJsonText } from '../../src/routes/read-json.js';

/** A route that answers with what readJsonText made of the body, or the error code it refused it with. */
function app() {
  const a = new Hono();
  a.post('/', async (c) => {
    try {
      const { body } = await readJsonText(c, 1 << 20);
      return c.json({ ok: true, body });
    } catch (err) {
      if (err instanceof ApiError) return c.json({ ok: false, code: err.code }, err.status as 400);
      throw err;
    }
  });
  return a;
}

async function post(text: string) {
  const res = await app().request('/', { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });
  return { status: res.status, json: (await res.json()) as { ok: boolean; code?: string; body?: unknown } };
}

const nested = (depth: number, open: string, close: string, inner = '1') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

describe('readJsonText nesting limit', () => {
  it('refuses arrays, objects and a mix nested deeper than 64 levels', async () => {
    const mixed = `${'{"a":['.repeat(33)}0${']}'.repeat(33)}`;
    for (const text of [nested(65, '[', ']'), `${'{"k":'.repeat(70)}true${'}'.repeat(70)}`, mixed]) {
      const { status, json } = await post(text);
      expect(status).toBe(400);
      expect(json.code).toBe('nested_too_deep');
    }
  });

  it('accepts 64 levels exactly', async () => {
    const { status, json } = await post(nested(64, '[', ']'));
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
  });

  it('accepts shallow bodies whose strings hold many brackets (code, markdown, JSON in a prompt)', async () => {
    const code = 'function f(a) { return [a, { b: [1, 2] }]; }\n'.repeat(40);
    const quoted = JSON.stringify({ nested: nested(80, '[', ']') });
    const table = '| [x] | {y} |\n'.repeat(100);
    for (const content of [code, quoted, table]) {
      const text = JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] });
      const { status, json } = await post(text);
      expect(status).toBe(200);
      expect((json.body as { messages: { content: string }[] }).messages[0]?.content).toBe(content);
    }
  });

  it('accepts many sibling arrays and objects that stay shallow', async () => {
    const siblings = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, tags: [i, i + 1] })) });
    const { status, json } = await post(siblings);
    expect(status).toBe(200);
    expect((json.body as { items: unknown[] }).items).toHaveLength(200);
  });
});
