import type { Finding } from '../src/detect/types.js';

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
}

export interface EvalRecord {
  id: string;
  lang: string;
  text: string;
  spans: GoldSpan[];
  complete_for: string[];
  file: string;
}

/** Counts per label; precision uses tpPred/fp, recall and leak use gold counts. */
export interface Tally {
  gold: number;
  found: number;
  leaked: number;
  tpPred: number;
  fp: number;
  fpOnNegatives: number;
}

export const emptyTally = (): Tally => ({ gold: 0, found: 0, leaked: 0, tpPred: 0, fp: 0, fpOnNegatives: 0 });

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A prediction counts for a gold span when it has the same label and covers at least half of it. */
export const covers = (p: Finding, g: GoldSpan) => p.label === g.label && overlap(p, g) * 2 >= g.end - g.start;

export function tallyRecord(record: EvalRecord, predictions: Finding[], tallyFor: (label: string) => Tally): void {
  const gold = record.spans.filter((s) => s.label !== 'OTHER');
  const negative = gold.length === 0 && record.complete_for.length > 0;
  for (const g of gold) {
    const t = tallyFor(g.label);
    t.gold++;
    if (predictions.some((p) => covers(p, g))) t.found++;
    // A leak is a value nothing masks, whatever label the mask carries.
    if (!predictions.some((p) => overlap(p, g) > 0)) t.leaked++;
  }
  for (const p of predictions) {
    const t = tallyFor(p.label);
    if (gold.some((g) => covers(p, g))) t.tpPred++;
    else if (record.complete_for.includes(p.label)) {
      // OTHER spans (ISBNs, BICs, ...) in stdnum records are explicitly not any sensitive label.
      t.fp++;
      if (negative) t.fpOnNegatives++;
    }
  }
}

export function ratios(t: Tally) {
  const precision = t.tpPred + t.fp === 0 ? Number.NaN : t.tpPred / (t.tpPred + t.fp);
  const recall = t.gold === 0 ? Number.NaN : t.found / t.gold;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
  const leak = t.gold === 0 ? Number.NaN : t.leaked / t.gold;
  return { precision, recall, f1, leak };
}
