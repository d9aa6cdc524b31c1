/**
 * The rule stage (the engine with no extra detectors: facts, gates, rules, regrouped pass, post steps) of two or
 * more copies of the source timed in ONE process, text by text in turn, so the shared host's noise falls on all
 * alike. Prints each copy's median CPU time per pass over the eval sample engine-profile.ts uses (every 4th
 * record) and over the 4 KB windows bench:accuracy cuts, and its ratio to the first copy's.
 *
 *   mkdir -p .ab/base && git archive BASE src | tar -x -C .ab/base    # the copy to compare against
 *   npx tsx --no-regexp-tier-up bench/rule-stage-ab.ts .ab/base/src src [more copies...] [passes]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuUs, median } from './lib/cpu-time.js';
import { loadEvalTexts, profileWindows } from './lib/eval-texts.js';

type Engine = { detect(text: string): unknown[] };
type Make = (options: { extras: [] }) => Engine;

const args = process.argv.slice(2);
const passes = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 10;
const dirs = args.length >= 2 ? args : ['.ab/base/src', 'src'];

async function engineFrom(dir: string): Promise<Engine> {
  const mod = (await import(pathToFileURL(resolve(dir, 'detect', 'engine.ts')).href)) as { createDetector: Make };
  return mod.createDetector({ extras: [] });
}

const records = loadEvalTexts();
const sample = records.filter((_, i) => i % 4 === 0);
const windows = profileWindows(records);

const passUs = (engine: Engine, texts: string[]) => {
  const s = cpuUs();
  for (const t of texts) engine.detect(t);
  return cpuUs() - s;
};

const engines: Engine[] = [];
for (const dir of dirs) engines.push(await engineFrom(dir));
for (const e of engines) passUs(e, sample); // warm both before timing
for (const [title, texts] of [
  ['eval sample', sample],
  ['4 KB windows', windows],
] as const) {
  const times: number[][] = dirs.map(() => []);
  // Each text's least time per copy over the passes: a slice lost to another process only adds time, so the sum of
  // the least times is steadier on a loaded host than any one pass.
  const least = dirs.map(() => new Float64Array(texts.length).fill(Number.POSITIVE_INFINITY));
  for (let p = 0; p < passes; p++) {
    // Text by text, the copies taking turns (which goes first rotating), so a burst of load on the shared host
    // falls on all alike.
    const sums = dirs.map(() => 0);
    for (let t = 0; t < texts.length; t++) {
      for (let j = 0; j < dirs.length; j++) {
        const k = (j + p + t) % dirs.length;
        const s = cpuUs();
        engines[k]!.detect(texts[t]!);
        const us = cpuUs() - s;
        sums[k]! += us;
        if (us < least[k]![t]!) least[k]![t] = us;
      }
    }
    for (let k = 0; k < dirs.length; k++) times[k]!.push(sums[k]!);
  }
  const medians = times.map(median);
  const leastSums = least.map((xs) => xs.reduce((a, b) => a + b, 0));
  const per = title === 'eval sample' ? 1000 : 1000 * texts.length;
  const unit = title === 'eval sample' ? 'ms per pass' : 'ms per text';
  console.log(`${title} (${unit}: median of ${passes} passes, ratio; sum of each text's least time, ratio):`);
  for (let k = 0; k < dirs.length; k++) {
    const ms = (medians[k]! / per).toFixed(3);
    const low = (leastSums[k]! / per).toFixed(3);
    const ratios = `${(medians[k]! / medians[0]!).toFixed(3)}  ${low}  ${(leastSums[k]! / leastSums[0]!).toFixed(3)}`;
    console.log(`  ${dirs[k]!.padEnd(16)} ${ms}  ${ratios}`);
  }
}
