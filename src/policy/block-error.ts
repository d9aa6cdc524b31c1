import type { Label } from '../detect/types.js';
import type { ResponseFormat } from '../redact/types.js';
import { imageWords, type Plan } from './plan.js';
import { labelWords } from './words.js';

export interface BlockError {
  /**
   * 403, not 400: the request is well formed and the client is authenticated, but the team's policy
   * forbids forwarding it. SDKs map 403 to a permission error and do not retry it; a 400 would tell the
   * developer their JSON is wrong, which sends them looking in the wrong place.
   */
  status: 403;
  body: OpenAiErrorBody | AnthropicErrorBody;
}

interface OpenAiErrorBody {
  error: { message: string; type: string; code: string; param: null };
}
interface AnthropicErrorBody {
  type: 'error';
  error: { type: string; message: string };
}

/** What a user can do about each blocking kind; generic advice covers the rest. */
const ADVICE: Partial<Record<Label, string>> = {
  SECRET: 'Remove the key, token or password from the prompt (and rotate it if it was real)',
  CREDIT_CARD: 'Remove the card number or replace it with a placeholder',
  MEDICAL: 'Remove the medical details or ask for a policy that routes them to the local model',
};

/**
 * The error a blocked request gets: names the kinds of data and the policy, never a value, and tells the
 * user what to do. Anthropic clients get Anthropic's error shape so their SDK surfaces the message.
 */
export function blockError(plan: Plan, format: ResponseFormat = 'openai-chat'): BlockError {
  const images = plan.images?.decisive === true ? plan.images.count : 0;
  const labels =
    plan.decisive.length > 0 || images > 0 ? plan.decisive : [...new Set(plan.items.map((i) => i.finding.label))];
  const counts = labels.map((label) => {
    const n = plan.items.filter((i) => i.finding.label === label && i.action === 'block').length;
    return n > 0 ? `${labelWords(label)} ×${n}` : labelWords(label);
  });
  const advice = labels.map((l) => ADVICE[l]).filter((a): a is string => a !== undefined);
  if (images > 0) {
    // Veil cannot read an image, so the team chose to keep every image in the building.
    counts.push(imageWords(images));
    advice.push(
      'Images cannot be inspected and this policy does not let them leave the company: remove the images, paste the text instead, or ask for a policy with `images: local`',
    );
  }
  const message =
    `Veil blocked this request: it contains ${counts.join(', ')}, which policy "${plan.policy}" does not allow ` +
    'to leave the company. Nothing was sent to the model. ' +
    `${advice.length > 0 ? `${advice.join('. ')}. ` : 'Remove that data from the prompt and send it again. '}` +
    'If you believe this is a mistake, ask your Veil administrator (`veil policy explain` shows why).';
  if (format === 'anthropic-messages') {
    return { status: 403, body: { type: 'error', error: { type: 'permission_error', message } } };
  }
  return {
    status: 403,
    body: { error: { message, type: 'policy_violation', code: 'sensitive_data_blocked', param: null } },
  };
}
