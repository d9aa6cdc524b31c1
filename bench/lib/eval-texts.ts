import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared labelled sets: VEIL_EVAL_DATA, else ../shared/eval/data beside the checkout. */
export const evalDataDir = resolve(process.env.VEIL_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'eval', 'data'));

/** Every record's text of every shared set, files in name order (the order the profilers sample from). */
export function loadEvalTexts(dir = evalDataDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
}

/** The 4 KB prompts the profilers time: every 7th 4 KB slice of the records joined, at most `max`. */
export function profileWindows(records: readonly string[], max = 300): string[] {
  const corpus = records.join('\n');
  const windows: string[] = [];
  for (let i = 0; i + 4096 <= corpus.length && windows.length < max; i += 4096 * 7)
    windows.push(corpus.slice(i, i + 4096));
  return windows;
}
