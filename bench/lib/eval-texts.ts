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
