import { ApiError } from '../http/errors.js';
import type { Plan } from '../policy/plan.js';
import type { TargetResponse } from '../providers/types.js';

/**
 * A request the team's `images: local` rule sent to the local model, refused there because that model takes text
 * only, says why it went there: the user sees an image refused by "the local model" and the admin needs to know a
 * policy rule, not a fault, put it there. Only a refusal of content (unsupported_content, or a local server's
 * message about images) gets the note; other 400s are about something else and stay as they are.
 */
export function imagesRuleNote(plan: Plan): string | undefined {
  if (!plan.images?.decisive || plan.images.action !== 'local') return undefined;
  return `it was sent to the local model because the images rule of policy "${plan.policy}" ("images: local") keeps requests with images (IMAGE ×${plan.images.count}) in the building; send it without the images, or ask your security team about that rule`;
}

/**
 * A request with images the cloud was to answer, sent to the local model by the team's fallback after the cloud
 * failed, and refused there because that model takes text only: the user sent images to a cloud model and needs
 * to know why "the local model" answered, and that the images, not a fault of theirs, stop it.
 */
export function fallbackImagesNote(plan: Plan, failure: string): string | undefined {
  if (!plan.images || plan.images.count === 0) return undefined;
  return `it was sent to the local model because the cloud upstream failed (${failure}) and policy "${plan.policy}" falls back to the local model ("local: fallback: true"), which cannot read the request's images (IMAGE ×${plan.images.count}); retry when the cloud answers again, or send it without the images`;
}

const ABOUT_IMAGES = /\bimages?\b|image_url|multimodal|vision|text (?:parts |messages )?only/i;

/** The bridges' ApiError for a non-text part, with the rule named. */
export function withImagesRule(err: unknown, plan: Plan): unknown {
  return withNote(err, imagesRuleNote(plan));
}

/** A local target's JSON 400 ({error: {message}}) refusing an image, with the rule named in its message. */
export function answerWithImagesRule(res: TargetResponse, plan: Plan): Promise<TargetResponse> {
  return answerWithNote(res, imagesRuleNote(plan));
}

/** The bridges' ApiError for a non-text part, with `note` (why the request was on the local model) added. */
export function withNote(err: unknown, note: string | undefined): unknown {
  if (!note || !(err instanceof ApiError) || err.status !== 400 || err.code !== 'unsupported_content') return err;
  return new ApiError(err.status, `${err.message}; ${note}`, err.type, err.code, err.param, err.headers);
}

/** A local target's JSON 400 ({error: {message}}) refusing an image, with `note` added to its message. */
export async function answerWithNote(res: TargetResponse, note: string | undefined): Promise<TargetResponse> {
  if (!note || res.status !== 400 || !(res.headers['content-type'] ?? '').includes('json')) return res;
  const chunks: Buffer[] = [];
  for await (const chunk of res.body) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString('utf8');
  const again = (body: string): TargetResponse => {
    const headers = { ...res.headers };
    delete headers['content-length'];
    return {
      ...res,
      headers,
      body: (async function* () {
        yield Buffer.from(body);
      })(),
    };
  };
  let parsed: { error?: { message?: unknown; code?: unknown } };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return again(text);
  }
  const error = parsed?.error;
  if (!error || typeof error.message !== 'string') return again(text);
  if (error.code !== 'unsupported_content' && !ABOUT_IMAGES.test(error.message)) return again(text);
  error.message = `${error.message}; ${note}`;
  return again(JSON.stringify(parsed));
}
