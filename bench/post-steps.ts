/**
 * CPU of the steps after the detectors alone, measured on their real inputs: the engine's findings for the shared
 * eval texts (every 4th record) and the 4 KB windows are computed once, then each post step is re-run on them many
 * times, so a change to one step is measured without the detectors' noise. Prints figures; asserts nothing.
 *
 *   npx tsx --no-regexp-tier-up bench/post-steps.ts [rounds] [step ...]   # default 5 rounds, best round per step
 *
 * Figures are CPU time. Run it with --no-regexp-tier-up, as Veil runs (README): with V8's default tier-up the
 * regexes first run after the detectors' are compiled without V8's optimisations and these steps cost four times
 * as much. VEIL_POST_INPUTS=/tmp/x.json keeps the inputs in a file for the next run (the detectors are not run).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { insideConstantName } from '../src/detect/code-identifiers.js';
import { defaultRulesDir, MIN_REPORT_SCORE } from '../src/detect/engine.js';
import { joinMedicalClauses } from '../src/detect/medical/clause-join.js';
import { loadNameLexicon } from '../src/detect/nlp/lexicon.js';
import { siblingNames } from '../src/detect/nlp/person-siblings.js';
import { normalizeForDetection } from '../src/detect/normalize.js';
import { loadRulePacks } from '../src/detect/packs/load.js';
import { placeFeatureNames } from '../src/detect/place-feature-names.js';
import { dropPlacesWithoutPerson } from '../src/detect/places-without-person.js';
import { dropAboutNobody } from '../src/detect/public-text/about-nobody.js';
import { dropAnimalHealth } from '../src/detect/public-text/animal-health.js';
import { dropClassicalCitations } from '../src/detect/public-text/classical-citations.js';
import { dropEponymousProducts } from '../src/detect/public-text/eponymous-products.js';
import { dropHistoricalText } from '../src/detect/public-text/historical-text.js';
import { readWithOrganisationPhones } from '../src/detect/public-text/organisation-phone.js';
import { dropPublicInstructions } from '../src/detect/public-text/public-instructions.js';
import { dropUnanchoredPublic } from '../src/detect/public-text/unanchored.js';
import { extraDetectors } from '../src/detect/registry.js';
import { createRegroupedPass } from '../src/detect/regrouped-view.js';
import { type Candidate, resolveOverlaps } from '../src/detect/resolve.js';
import { compileRuleSetGates } from '../src/detect/rule-set-gates.js';
import { runRule } from '../src/detect/run-rule.js';
import { boundByCells } from '../src/detect/table/cell-bounds.js';
import { TextFacts } from '../src/detect/text-facts.js';
import { dropGenreFindings } from '../src/detect/text-genre.js';
import type { Finding } from '../src/detect/types.js';
import { loadEvalTexts, profileWindows } from './lib/eval-texts.js';

const records = loadEvalTexts();
const sample = records.filter((_, i) => i % 4 === 0);
const windows = profileWindows(records);

const rulesDir = defaultRulesDir();
const rules = loadRulePacks(rulesDir);
const extras = extraDetectors.map((make) => make({ rulesDir }));
const regrouped = createRegroupedPass(rules);
const gates = compileRuleSetGates(rules);
const lexicon = loadNameLexicon(rulesDir);
const names = () => lexicon;

/** The engine's findings before its post steps (as engine.ts builds them, placeFeatureNames included). */
function resolvedOf(text: string): Finding[] {
  const view = normalizeForDetection(text);
  const facts = new TextFacts(view.text, undefined, view.cueText);
  const gated = new Int32Array(rules.length);
  gates(facts, gated);
  const candidates: Candidate[] = [];
  const found: Array<[number, number]> = [];
  for (let r = 0; r < rules.length; r++) {
    if (gated[r] === 0) continue;
    for (const f of runRule(rules[r]!, view.text, undefined, facts, gated[r])) {
      const [start, end] = view.toOriginal(f.start, f.end);
      if (end > start && f.score >= MIN_REPORT_SCORE) {
        found.push([f.start, f.end]);
        candidates.push({ ...f, start, end });
      }
    }
  }
  for (const f of regrouped.detect(view.text, view.cueText, found, MIN_REPORT_SCORE, facts.digitPositions)) {
    const [start, end] = view.toOriginal(f.start, f.end);
    if (end > start) candidates.push({ ...f, start, end });
  }
  for (const d of extras) {
    for (const f of d.detect(view.cueText)) {
      if (f.end <= f.start || f.start < 0 || f.end > view.cueText.length || f.score < MIN_REPORT_SCORE) continue;
      const [start, end] = view.toOriginal(f.start, f.end);
      if (end > start && !insideConstantName(view.cueText, f))
        candidates.push({ ...f, start, end, detector: f.detector || d.id, specificity: 0 });
    }
  }
  return placeFeatureNames(text, resolveOverlaps(boundByCells(text, candidates)), names);
}

interface Inputs {
  text: string;
  genre: Finding[];
  places: Finding[];
  siblings: Finding[];
  join: Finding[];
}
function inputsOf(text: string): Inputs {
  const genre = resolvedOf(text);
  const places = dropGenreFindings(text, genre.slice());
  const kept = dropPlacesWithoutPerson(text, places.slice());
  const join = kept.slice();
  const added = siblingNames(text, kept, names);
  if (added.length > 0) {
    join.push(...added);
    join.sort((a, b) => a.start - b.start);
  }
  return { text, genre, places, siblings: kept, join };
}

const steps: Array<[string, (x: Inputs) => unknown]> = [
  ['dropGenreFindings', (x) => dropGenreFindings(x.text, x.genre.slice())],
  ['dropPlacesWithoutPerson', (x) => dropPlacesWithoutPerson(x.text, x.places.slice())],
  ['siblingNames', (x) => siblingNames(x.text, x.siblings, names)],
  ['joinMedicalClauses', (x) => joinMedicalClauses(x.text, x.join.slice())],
];
// Parts of dropGenreFindings, timed only when named (on the step's own input, not on what the parts before left).
const parts: Array<[string, (x: Inputs) => unknown]> = [
  ['dropEponymousProducts', (x) => dropEponymousProducts(x.text, x.genre)],
  ['dropAnimalHealth', (x) => dropAnimalHealth(x.text, x.genre)],
  ['dropClassicalCitations', (x) => dropClassicalCitations(x.text, x.genre)],
  ['dropHistoricalText', (x) => dropHistoricalText(x.text, x.genre)],
  ['dropPublicInstructions', (x) => dropPublicInstructions(x.text, x.genre)],
  [
    'readWithOrganisationPhones',
    (x) =>
      readWithOrganisationPhones(x.text, x.genre, (fs) => dropUnanchoredPublic(x.text, dropAboutNobody(x.text, fs))),
  ],
];
const rounds = Number(process.argv[2] ?? 5);
// Only the named steps when given ("siblingNames joinMedicalClauses"); VEIL_POST_INPUTS caches the inputs in a file.
const only = process.argv.slice(3);
const cache = process.env.VEIL_POST_INPUTS;
const sets: Array<[string, Inputs[]]> =
  cache && existsSync(cache)
    ? JSON.parse(readFileSync(cache, 'utf8'))
    : [
        ['eval sample', sample.map(inputsOf)],
        ['4 KB windows', windows.map(inputsOf)],
      ];
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(sets));
// The texts as the engine gets them (a window is a slice of the joined records), not the cache's fresh copies.
const live = [sample, windows];
sets.forEach(([, inputs], k) => {
  inputs.forEach((x, i) => {
    if (live[k]![i] !== x.text) throw new Error('cached inputs are for other texts');
    x.text = live[k]![i]!;
  });
});
for (const [title, inputs] of sets) {
  console.log(`\n## ${title}: ${inputs.length} texts`);
  for (const [name, step] of [...steps, ...parts]) {
    if (only.length > 0 ? !only.includes(name) : parts.some(([p]) => p === name)) continue;
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rounds; r++) {
      const s = process.cpuUsage();
      for (const x of inputs) step(x);
      const u = process.cpuUsage(s);
      best = Math.min(best, (u.user + u.system) / 1000);
    }
    console.log(`${name.padEnd(26)} ${best.toFixed(1).padStart(8)} ms`);
  }
}
