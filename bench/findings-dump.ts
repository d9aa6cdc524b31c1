/**
 * Writes every finding the engine reports over every text it is measured on (the shared sets and every prompt set
 * in bench/data), one line per text, so that two trees can be compared byte for byte: a change meant to be a pure
 * speed-up or refactor must leave the dump identical. The shared sets' texts are also dumped obfuscated as bench:accuracy
 * rewrites them.
 *
 *   npx tsx bench/findings-dump.ts OUT.txt [EXTRA.yaml ...]     then: cmp OUT-a.txt OUT-b.txt
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDetector } from '../src/detect/engine.js';
import type { GoldSpan } from './accuracy-score.js';
import { obfuscateRecord, VARIANTS } from './lib/obfuscate.js';
import { loadRealisticPrompts } from './lib/realistic.js';

const [out, ...extra] = process.argv.slice(2);
if (!out) throw new Error('usage: findings-dump.ts OUT.txt [EXTRA.yaml ...]');
const dataDir = process.env.VEIL_EVAL_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'data');
const promptDir = resolve(import.meta.dirname, 'data');

const texts: { id: string; text: string }[] = [];
const shared: { id: string; text: string; spans: GoldSpan[] }[] = [];
for (const file of readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort())
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n'))
    if (line.trim()) {
      const r = JSON.parse(line) as { id: string; text: string; spans: GoldSpan[] };
      shared.push(r);
      texts.push({ id: `${file}:${r.id}`, text: r.text });
    }
// The obfuscated texts bench:accuracy scores, so that the normalised view is compared too.
for (const [k, variant] of VARIANTS.entries())
  shared.forEach((r, i) => {
    if (i % 3 !== k % 3 || r.spans.length === 0) return;
    const o = obfuscateRecord(r.text, r.spans, variant);
    if (o.spans.length) texts.push({ id: `${r.id}|${variant}`, text: o.text });
  });
const promptFiles = [
  ...readdirSync(promptDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(promptDir, f)),
  ...extra.map((f) => resolve(f)),
];
for (const file of promptFiles) for (const r of loadRealisticPrompts(file)) texts.push({ id: r.id, text: r.text });

const engine = createDetector();
let count = 0;
const lines = texts.map(({ id, text }) => {
  const found = engine.detect(text).map((f) => `${f.start}-${f.end}:${f.label}/${f.type}/${f.detector}/${f.score}`);
  count += found.length;
  return `${id}\t${found.join(' ')}`;
});
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${texts.length} texts, ${count} findings -> ${out}`);
