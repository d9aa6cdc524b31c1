import type { Context } from 'hono';
import type { TextDetector } from '../detect/types.js';
import { badRequest } from '../http/errors.js';
import { readJson } from './read-json.js';

/**
 * POST /v1/detect {"text"}: the engine's findings for a text, without forwarding anything. Offsets only, no
 * values: the caller already has the text.
 */
export function detectRoute(detector: TextDetector, maxChars: number, maxBodyBytes: number) {
  return async function detect(c: Context): Promise<Response> {
    const body = (await readJson(c, maxBodyBytes)) as { text?: unknown } | null;
    const text = body?.text;
    if (typeof text !== 'string') throw badRequest('text is required and must be a string', 'missing_field', 'text');
    if (text.length > maxChars) throw badRequest(`text is longer than ${maxChars} characters`, 'text_too_long', 'text');
    const findings = detector.detect(text).map(({ start, end, label, type, score, detector: by }) => ({
      start,
      end,
      label,
      type,
      score,
      detector: by,
    }));
    return c.json({ findings });
  };
}
