/**
 * An interleaved A/B of the medical stage in ONE process: this checkout's code against a base checkout's, both
 * loaded, timed in CPU time pass by pass in turn (A B A B ...), so that a shared, noisy host slows both alike.
 * Prints each side's median pass and the change. Asserts nothing.
 *
 *   git worktree add --detach /tmp/base HEAD   (or: git archive HEAD src tsconfig.json package.json | tar -x -C /tmp/base)
 *   npx tsx --no-regexp-tier-up bench/medical-ab.ts /tmp/base [medical|engine] [passes]
 *
 *   medical  the medical detector over the engine's view of every 4th shared eval record, and the clause join over
 *            the engine's findings for it (the default)
 *   engine   the whole engine's detect
 *
 * The base checkout's modules resolve their packages from node_modules beside or above it (a symlink will do), and
 * it needs its tsconfig.json and package.json: without them tsx compiles it otherwise, and it runs some 20% slower.
 * Both sides read the rules of the current directory.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../src/detect/types.js';
import { interleavedPasses, median } from './lib/cpu-time.js';
import { loadEvalTexts } from './lib/eval-texts.js';

interface Side {
  name: string;
  pass: () => void;
}

const [baseDir, mode = 'medical', passArg = '10'] = process.argv.slice(2);
if (!baseDir) {
  console.error('usage: bench/medical-ab.ts BASE_CHECKOUT [medical|engine] [passes]');
  process.exit(2);
}
const passes = Number(passArg);
const sample = loadEvalTexts().filter((_, i) => i % 4 === 0);

async function sideOf(name: string, root: string): Promise<Side> {
  const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const engine = await load('src/detect/engine.ts');
  const detector = engine.createDetector();
  if (mode === 'engine') {
    return {
      name,
      pass: () => {
        for (const t of sample) detector.detect(t);
      },
    };
  }
  const { MedicalDetector } = await load('src/detect/medical/medical-detector.ts');
  const { joinMedicalClauses } = await load('src/detect/medical/clause-join.ts');
  const { normalizeForDetection } = await load('src/detect/normalize.ts');
  const medical = new MedicalDetector({ rulesDir: engine.defaultRulesDir() });
  const views = sample.map((t) => normalizeForDetection(t).cueText as string);
  const findings = sample.map((t) => detector.detect(t) as Finding[]);
  return {
    name,
    pass: () => {
      for (let i = 0; i < sample.length; i++) {
        medical.detect(views[i]);
        // The join changes its findings' spans in place: each pass joins copies.
        joinMedicalClauses(
          sample[i],
          findings[i]!.map((f) => ({ ...f })),
        );
      }
    },
  };
}

const sides = [await sideOf('base', baseDir), await sideOf('this', '.')];
// One warm-up pass each: the first pass compiles and fills caches.
for (const side of sides) side.pass();
const times = interleavedPasses(sides, passes);
const [base, mine] = times.map(median) as [number, number];
const bytes = sample.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
for (let s = 0; s < sides.length; s++) {
  const m = median(times[s]!);
  console.log(
    `${sides[s]!.name}: median ${(m / 1000).toFixed(1)} ms CPU per pass (${(bytes / m).toFixed(2)} MB/s), passes ${times[s]!.map((t) => (t / 1000).toFixed(0)).join(' ')}`,
  );
}
console.log(
  `${mode}: ${(((mine - base) / base) * 100).toFixed(1)}% (${((mine - base) / 1000).toFixed(1)} ms per pass)`,
);
