/**
 * Accuracy of the NLP and medical detectors on the shared evaluation sets, read at run time from
 * ../shared/eval/data (or $VEIL_EVAL_DATA). Prints per language and label: precision, recall, F1, leak rate, and
 * throughput. A prediction counts when it covers at least half of a gold span with the same label; false positives
 * of a label are only counted on records whose complete_for lists that label.
 *
 *   npx tsx bench/nlp-eval.ts [--compromise] [--limit N] [--files a,b] [--min-score 0.5]
 *     [--show-fp|--show-miss --label LABEL]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MedicalDetector } from '../src/detect/medical/medical-detector.js';
import { NlpDetector } from '../src/detect/nlp/nlp-detector.js';
import type { Finding, TextDetector } from '../src/detect/types.js';

interface GoldSpan {
  start: number;
  end: number;
  label: string;
}
interface Row {
  id: string;
  lang: string;
  text: string;
  spans: GoldSpan[];
  complete_for: string[];
}

const LABELS = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MEDICAL'];
const DEFAULT_FILES = [
  'meddocan_es',
  'presidio_research_synth_v2',
  'presidio_research_generated_large',
  'wnut17_test_en',
  'ncbi_disease_en',
  'presidio_recognizer_tests',
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

interface Tally {
  tp: number;
  fp: number;
  gold: number;
  found: number;
  leaked: number;
}

function main(): void {
  const dataDir = resolve(process.env.VEIL_EVAL_DATA ?? join(process.cwd(), '../shared/eval/data'));
  const files = arg('--files')?.split(',') ?? DEFAULT_FILES;
  const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
  // The engine's default threshold is not fixed yet; 0.5 keeps the low-score "bare ambiguous term" findings out.
  const minScore = Number(arg('--min-score') ?? 0.5);
  // compromise's parser is off by default in the detector; --compromise turns it on to measure what it adds.
  const budget = process.argv.includes('--compromise') ? 400 : 0;
  const detectors: TextDetector[] = [new NlpDetector({ compromiseBudget: budget }), new MedicalDetector()];
  const tallies = new Map<string, Tally>();
  const tally = (key: string): Tally => {
    let t = tallies.get(key);
    if (!t) {
      t = { tp: 0, fp: 0, gold: 0, found: 0, leaked: 0 };
      tallies.set(key, t);
    }
    return t;
  };
  let chars = 0;
  let ms = 0;
  const showFp = process.argv.includes('--show-fp');
  const showMiss = process.argv.includes('--show-miss');
  for (const file of files) {
    const rows = readFileSync(join(dataDir, `${file}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, limit)
      .map((l) => JSON.parse(l) as Row);
    for (const row of rows) {
      const t0 = performance.now();
      const predicted: Finding[] = detectors.flatMap((d) => d.detect(row.text)).filter((f) => f.score >= minScore);
      ms += performance.now() - t0;
      chars += row.text.length;
      const lang = row.lang === 'es' ? 'es' : 'en';
      for (const label of LABELS) {
        const key = `${file}\t${lang}\t${label}`;
        const gold = row.spans.filter((s) => s.label === label);
        const preds = predicted.filter((p) => p.label === label);
        const t = tally(key);
        for (const g of gold) {
          t.gold++;
          if (preds.some((p) => overlap(p, g) * 2 >= g.end - g.start)) t.found++;
          else if (showMiss && label === arg('--label'))
            console.log(
              'MISS',
              JSON.stringify(row.text.slice(g.start, g.end)),
              '|',
              JSON.stringify(row.text.slice(Math.max(0, g.start - 40), g.end + 20)),
            );
          if (!predicted.some((p) => overlap(p, g) > 0)) t.leaked++;
        }
        if (!row.complete_for.includes(label)) continue;
        for (const p of preds) {
          // Same rule as bench/accuracy.ts: a prediction is right when it covers at least half of a gold span.
          if (gold.some((g) => overlap(p, g) * 2 >= g.end - g.start)) t.tp++;
          else {
            t.fp++;
            if (showFp && label === arg('--label'))
              console.log(
                'FP',
                p.type,
                JSON.stringify(row.text.slice(p.start, p.end)),
                '|',
                JSON.stringify(row.text.slice(Math.max(0, p.start - 40), p.end + 20)),
              );
          }
        }
      }
    }
  }
  console.log('file\tlang\tlabel\tgold\tprecision\trecall\tleak\tpredicted');
  for (const [key, t] of tallies) {
    if (t.gold === 0 && t.tp + t.fp === 0) continue;
    const precision = t.tp + t.fp ? (t.tp / (t.tp + t.fp)).toFixed(3) : '-';
    const recall = t.gold ? (t.found / t.gold).toFixed(3) : '-';
    const leak = t.gold ? (t.leaked / t.gold).toFixed(3) : '-';
    console.log(`${key}\t${t.gold}\t${precision}\t${recall}\t${leak}\t${t.tp + t.fp}`);
  }
  console.log(`throughput: ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s over ${(chars / 1e6).toFixed(2)} MB`);
}

main();
