import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionsFromArgs, run as runOverhead } from './overhead.js';

/**
 * `npm run bench`: every benchmark of the project in sequence, each printing its own figures. The overhead
 * benchmark always runs; the others run when their file exists and exports `run({ quick })` (a file is only
 * imported from this list, so a script that runs on import is never started by accident). See bench/README.md.
 * `npm run bench -- --quick` is the short smoke run.
 */
const OTHERS = ['audit', 'local'];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const started = performance.now();
const summary: string[] = [];

async function step(name: string, fn: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  process.stdout.write(`\n== bench: ${name} ==\n`);
  try {
    await fn();
    summary.push(`${name}: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } catch (err) {
    process.exitCode = 1;
    summary.push(`${name}: FAILED (${(err as Error).message.split('\n')[0]})`);
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
  }
}

await step('overhead', () => runOverhead(optionsFromArgs(args)));

for (const name of OTHERS) {
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) {
    summary.push(`${name}: no bench/${name}.ts`);
    continue;
  }
  const mod = (await import(pathToFileURL(file).href)) as { run?: (o: { quick: boolean }) => Promise<unknown> };
  if (typeof mod.run !== 'function') {
    summary.push(`${name}: bench/${name}.ts exports no run(); run it on its own (see bench/README.md)`);
    continue;
  }
  const run = mod.run;
  await step(name, () => run({ quick }));
}

process.stdout.write(`\n== bench summary (${((performance.now() - started) / 1000).toFixed(0)} s) ==\n`);
for (const line of summary) process.stdout.write(`${line}\n`);
