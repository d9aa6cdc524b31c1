import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/http/errors.js';
import {
  answerWithImagesRule,
  answerWithNote,
  fallbackImagesNote,
  imagesRuleNote,
  withImagesRule,
  withNote,
} from '../../src/pipeline/images-rule.js';
import type { Plan } from '../../src/policy/plan.js';
import type { TargetResponse } from '../../src/providers/types.js';

const plan = (images?: Plan['images']): Plan => ({
  route: 'local',
  mode: 'enforce',
  policy: 'claims',
  reason: 'local',
  items: [],
  decisive: [],
  images,
});
const byImages = plan({ count: 2, action: 'local', decisive: true });

function answer(status: number, body: string, type = 'application/json'): TargetResponse {
  return {
    status,
    headers: { 'content-type': type, 'content-length': String(body.length) },
    body: (async function* () {
      yield Buffer.from(body);
    })(),
  };
}

async function text(res: TargetResponse): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of res.body) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

describe('a text-only local model’s refusal names the images rule that sent the request there', () => {
  it('only when the images rule put the request on the local model', () => {
    expect(imagesRuleNote(byImages)).toContain('the images rule of policy "claims" ("images: local")');
    expect(imagesRuleNote(byImages)).toContain('IMAGE ×2');
    expect(imagesRuleNote(plan())).toBeUndefined();
    expect(imagesRuleNote(plan({ count: 1, action: 'allow', decisive: false }))).toBeUndefined();
  });

  it('a bridge’s unsupported_content 400 gets the note; other errors pass as they are', () => {
    const refused = new ApiError(
      400,
      'input[0].content[1]: a "input_image" part',
      'invalid_request_error',
      'unsupported_content',
      'input[0]',
    );
    const named = withImagesRule(refused, byImages) as ApiError;
    expect(named.message).toMatch(
      /^input\[0\]\.content\[1\]: a "input_image" part; it was sent to the local model because/,
    );
    expect([named.status, named.code, named.param]).toEqual([400, 'unsupported_content', 'input[0]']);
    const other = new ApiError(503, 'down', 'api_error', 'local_unavailable');
    expect(withImagesRule(other, byImages)).toBe(other);
    expect(withImagesRule(refused, plan())).toBe(refused);
  });

  it('a local target’s JSON 400 about an image gets the note; a 400 about something else and other answers stay', async () => {
    const image = JSON.stringify({
      error: {
        message: 'messages[0].content[1]: the local model accepts text parts only',
        code: 'unsupported_content',
      },
    });
    const named = await answerWithImagesRule(answer(400, image), byImages);
    const body = JSON.parse(await text(named)) as { error: { message: string } };
    expect(body.error.message).toContain(
      'accepts text parts only; it was sent to the local model because the images rule',
    );
    expect(named.headers['content-length']).toBeUndefined();
    const server = JSON.stringify({
      error: { message: 'image input is not supported by this model', type: 'invalid_request_error' },
    });
    expect(await text(await answerWithImagesRule(answer(400, server), byImages))).toContain('(\\"images: local\\")');
    const temperature = JSON.stringify({
      error: { message: 'temperature must be a number between 0 and 2', code: 'invalid_request' },
    });
    expect(await text(await answerWithImagesRule(answer(400, temperature), byImages))).toBe(temperature);
    const ok = answer(200, '{"choices":[]}');
    expect(await answerWithImagesRule(ok, byImages)).toBe(ok);
    expect(await text(await answerWithImagesRule(answer(400, 'not json', 'application/json'), byImages))).toBe(
      'not json',
    );
  });
});

describe('a text-only local model’s refusal after a cloud failure names the fallback', () => {
  const cloudPlan = (images?: Plan['images']): Plan => ({ ...plan(images), route: 'cloud', policy: 'support' });

  it('only when the request carries images, whatever the images rule (it did not send the request there)', () => {
    const note = fallbackImagesNote(cloudPlan({ count: 3, action: 'allow', decisive: false }), 'status 502');
    expect(note).toContain('the cloud upstream failed (status 502) and policy "support" falls back to the local model');
    expect(note).toContain('IMAGE ×3');
    expect(note).not.toContain('images rule');
    expect(fallbackImagesNote(cloudPlan(), 'status 502')).toBeUndefined();
    expect(fallbackImagesNote(cloudPlan({ count: 0, action: 'allow', decisive: false }), 'x')).toBeUndefined();
  });

  it('is added to a bridge’s unsupported_content 400 and to a local JSON 400 about images, nothing else', async () => {
    const note = fallbackImagesNote(cloudPlan({ count: 1, action: 'allow', decisive: false }), 'upstream_timeout');
    const refused = new ApiError(
      400,
      'messages[0].content[0]: an "image" block',
      'invalid_request_error',
      'unsupported_content',
    );
    expect((withNote(refused, note) as ApiError).message).toMatch(
      /^messages\[0\]\.content\[0\]: an "image" block; it was sent to the local model because the cloud upstream failed \(upstream_timeout\)/,
    );
    const busy = new ApiError(503, 'busy', 'api_error', 'local_unavailable');
    expect(withNote(busy, note)).toBe(busy);
    expect(withNote(refused, undefined)).toBe(refused);
    const local = JSON.stringify({ error: { message: 'this model does not support image input' } });
    expect(await text(await answerWithNote(answer(400, local), note))).toContain('falls back to the local model');
    const other = JSON.stringify({ error: { message: 'max_tokens is too large', code: 'invalid_request' } });
    expect(await text(await answerWithNote(answer(400, other), note))).toBe(other);
  });
});
