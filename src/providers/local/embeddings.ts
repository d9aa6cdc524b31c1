import type { LlamaEmbeddingContext } from 'node-llama-cpp';
import type { TargetResponse } from '../types.js';
import { errorResponse, JSON_HEADERS, once } from './answer.js';
import { InvalidRequestError } from './openai-request.js';

/**
 * POST /v1/embeddings answered by the local model through node-llama-cpp's embedding context, in OpenAI's
 * format. Vectors are scaled to unit length, as OpenAI's are, so a dot product is the cosine similarity.
 * Inputs are strings (token arrays cannot be inspected, and the gateway refuses them before this point).
 */
export interface EmbeddingsRequest {
  inputs: string[];
  base64: boolean;
}

/** OpenAI accepts up to 2048 inputs per request. */
const MAX_INPUTS = 2048;

export function parseEmbeddingsRequest(body: Record<string, unknown>): EmbeddingsRequest {
  const raw = body.input;
  const inputs = typeof raw === 'string' ? [raw] : raw;
  if (
    !Array.isArray(inputs) ||
    inputs.length === 0 ||
    inputs.length > MAX_INPUTS ||
    !inputs.every((s) => typeof s === 'string')
  ) {
    throw new InvalidRequestError(`input must be a string or an array of 1 to ${MAX_INPUTS} strings`, 'input');
  }
  const empty = inputs.indexOf('');
  if (empty >= 0) throw new InvalidRequestError('input must not contain empty strings', `input[${empty}]`);
  const format = body.encoding_format ?? 'float';
  if (format !== 'float' && format !== 'base64') {
    throw new InvalidRequestError('encoding_format must be "float" or "base64"', 'encoding_format');
  }
  if (body.dimensions !== undefined && body.dimensions !== null) {
    throw new InvalidRequestError(
      'dimensions is not supported by the local model (its vectors have the size of the model)',
      'dimensions',
    );
  }
  return { inputs: inputs as string[], base64: format === 'base64' };
}

function unitLength(vector: readonly number[]): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 1;
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = (vector[i] ?? 0) * scale;
  return out;
}

/** OpenAI's base64 format: the float32 values, little-endian, base64-encoded. */
function base64Of(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) bytes.writeFloatLE(vector[i] ?? 0, i * 4);
  return bytes.toString('base64');
}

/** Embeds every input in order; a 400 when one does not fit the context. Stops early on abort. */
export async function answerEmbeddings(
  context: LlamaEmbeddingContext,
  request: EmbeddingsRequest,
  name: string,
  contextSize: number,
  signal: AbortSignal,
): Promise<TargetResponse> {
  const lengths = request.inputs.map((input) => context.calculateInputLength(input));
  const tooLong = lengths.findIndex((n) => n > contextSize);
  if (tooLong >= 0) {
    return errorResponse(
      400,
      `input ${tooLong} takes ${lengths[tooLong]} tokens; the local model "${name}" embeds at most ${contextSize} (context_size in models.yaml)`,
      'context_length_exceeded',
      request.inputs.length === 1 ? 'input' : `input[${tooLong}]`,
    );
  }
  const data: { object: 'embedding'; index: number; embedding: number[] | string }[] = [];
  for (const [index, input] of request.inputs.entries()) {
    signal.throwIfAborted();
    const vector = unitLength((await context.getEmbeddingFor(input)).vector);
    data.push({ object: 'embedding', index, embedding: request.base64 ? base64Of(vector) : Array.from(vector) });
  }
  const tokens = lengths.reduce((a, b) => a + b, 0);
  const body = { object: 'list', data, model: name, usage: { prompt_tokens: tokens, total_tokens: tokens } };
  return {
    status: 200,
    headers: JSON_HEADERS,
    body: once(new TextEncoder().encode(JSON.stringify(body))),
    model: name,
  };
}
