import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type GgufSummary, inspectGguf } from './gguf-inspect.js';

/** The GGUF files of the models directory, each read from its header (pure JS, nothing loaded). */
export type ModelFileEntry = { file: string; summary: GgufSummary } | { file: string; error: string };

/** Split models are listed once, by their first part. */
function isListedGguf(name: string): boolean {
  if (!name.toLowerCase().endsWith('.gguf')) return false;
  const part = /-(\d{5})-of-\d{5}\.gguf$/i.exec(name);
  return !part || part[1] === '00001';
}

export async function listModelFiles(dir: string): Promise<ModelFileEntry[]> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => isListedGguf(n) && statSync(join(dir, n), { throwIfNoEntry: false })?.isFile());
  files.sort();
  return Promise.all(
    files.map(async (file): Promise<ModelFileEntry> => {
      try {
        return { file, summary: await inspectGguf(join(dir, file), { strict: false }) };
      } catch (err) {
        return { file, error: (err as Error).message };
      }
    }),
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function formatParameters(count: number): string {
  if (count >= 1e9) return `${(count / 1e9).toFixed(1)}B`;
  if (count >= 1e6) return `${(count / 1e6).toFixed(1)}M`;
  if (count >= 1e3) return `${(count / 1e3).toFixed(1)}K`;
  return String(count);
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** One row per file; `usedBy` maps a file name to the models.yaml entries that use it. */
export function formatModelList(entries: ModelFileEntry[], usedBy: Map<string, string[]> = new Map()): string {
  const rows = entries.map((e) => {
    if ('error' in e) return [e.file, '-', '-', '-', '-', '-', '-', `unreadable: ${e.error}`];
    const s = e.summary;
    return [
      e.file,
      formatBytes(s.sizeBytes),
      s.architecture,
      formatParameters(s.parameters),
      s.quantization,
      s.contextLength !== undefined ? String(s.contextLength) : '-',
      s.hasChatTemplate ? 'yes' : 'no',
      (usedBy.get(e.file) ?? []).join(', '),
    ];
  });
  return table(['file', 'size', 'arch', 'params', 'quant', 'context', 'template', 'models.yaml'], rows);
}
