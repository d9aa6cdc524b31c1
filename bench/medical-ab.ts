/**
 * An interleaved A/B of the medical stage in ONE process: this checkout's code against a base checkout's, both
 * loaded, timed in CPU time text by text in turn (A B, then B A, ...), so that a shared, noisy host slows both alike.
 * Prints each side's median pass, its least time per text summed over the sample (the steadier figure on a loaded
 * host), and the changes. Asserts nothing. Run it with THIS_CHECKOUT another copy of the base for the noise floor.
 *
 *   git worktree add --detach /tmp/base HEAD   (or: git archive HEAD src tsconfig.json package.json | tar -x -C /tmp/base)
 *   npx tsx --no-regexp-tier-up bench/medical-ab.ts /tmp/base [medical|engine] [passes] [THIS_CHECKOUT]
 *
 *   medical  the medical detector over the engine's view of every 4th shared eval record, its tokens already made
 *            (as the NLP stage leaves them), and the clause join over the engine's findings for it (the default)
 *   engine   the whole engine's detect
 *
 * The base checkout's modules resolve their packages from node_modules beside or above it (a symlink will do), and
 * it needs its tsconfig.json and package.json: without them tsx compiles it otherwise, and it runs some 20% slower.
 * Both sides read the rules of the current directory.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../src/detect/types.js';
import { cpuUs, median } from './lib/cpu-time.js';
import { loadEvalTexts } from './lib/eval-texts.js';

interface Side {
  name: string;
  /** The side's work on sample[i]. */
  one: (i: number) => void;
  /** Before the timer, per text: what the engine has done by the time the side's work starts. */
  prepare: (i: number) => void;
}

const args = process.argv.slice(2);
const [baseDir, mode = 'medical', passArg = '10', thisDir = '.'] = args;
if (!baseDir) {
  console.error('usage: bench/medical-ab.ts BASE_CHECKOUT [medical|engine] [passes] [THIS_CHECKOUT]');
  process.exit(2);
}
const passes = Number(passArg);
const sample = loadEvalTexts().filter((_, i) => i % 4 === 0);

async function sideOf(name: string, root: string): Promise<Side> {
  const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const engine = await load('src/detect/engine.ts');
  const detector = engine.createDetector();
  if (mode === 'engine') {
    return { name, one: (i) => detector.detect(sample[i]), prepare: () => {} };
  }
  const { MedicalDetector } = await load('src/detect/medical/medical-detector.ts');
  const { joinMedicalClauses } = await load('src/detect/medical/clause-join.ts');
  const { normalizeForDetection } = await load('src/detect/normalize.ts');
  const { tokenize } = await load('src/detect/nlp/tokenize.ts');
  const medical = new MedicalDetector({ rulesDir: engine.defaultRulesDir() });
  const views = sample.map((t) => normalizeForDetection(t).cueText as string);
  const findings = sample.map((t) => detector.detect(t) as Finding[]);
  return {
    name,
    one: (i) => {
      medical.detect(views[i]);
      // The join changes its findings' spans in place: each pass joins copies.
      joinMedicalClauses(
        sample[i],
        findings[i]!.map((f) => ({ ...f })),
      );
    },
    // In the engine the NLP stage has tokenized the view already (tokenize keeps the last text's tokens): the
    // medical stage's own cost is what follows.
    prepare: (i) => tokenize(views[i]),
  };
}

const sides = [await sideOf('base', baseDir), await sideOf('this', thisDir)];
// Two warm-up passes each: the first compiles and fills caches, the second lets the optimising compiler finish.
for (let w = 0; w < 2; w++) {
  for (const side of sides) {
    for (let i = 0; i < sample.length; i++) {
      side.prepare(i);
      side.one(i);
    }
  }
}
// Text by text, the sides taking turns (which goes first rotating), timed in CPU time: each side's time per pass, and
// each text's least time per side over the passes. A slice lost to another process only adds time, so the sum of
// the least times is steadier on a loaded host than any pass (rule-stage-ab.ts reads the same way).
const times: number[][] = sides.map(() => []);
const least = sides.map(() => new Float64Array(sample.length).fill(Number.POSITIVE_INFINITY));
for (let p = 0; p < passes; p++) {
  const sums = sides.map(() => 0);
  for (let i = 0; i < sample.length; i++) {
    for (let j = 0; j < sides.length; j++) {
      const k = (j + p + i) % sides.length;
      sides[k]!.prepare(i);
      const t0 = cpuUs();
      sides[k]!.one(i);
      const us = cpuUs() - t0;
      sums[k]! += us;
      if (us < least[k]![i]!) least[k]![i] = us;
    }
  }
  for (let k = 0; k < sides.length; k++) times[k]!.push(sums[k]!);
}
const bytes = sample.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const leastSums = least.map((xs) => xs.reduce((a, b) => a + b, 0));
for (let s = 0; s < sides.length; s++) {
  const m = median(times[s]!);
  console.log(
    `${sides[s]!.name}: median ${(m / 1000).toFixed(1)} ms CPU per pass (${(bytes / m).toFixed(2)} MB/s), least per text summed ${(leastSums[s]! / 1000).toFixed(1)} ms, passes ${times[s]!.map((t) => (t / 1000).toFixed(0)).join(' ')}`,
  );
}
const [base, mine] = times.map(median) as [number, number];
const [leastBase, leastMine] = leastSums as [number, number];
console.log(
  `${mode}: median pass ${(((mine - base) / base) * 100).toFixed(1)}% (${((mine - base) / 1000).toFixed(1)} ms per pass), least per text ${(((leastMine - leastBase) / leastBase) * 100).toFixed(1)}%`,
);
