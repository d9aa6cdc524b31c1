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

const ABOUT_IMAGES = /\bimages?\b|image_url|multimodal|vision|text (?:parts |messages )?only/i;

/** The bridges' ApiError for a non-text part, with the rule named. */
export function withImagesRule(err: unknown, plan: Plan): unknown {
  const note = imagesRuleNote(plan);
  if (!note || !(err instanceof ApiError) || err.status !== 400 || err.code !== 'unsupported_content') return err;
  return new ApiError(err.status, `${err.message}; ${note}`, err.type, err.code, err.param, err.headers);
}

/** A local target's JSON 400 ({error: {message}}) refusing an image, with the rule named in its message. */
export async function answerWithImagesRule(res: TargetResponse, plan: Plan): Promise<TargetResponse> {
  const note = imagesRuleNote(plan);
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
