/**
 * Prompts with no gold MEDICAL span (harmless or not) that keep MEDICAL findings, per set: the findings and the bearer signal the
 * health-without-bearer reading saw (session 33 MH probe).
 *   npx tsx --no-regexp-tier-up bench/probes/mh-harmless-medical.ts [N ...] [--text]
 */
import { join, resolve } from 'node:path';
import { createDetector } from '../../src/detect/engine.js';
import { healthBearer } from '../../src/detect/public-text/health-without-bearer.js';
import { hasLines } from '../../src/detect/public-text/text-lines.js';
import { loadRealisticPrompts } from '../lib/realistic.js';

const dataDir = resolve(import.meta.dirname, '..', 'data');
const args = process.argv.slice(2);
const showText = args.includes('--text');
const sets = args.filter((a) => !a.startsWith('--'));
const fileOf = (n: string) =>
  n === '0'
    ? join(dataDir, 'realistic-prompts.yaml')
    : n === '1'
      ? join(dataDir, 'realistic-prompts-holdout.yaml')
      : join(dataDir, `realistic-prompts-holdout-${n}.yaml`);
const engine = createDetector();
for (const n of sets.length ? sets : Array.from({ length: 33 }, (_, i) => String(i))) {
  for (const r of loadRealisticPrompts(fileOf(n))) {
    if (r.spans.some((g) => g.label === 'MEDICAL') || !r.complete_for.includes('MEDICAL')) continue;
    const found = engine.detect(r.text);
    const med = found.filter((f) => f.label === 'MEDICAL');
    if (med.length === 0) continue;
    console.log(
      `== set ${n} ${r.spans.length === 0 ? 'HARMLESS' : 'nomed'} ${r.id} lines3=${hasLines(r.text, 3)} bearer=${healthBearer(r.text, found)} others=${found
        .filter((f) => f.label !== 'MEDICAL')
        .map((f) => `${f.label}/${f.type}`)
        .join(',')}`,
    );
    for (const f of med) console.log(`   ${f.type} "${r.text.slice(f.start, f.end)}"`);
    if (showText) console.log(r.text);
  }
}
