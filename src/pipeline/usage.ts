/** Token usage and answering model, read from provider answers for the audit record. */
export interface AnswerMeta {
  model: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
  /** The id of a Responses API answer (its `response` object), which a later request may name as previous. */
  responseId?: string;
}

export const emptyMeta = (): AnswerMeta => ({ model: null, promptTokens: null, completionTokens: null });

/** Reads model and usage from an OpenAI or Anthropic body or stream event; ignores anything else. */
export function collectMeta(meta: AnswerMeta, value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const v = value as Record<string, unknown>;
  if (typeof v.model === 'string' && meta.model === null) meta.model = v.model;
  if (v.object === 'response' && typeof v.id === 'string') meta.responseId ??= v.id;
  const message = v.message as Record<string, unknown> | undefined;
  if (message && typeof message === 'object') collectMeta(meta, message);
  // Responses API stream events carry the response object under `response`.
  const response = v.response as Record<string, unknown> | undefined;
  if (response && typeof response === 'object') collectMeta(meta, response);
  const usage = v.usage as Record<string, unknown> | undefined;
  if (!usage || typeof usage !== 'object') return;
  const prompt = usage.prompt_tokens ?? usage.input_tokens;
  const completion = usage.completion_tokens ?? usage.output_tokens;
  if (typeof prompt === 'number') meta.promptTokens = prompt;
  if (typeof completion === 'number') meta.completionTokens = completion;
}
