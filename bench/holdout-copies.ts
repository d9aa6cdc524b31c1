/**
 * Held-out sets estimate unseen text only while nothing is tuned on their values. This lists what a change copied
 * from them: gold values, capitalised parts of gold names and runs of six words of their text that appear in lines
 * added since BASE outside bench/data. Run it before merging a helper's work; replace what it lists with invented
 * values.
 *
 *   npx tsx bench/holdout-copies.ts BASE [EXTRA.yaml ...]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRealisticPrompts } from './lib/realistic.js';

const [base, ...extra] = process.argv.slice(2);
if (!base) throw new Error('usage: holdout-copies.ts BASE [EXTRA.yaml ...]');
const root = resolve(import.meta.dirname, '..');
const dataDir = join(root, 'bench', 'data');
const files = [
  ...readdirSync(dataDir)
    .filter((f) => f.includes('holdout') && f.endsWith('.yaml'))
    .map((f) => join(dataDir, f)),
  ...extra.map((f) => resolve(f)),
];

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const SHINGLE = 6;
const values = new Map<string, string>();
const nameParts = new Map<string, string>();
const shingles = new Map<string, string>();
for (const file of files)
  for (const r of loadRealisticPrompts(file)) {
    for (const g of r.spans) {
      const value = r.text.slice(g.start, g.end);
      // Distinctive values: with a digit, or several words. Single words (a drug, a town, a given name) are
      // vocabulary the rules may hold on their own merit: they go to the second list with name parts.
      if ((value.length >= 6 && /\d/.test(value)) || (value.length >= 10 && /\s/.test(value)))
        values.set(value, `${r.id} ${g.label}`);
      else if (g.label === 'PERSON' || g.label === 'LOCATION')
        for (const part of value.match(/\p{Lu}[\p{L}'-]{3,}/gu) ?? []) nameParts.set(part, r.id);
    }
    const w = words(r.text);
    for (let i = 0; i + SHINGLE <= w.length; i++) shingles.set(w.slice(i, i + SHINGLE).join(' '), r.id);
  }

const diff = execFileSync('git', ['diff', '-U0', base, '--', '.', ':(exclude)bench/data'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
let file = '';
const hits: string[] = [];
const partHits = new Map<string, number>();
for (const line of diff.split('\n')) {
  if (line.startsWith('+++ ')) file = line.slice(6);
  if (!line.startsWith('+') || line.startsWith('+++')) continue;
  const added = line.slice(1);
  for (const [value, where] of values) if (added.includes(value)) hits.push(`${file}: value "${value}" (${where})`);
  const w = words(added);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const run = w.slice(i, i + SHINGLE).join(' ');
    const where = shingles.get(run);
    // Six words of which at most two are numbers: a sentence, not a row of figures that recurs anywhere.
    if (where && run.split(' ').filter((x) => /^\d+$/.test(x)).length <= 2)
      hits.push(`${file}: text "${run}" (${where})`);
  }
  for (const part of added.match(/\p{Lu}[\p{L}'-]{3,}/gu) ?? [])
    if (nameParts.has(part)) partHits.set(`${file}: ${part} (${nameParts.get(part)})`, 1);
}
console.log(hits.length ? [...new Set(hits)].join('\n') : 'no held-out value or text copied');
if (partHits.size)
  console.log(
    `\nSingle words of held-out names and places (common ones are expected; look at rare surnames and places):\n${[...partHits.keys()].join('\n')}`,
  );
