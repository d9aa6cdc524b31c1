import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LABELS } from '../../src/detect/types.js';
import type { EvalRecord, GoldSpan } from '../accuracy-score.js';

/** Labels a harmless part of a prompt may still carry without counting as a false positive. */
const NOT_EXHAUSTIVE = new Set(['ORGANIZATION', 'DATE']);
const MARK = /\[\[([A-Z_]+)\|([^\]]+)\]\]/g;

/** Text and gold spans from `[[LABEL|value]]` markup (the value may run over a line break). */
export function parseMarkup(marked: string): { text: string; spans: GoldSpan[] } {
  let text = '';
  let at = 0;
  const spans: GoldSpan[] = [];
  for (const m of marked.matchAll(MARK)) {
    const [whole, label, value] = m as unknown as [string, string, string];
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`unknown label ${label} in "${whole}"`);
    text += marked.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + value.length, label });
    text += value;
    at = (m.index as number) + whole.length;
  }
  text += marked.slice(at);
  return { text, spans };
}

/** bench/data/realistic-prompts.yaml as evaluation records. */
export function loadRealisticPrompts(file: string): EvalRecord[] {
  const doc = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as {
    prompts: { id: string; lang: string; text: string; complete_for?: string[] }[];
  };
  return doc.prompts.map((p) => {
    const { text, spans } = parseMarkup(p.text.trimEnd());
    return {
      id: p.id,
      lang: p.lang,
      text,
      spans,
      complete_for: p.complete_for ?? LABELS.filter((l) => !NOT_EXHAUSTIVE.has(l)),
      file: 'realistic-prompts',
    };
  });
}
