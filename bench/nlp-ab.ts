/**
 * An interleaved A/B in ONE process of the NLP detector or of the steps after the detectors: this checkout's code
 * against a base checkout's, both loaded, timed in CPU time pass by pass in turn (as bench/medical-ab.ts does for the
 * medical stage), so that a shared, noisy host slows both alike. Prints each side's median pass and the change, and
 * whether both sides' results are equal. Asserts nothing.
 *
 *   git archive HEAD src tsconfig.json package.json | tar -x -C /tmp/base; ln -s $PWD/node_modules /tmp/base/
 *   npx tsx --no-regexp-tier-up bench/nlp-ab.ts /tmp/base [nlp|post|siblings|engine] [passes] [windows|sample]
 *
 *   nlp       the NLP detector over the engine's view (cueText) of each text (the default)
 *   post      dropGenreFindings over the engine's findings before it, as bench/post-steps.ts keeps them in
 *             VEIL_POST_INPUTS=FILE (run that first with the same variable)
 *   siblings  siblingNames over its engine inputs, from the same file
 *   engine    the whole engine's detect
 *
 * Texts: 155 4 KB windows of the joined shared records (as engine-profile.ts stages reads them; the default), or
 * every 4th shared record. Both sides read the rules of the current directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../src/detect/types.js';
import { interleavedPasses, median } from './lib/cpu-time.js';
import { loadEvalTexts, profileWindows } from './lib/eval-texts.js';

interface Side {
  name: string;
  pass: () => unknown[];
}

const [baseDir, mode = 'nlp', passArg = '10', textsArg = 'windows'] = process.argv.slice(2);
if (!baseDir) {
  console.error('usage: bench/nlp-ab.ts BASE_CHECKOUT [nlp|post|siblings|engine] [passes] [windows|sample]');
  process.exit(2);
}
const passes = Number(passArg);
const records = loadEvalTexts();
const texts: string[] = [];
if (textsArg === 'sample') texts.push(...records.filter((_, i) => i % 4 === 0));
else texts.push(...profileWindows(records, 155));

const load = (root: string, path: string) => import(pathToFileURL(resolve(root, path)).href);

/**
 * The inputs of dropGenreFindings or siblingNames as bench/post-steps.ts builds them from the engine's findings, read
 * from the file it keeps them in (VEIL_POST_INPUTS): the same texts as here, in the same order.
 */
function postInputs(field: 'genre' | 'siblings'): Finding[][] {
  const file = process.env.VEIL_POST_INPUTS;
  if (!file || !existsSync(file)) throw new Error('post: run bench/post-steps.ts with VEIL_POST_INPUTS=FILE first');
  const sets = JSON.parse(readFileSync(file, 'utf8')) as Array<
    [string, Array<{ text: string; genre: Finding[]; siblings: Finding[] }>]
  >;
  const inputs = sets[textsArg === 'sample' ? 0 : 1]![1];
  if (inputs.length !== texts.length || inputs.some((x, i) => x.text !== texts[i]))
    throw new Error('post: the inputs file holds other texts');
  return inputs.map((x) => x[field]);
}

async function sideOf(name: string, root: string, inputs: Finding[][] | undefined): Promise<Side> {
  if (mode === 'post') {
    const { dropGenreFindings } = await load(root, 'src/detect/text-genre.ts');
    return {
      name,
      pass: () => texts.map((t, i) => dropGenreFindings(t, inputs![i]!.slice())),
    };
  }
  if (mode === 'engine') {
    const { createDetector } = await load(root, 'src/detect/engine.ts');
    const detector = createDetector();
    return { name, pass: () => texts.map((t) => detector.detect(t)) };
  }
  if (mode === 'siblings') {
    const { siblingNames } = await load(root, 'src/detect/nlp/person-siblings.ts');
    const { loadNameLexicon } = await load(root, 'src/detect/nlp/lexicon.ts');
    const { defaultRulesDir } = await load(root, 'src/detect/engine.ts');
    const lexicon = loadNameLexicon(defaultRulesDir());
    return { name, pass: () => texts.map((t, i) => siblingNames(t, inputs![i]!, () => lexicon)) };
  }
  const { NlpDetector } = await load(root, 'src/detect/nlp/nlp-detector.ts');
  const { normalizeForDetection } = await load(root, 'src/detect/normalize.ts');
  const { defaultRulesDir } = await load(root, 'src/detect/engine.ts');
  const nlp = new NlpDetector({ rulesDir: defaultRulesDir() });
  const views = texts.map((t) => normalizeForDetection(t).cueText as string);
  return { name, pass: () => views.map((v) => nlp.detect(v)) };
}

const inputs = mode === 'post' ? postInputs('genre') : mode === 'siblings' ? postInputs('siblings') : undefined;
// VEIL_AB_THIS=DIR puts another checkout in this side's place (to price one step of several).
const sides = [await sideOf('base', baseDir, inputs), await sideOf('this', process.env.VEIL_AB_THIS ?? '.', inputs)];
// Warm-up passes, in turn: the name stage's code is optimised by V8 over its first five or six passes.
const WARM_UP = 6;
let results: unknown[][] = [];
for (let w = 0; w < WARM_UP; w++) results = sides.map((side) => side.pass());
const same = JSON.stringify(results[0]) === JSON.stringify(results[1]);
const times = interleavedPasses(sides, passes);
const [base, mine] = times.map(median) as [number, number];
for (let s = 0; s < sides.length; s++)
  console.log(
    `${sides[s]!.name}: median ${(median(times[s]!) / 1000).toFixed(1)} ms CPU per pass, passes ${times[s]!.map((t) => (t / 1000).toFixed(0)).join(' ')}`,
  );
// Each round's own ratio too: a slow spell of the host lands on both sides of one round.
const ratio = median(times[1]!.map((t, p) => t / times[0]![p]!));
console.log(
  `${mode} over ${texts.length} ${textsArg}: ${(((mine - base) / base) * 100).toFixed(1)}% (${((mine - base) / 1000).toFixed(1)} ms per pass), median round ratio ${((ratio - 1) * 100).toFixed(1)}%; results ${same ? 'identical' : 'DIFFER'}`,
);
