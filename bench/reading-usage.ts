/**
 * How widely each reading fires: reads a findings dump (bench/findings-dump.ts) and counts, per reading
 * (label/type/detector), its findings in the shared sets, in their obfuscated copies and in each prompt set. A reading
 * that fires in one prompt set and no shared record was most likely shaped after that set: the list says where the
 * detector's breadth is thin, and which readings a blind set's score can move at all.
 *
 *   npx tsx bench/findings-dump.ts /tmp/dump.txt [BLIND.yaml]
 *   npx tsx bench/reading-usage.ts /tmp/dump.txt [--all] [BLIND.yaml]
 *
 * --all lists every reading, not only the narrow ones. A BLIND.yaml given to both commands counts as its own column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadRealisticPrompts } from './lib/realistic.js';

const args = process.argv.slice(2);
const dumpFile = args.find((a) => !a.startsWith('--') && !a.endsWith('.yaml'));
if (!dumpFile) throw new Error('usage: reading-usage.ts DUMP.txt [--all] [EXTRA.yaml ...]');
const listAll = args.includes('--all');
const extra = args.filter((a) => a.endsWith('.yaml')).map((f) => resolve(f));

const promptDir = resolve(import.meta.dirname, 'data');
const setName = (file: string) => {
  const m = /realistic-prompts(?:-holdout(?:-(\d+))?)?\.yaml$/.exec(file);
  if (!m) return basename(file, '.yaml');
  if (!file.includes('holdout')) return 'set 0';
  return `set ${m[1] ?? 1}`;
};
const setOfId = new Map<string, string>();
const promptFiles = readdirSync(promptDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(promptDir, f));
for (const file of [...promptFiles, ...extra])
  for (const r of loadRealisticPrompts(file)) setOfId.set(r.id, setName(file));

interface Usage {
  shared: number;
  obfuscated: number;
  sets: Map<string, number>;
}
const usage = new Map<string, Usage>();
// A dump line: id TAB space-separated "start-end:LABEL/TYPE/detector/score".
const FINDING = /^\d+-\d+:([^/]+)\/([^/]+)\/([^/]+)\//;
for (const line of readFileSync(dumpFile, 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab < 0 || tab === line.length - 1) continue;
  const id = line.slice(0, tab);
  const set = setOfId.get(id);
  const where = set ?? (id.includes('.jsonl:') ? 'shared' : id.includes('|') ? 'obfuscated' : undefined);
  if (!where) continue;
  for (const finding of line.slice(tab + 1).split(' ')) {
    const m = FINDING.exec(finding);
    if (!m) continue;
    const key = `${m[1]}/${m[2]}/${m[3]}`;
    let u = usage.get(key);
    if (!u) {
      u = { shared: 0, obfuscated: 0, sets: new Map() };
      usage.set(key, u);
    }
    if (where === 'shared') u.shared++;
    else if (where === 'obfuscated') u.obfuscated++;
    else u.sets.set(where, (u.sets.get(where) ?? 0) + 1);
  }
}

const rows = [...usage].map(([key, u]) => ({
  key,
  ...u,
  setHits: [...u.sets.values()].reduce((a, b) => a + b, 0),
}));
const narrow = (r: (typeof rows)[number], sets: number) => r.shared === 0 && r.sets.size <= sets;
console.log(`${setOfId.size} prompts in ${new Set(setOfId.values()).size} prompt sets; ${rows.length} readings fired`);
console.log(`  in no shared record and one prompt set: ${rows.filter((r) => narrow(r, 1)).length}`);
console.log(`  in no shared record and at most two prompt sets: ${rows.filter((r) => narrow(r, 2)).length}`);
console.log(`  in shared records only: ${rows.filter((r) => r.shared > 0 && r.sets.size === 0).length}`);
console.log(`  in 5+ prompt sets: ${rows.filter((r) => r.sets.size >= 5).length}`);
console.log('');
console.log('| reading | shared | obfuscated | prompt sets | findings in prompt sets |');
console.log('|---|---|---|---|---|');
rows.sort((a, b) => a.sets.size - b.sets.size || a.shared - b.shared || a.key.localeCompare(b.key));
for (const r of rows)
  if (listAll || narrow(r, 2))
    console.log(`| ${r.key} | ${r.shared} | ${r.obfuscated} | ${[...r.sets.keys()].join(', ')} | ${r.setHits} |`);
