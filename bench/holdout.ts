/**
 * Scores held-out prompt sets one by one, in one process: per set and label the leaked gold values, precision and
 * false-positive spans per harmless prompt. Quicker than `npm run bench:accuracy` when only the prompt sets matter.
 *
 *   npx tsx bench/holdout.ts                 every bench/data/realistic-prompts*.yaml, one table row per set
 *   npx tsx bench/holdout.ts 15 16           held-out sets 15 and 16 (0 = realistic-prompts.yaml, 1 = holdout.yaml)
 *   npx tsx bench/holdout.ts PATH.yaml       any file in the same markup (a set kept from the tuning helpers)
 *   add --misses to list each leak and false positive with its value (values in these sets are invented)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDetector } from '../src/detect/engine.js';
import { emptyTally, ratios, type Tally, tallyRecord } from './accuracy-score.js';
import { loadRealisticPrompts } from './lib/realistic.js';

const dataDir = resolve(import.meta.dirname, 'data');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const wanted = args.filter((a) => !a.startsWith('--'));

function fileOf(arg: string): string {
  if (arg.endsWith('.yaml')) return resolve(arg);
  if (arg === '0') return join(dataDir, 'realistic-prompts.yaml');
  if (arg === '1') return join(dataDir, 'realistic-prompts-holdout.yaml');
  return join(dataDir, `realistic-prompts-holdout-${arg}.yaml`);
}
const setNumber = (f: string) => {
  const m = /holdout(?:-(\d+))?\.yaml$/.exec(f);
  return m ? Number(m[1] ?? 1) : 0;
};
const files = wanted.length
  ? wanted.map(fileOf)
  : readdirSync(dataDir)
      .filter((f) => f.startsWith('realistic-prompts') && f.endsWith('.yaml'))
      .map((f) => join(dataDir, f))
      .sort((a, b) => setNumber(a) - setNumber(b));

const engine = createDetector();
const SHOWN = ['PERSON', 'LOCATION', 'MEDICAL', 'SECRET', 'NATIONAL_ID', 'PHONE', 'BANK_ACCOUNT', 'DATE'];
const cell = (t: Tally | undefined) => {
  if (!t || (t.gold === 0 && t.fp === 0)) return '-';
  const p = ratios(t).precision;
  return `${t.leaked}/${t.gold} ${Number.isNaN(p) ? '' : p.toFixed(2)}`;
};

const rows: string[] = [
  `| set | ${SHOWN.join(' | ')} | other leaks | harmless FP/prompt |`,
  `|---|${SHOWN.map(() => '---').join('|')}|---|---|`,
];
const misses: string[] = [];
for (const file of files) {
  if (!existsSync(file)) throw new Error(`no such set: ${file}`);
  const byLabel = new Map<string, Tally>();
  const tally = (label: string) => {
    const t = byLabel.get(label) ?? emptyTally();
    byLabel.set(label, t);
    return t;
  };
  let harmless = 0;
  let harmlessSpans = 0;
  for (const r of loadRealisticPrompts(file)) {
    const found = engine.detect(r.text);
    tallyRecord(r, found, tally);
    if (r.spans.length === 0) {
      harmless++;
      harmlessSpans += found.filter((p) => r.complete_for.includes(p.label)).length;
    }
    if (!showMisses) continue;
    for (const g of r.spans)
      if (!found.some((p) => p.start < g.end && p.end > g.start))
        misses.push(`leak ${r.id} ${g.label} "${r.text.slice(g.start, g.end)}"`);
    for (const p of found)
      if (r.complete_for.includes(p.label) && !r.spans.some((g) => p.start < g.end && p.end > g.start))
        misses.push(`false positive ${r.id} ${p.label}/${p.type} "${r.text.slice(p.start, p.end)}"`);
  }
  const otherLeaks = [...byLabel.entries()]
    .filter(([label]) => !SHOWN.includes(label))
    .reduce((n, [, t]) => n + t.leaked, 0);
  const name = file.startsWith(dataDir) ? String(setNumber(file)) : file;
  rows.push(
    `| ${name} | ${SHOWN.map((l) => cell(byLabel.get(l))).join(' | ')} | ${otherLeaks} | ${(harmlessSpans / Math.max(1, harmless)).toFixed(2)} |`,
  );
}
console.log('Each cell: leaked / gold values, then precision.\n');
console.log(rows.join('\n'));
if (showMisses) console.log(`\n${misses.map((m) => `- ${m}`).join('\n')}`);
