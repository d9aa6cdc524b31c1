/**
 * Lists what the engine misses (or wrongly reports) for one label on the shared labelled sets, grouped by file
 * and the record's kind (country/type), with each value's shape masked (digits -> 9, letters -> A/a) and the
 * few words before it, so the biggest classes show first without printing the values themselves.
 *
 *   npx tsx bench/leaks.ts NATIONAL_ID          leaked gold spans (nothing overlaps them)
 *   npx tsx bench/leaks.ts PHONE --fp           predictions of the label that match no gold span
 *   add --raw to print values and context unmasked (for a local look; never paste them into the repo)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../src/detect/engine.js';
import type { Finding } from '../src/detect/types.js';
import type { GoldSpan } from './accuracy-score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.VEIL_EVAL_DATA ?? resolve(root, '..', 'shared', 'eval', 'data');
const args = process.argv.slice(2);
const label = args.find((a) => !a.startsWith('--')) ?? 'NATIONAL_ID';
const falsePositives = args.includes('--fp');
const raw = args.includes('--raw');

const mask = (s: string) =>
  raw
    ? s
    : s
        .replace(/\p{Nd}/gu, '9')
        .replace(/\p{Lu}/gu, 'A')
        .replace(/\p{Ll}/gu, 'a');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);
const before = (text: string, at: number) =>
  mask(text.slice(Math.max(0, at - 40), at).replace(/\s+/g, ' ')).trimStart();

interface Row {
  group: string;
  shape: string;
  context: string;
}

const engine = createDetector();
const rows: Row[] = [];
for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as {
      text: string;
      spans: Array<GoldSpan & { orig_label?: string }>;
      complete_for: string[];
      meta?: { kind?: string; recognizer_entity?: string };
    };
    const found: Finding[] = engine.detect(r.text);
    const set = file.replace('.jsonl', '');
    if (!falsePositives) {
      for (const g of r.spans) {
        if (g.label !== label || found.some((p) => overlaps(p, g))) continue;
        const kind = r.meta?.kind ?? r.meta?.recognizer_entity ?? g.orig_label ?? '-';
        rows.push({
          group: `${set} | ${kind}`,
          shape: mask(r.text.slice(g.start, g.end)),
          context: before(r.text, g.start),
        });
      }
    } else if (r.complete_for.includes(label)) {
      for (const p of found) {
        if (p.label !== label || r.spans.some((g) => g.label === label && overlaps(p, g))) continue;
        rows.push({
          group: `${set} | ${p.type}`,
          shape: mask(r.text.slice(p.start, p.end)),
          context: before(r.text, p.start),
        });
      }
    }
  }
}

const byGroup = new Map<string, Row[]>();
for (const row of rows) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);
console.log(`${rows.length} ${falsePositives ? 'false positives' : 'leaked spans'} of ${label}\n`);
for (const [group, list] of [...byGroup].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${list.length}\t${group}`);
  const shapes = new Map<string, number>();
  for (const row of list) {
    const key = `${row.shape}\t…${row.context}`;
    shapes.set(key, (shapes.get(key) ?? 0) + 1);
  }
  for (const [shape, n] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`\t${n}\t${shape}`);
}
