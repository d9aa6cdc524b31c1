import { mkdirSync } from 'node:fs';
import { createModelDownloader } from 'node-llama-cpp';

/**
 * Downloads a GGUF file into the models directory with node-llama-cpp's downloader (resumable, parallel,
 * handles split files). Accepts Hugging Face URIs (hf:user/repo/file.gguf, hf:user/repo:Q4_K_M) and
 * https URLs; anything else is refused before any network access.
 */
export class PullError extends Error {
  override name = 'PullError';
}

export type ModelSource = { modelUri: string } | { modelUrl: string };

export function parseModelSource(uri: string): ModelSource {
  if (/^(hf|huggingface):(\/\/)?[^/\s]+\/[^\s]+$/.test(uri)) return { modelUri: uri };
  if (/^https:\/\/\S+$/.test(uri)) {
    try {
      new URL(uri);
    } catch {
      throw new PullError(`not a valid URL: ${uri}`);
    }
    return { modelUrl: uri };
  }
  if (/^http:\/\//.test(uri)) throw new PullError('only https URLs are accepted: model files are code you run');
  throw new PullError(
    `"${uri}" is not a model URI: use hf:<user>/<repo>/<file>.gguf, hf:<user>/<repo>:<quant> or an https URL`,
  );
}

/** The file name to save as: the URI's own .gguf name, so models.yaml can name it plainly. */
export function defaultFileName(uri: string): string | undefined {
  const path = uri.startsWith('https://') ? new URL(uri).pathname : uri.replace(/[?#].*$/, '');
  const name = path.split('/').pop();
  return name && /^[\w.-]+\.gguf$/i.test(name) ? name : undefined;
}

/** Where the bytes come from: the URL's host, or the Hugging Face endpoint for hf: URIs. */
export function downloadOrigin(source: ModelSource, env: NodeJS.ProcessEnv = process.env): string {
  if ('modelUrl' in source) return new URL(source.modelUrl).origin;
  return new URL(env.HF_ENDPOINT || 'https://huggingface.co').origin;
}

/**
 * The downloader retries a dead network for minutes; one short request first turns "offline" into an
 * immediate, clear error. Any HTTP answer counts as reachable.
 */
async function assertReachable(origin: string, timeoutMs: number): Promise<void> {
  try {
    const res = await fetch(origin, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const reason =
      e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new PullError(
      `cannot download: ${origin} is unreachable (${reason})\n` +
        'Without internet access here, download the .gguf file on another machine, copy it into the models ' +
        'directory (VEIL_MODELS, default ./models), then name it in rules/models.yaml.',
    );
  }
}

export interface PullOptions {
  dir: string;
  fileName?: string;
  progress?: boolean;
  signal?: AbortSignal;
  /** For the reachability check before downloading. */
  probeTimeoutMs?: number;
}

export async function pullModel(uri: string, options: PullOptions): Promise<string> {
  const source = parseModelSource(uri);
  const fileName = options.fileName ?? defaultFileName(uri);
  await assertReachable(downloadOrigin(source), options.probeTimeoutMs ?? 5_000);
  mkdirSync(options.dir, { recursive: true });
  try {
    const downloader = await createModelDownloader({
      ...source,
      dirPath: options.dir,
      ...(fileName ? { fileName } : {}),
      showCliProgress: options.progress ?? false,
      skipExisting: true,
      deleteTempFileOnCancel: false,
    });
    return await downloader.download(options.signal ? { signal: options.signal } : {});
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0]?.slice(0, 300) ?? 'unknown error';
    throw new PullError(
      `cannot download ${uri}: ${reason}\n` +
        `Alternatively download the .gguf file by other means, copy it into ${options.dir}, and name it in rules/models.yaml.`,
    );
  }
}
