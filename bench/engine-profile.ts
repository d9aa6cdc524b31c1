/**
 * Where the detection engine's CPU time goes, measured in CPU time (process.cpuUsage) over the shared eval texts
 * (read at run time, every 4th record, as bench:accuracy samples them) and plain lower-case prose. Prints figures;
 * asserts nothing.
 *
 *   npx tsx --no-regexp-tier-up bench/engine-profile.ts         # speed: construction, first pass, best of 3, prose,
 *                                                               # 4 KB p50, parts
 *   npx tsx --no-regexp-tier-up bench/engine-profile.ts stages  # per stage and per rule (the engine's loop re-run
 *                                                               # piece by piece), the steps after the detectors as
 *                                                               # "post ..." (cells, genre, siblings)
 *   node --no-regexp-tier-up --cpu-prof --import tsx bench/engine-profile.ts loop 5   # the full engine, V8 profile
 *
 * Always with --no-regexp-tier-up, as the gateway and bench:accuracy run: without it a regex first used late in a
 * pass stays on V8's slow tier, and the post steps read about four times their cost (session 27). `stages` times its
 * tiny sections in wall time: read it on a quiet host only (bench/post-steps.ts times the post steps in CPU time).
 */
import { insideConstantName } from '../src/detect/code-identifiers.js';
import { createDetector, defaultRulesDir, MIN_REPORT_SCORE } from '../src/detect/engine.js';
import { joinMedicalClauses } from '../src/detect/medical/clause-join.js';
import { loadNameLexicon } from '../src/detect/nlp/lexicon.js';
import { siblingNames } from '../src/detect/nlp/person-siblings.js';
import { normalizeForDetection } from '../src/detect/normalize.js';
import { loadRulePacks } from '../src/detect/packs/load.js';
import { dropPlacesWithoutPerson } from '../src/detect/places-without-person.js';
import { extraDetectors } from '../src/detect/registry.js';
import { createRegroupedPass } from '../src/detect/regrouped-view.js';
import { type Candidate, resolveOverlaps } from '../src/detect/resolve.js';
import { compileRuleSetGates } from '../src/detect/rule-set-gates.js';
import { runRule } from '../src/detect/run-rule.js';
import { boundByCells } from '../src/detect/table/cell-bounds.js';
import { TextFacts } from '../src/detect/text-facts.js';
import { dropGenreFindings } from '../src/detect/text-genre.js';
import type { TextDetector } from '../src/detect/types.js';
import { cpuUs } from './lib/cpu-time.js';
import { loadEvalTexts, profileWindows } from './lib/eval-texts.js';
import { plainPrompt } from './lib/prompts.js';

const records = loadEvalTexts();
const sample = records.filter((_, i) => i % 4 === 0);
const sizeOf = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const bytes = sizeOf(sample);

/** CPU microseconds of one pass of detect over texts. */
function passUs(detector: TextDetector, texts: string[]): number {
  const s = cpuUs();
  for (const t of texts) detector.detect(t);
  return cpuUs() - s;
}

function bestUs(detector: TextDetector, texts: string[], passes = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) best = Math.min(best, passUs(detector, texts));
  return best;
}

const mode = process.argv[2] ?? 'speed';
const t0 = cpuUs();
const engine = createDetector();
const buildUs = cpuUs() - t0;
const mbps = (b: number, us: number) => (b / us).toFixed(2);

if (mode === 'loop') {
  const passes = Number(process.argv[3] ?? 5);
  for (let p = 0; p < passes; p++) console.log(`pass ${p}: ${mbps(bytes, passUs(engine, sample))} MB/s CPU`);
} else if (mode === 'speed') {
  speed();
} else {
  stages();
}

function speed(): void {
  const out: string[] = [`engine construction: ${(buildUs / 1000).toFixed(0)} ms CPU`];
  out.push(`first pass over every 4th record: ${mbps(bytes, passUs(engine, sample))} MB/s CPU`);
  out.push(`best of 3: ${mbps(bytes, bestUs(engine, sample))} MB/s CPU`);
  for (const [size, calls] of [
    [1024, 1000],
    [16384, 100],
  ] as const) {
    const prose = Array.from({ length: calls }, (_, i) => `${plainPrompt(size - 8)} ${i}`);
    passUs(engine, prose.slice(0, 20));
    out.push(`plain prose ${size / 1024} KB: ${(bestUs(engine, prose) / calls).toFixed(0)} us CPU per call`);
  }
  const lat = windows()
    .map((p) => {
      const s = cpuUs();
      engine.detect(p);
      return cpuUs() - s;
    })
    .sort((a, b) => a - b);
  out.push(`4 KB prompt p50: ${((lat[lat.length >> 1] ?? 0) / 1000).toFixed(2)} ms CPU`);
  const rulesOnly = createDetector({ extras: [] });
  out.push(`rule packs only: ${mbps(bytes, bestUs(rulesOnly, sample))} MB/s CPU`);
  for (const make of extraDetectors) {
    const d = make({ rulesDir: defaultRulesDir() });
    out.push(`${d.id} alone: ${mbps(bytes, bestUs(d, sample))} MB/s CPU`);
  }
  console.log(out.join('\n'));
}

/** The 4 KB prompts bench:accuracy times (profileWindows). */
function windows(): string[] {
  return profileWindows(records);
}

function stages(): void {
  const rulesDir = defaultRulesDir();
  const rules = loadRulePacks(rulesDir);
  const extras = extraDetectors.map((make) => make({ rulesDir }));
  const regrouped = createRegroupedPass(rules);
  const gates = compileRuleSetGates(rules);
  const nameLexicon = loadNameLexicon(rulesDir);
  const names = () => nameLexicon;
  const stage = new Map<string, number>();
  const charge = (k: string, us: number) => stage.set(k, (stage.get(k) ?? 0) + us);
  const now = () => performance.now() * 1000;
  // The engine's detect re-run stage by stage; tiny sections are timed in wall time (one busy thread).
  const stagedDetect = (text: string): void => {
    let s = now();
    const view = normalizeForDetection(text);
    charge('normalize', now() - s);
    s = now();
    const facts = new TextFacts(view.text, undefined, view.cueText);
    charge('facts', now() - s);
    // Every rule's floors and gates at once, compiled, as the engine asks them (the shared literal scan they start
    // is charged here): a rule timed through its gates one by one (runRule without them) was charged the gate
    // interpreter's cost, which the engine never pays, and rules with many literal gates looked expensive.
    s = now();
    const gated = new Int32Array(rules.length);
    gates(facts, gated);
    charge('gates', now() - s);
    // The shared cue scan (TextFacts.scanCues) runs on the first cue question, which the first gated rule that
    // requires a cue asks: charged to that rule, it made the early rules with cues (national-id-context,
    // bank-account-context) look several times their cost. Started here, as the engine would start it.
    s = now();
    for (let r = 0; r < rules.length; r++) {
      if (gated[r] !== 0 && rules[r]!.context?.required) {
        facts.hasCue(0);
        break;
      }
    }
    charge('cue scan', now() - s);
    const candidates: Candidate[] = [];
    const found: Array<[number, number]> = [];
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (gated[r] === 0) continue;
      s = now();
      for (const f of runRule(rule, view.text, undefined, facts, gated[r])) {
        const [start, end] = view.toOriginal(f.start, f.end);
        if (end > start && f.score >= MIN_REPORT_SCORE) {
          found.push([f.start, f.end]);
          candidates.push({ ...f, start, end });
        }
      }
      charge(`rule ${rule.id}`, now() - s);
    }
    s = now();
    for (const f of regrouped.detect(view.text, view.cueText, found, MIN_REPORT_SCORE, facts.digitPositions)) {
      const [start, end] = view.toOriginal(f.start, f.end);
      if (end > start) candidates.push({ ...f, start, end });
    }
    charge('regrouped', now() - s);
    for (const d of extras) {
      s = now();
      for (const f of d.detect(view.cueText)) {
        if (f.end <= f.start || f.start < 0 || f.end > view.cueText.length || f.score < MIN_REPORT_SCORE) continue;
        const [start, end] = view.toOriginal(f.start, f.end);
        if (end > start && !insideConstantName(view.cueText, f))
          candidates.push({ ...f, start, end, detector: f.detector || d.id, specificity: 0 });
      }
      charge(`extra ${d.id}`, now() - s);
    }
    // The steps after the detectors, as the engine runs them (charged as "post ...").
    s = now();
    const bounded = boundByCells(text, candidates);
    charge('post boundByCells', now() - s);
    s = now();
    const resolved = resolveOverlaps(bounded);
    charge('resolve', now() - s);
    s = now();
    const kept = dropGenreFindings(text, resolved);
    charge('post dropGenreFindings', now() - s);
    s = now();
    const placed = dropPlacesWithoutPerson(text, kept);
    charge('post dropPlacesWithoutPerson', now() - s);
    s = now();
    const siblings = siblingNames(text, placed, names);
    if (siblings.length > 0) {
      placed.push(...siblings);
      placed.sort((x, y) => x.start - y.start);
    }
    charge('post siblingNames', now() - s);
    s = now();
    joinMedicalClauses(text, placed);
    charge('post joinMedicalClauses', now() - s);
  };
  const prose = Array.from({ length: 300 }, (_, i) => `${plainPrompt(1016)} ${i}`);
  for (const [title, texts] of [
    ['eval sample', sample],
    ['4 KB windows (as bench:accuracy cuts them)', windows()],
    ['plain prose 1 KB', prose],
  ] as const) {
    const n = sizeOf(texts);
    for (let p = 0; p < 4; p++) {
      stage.clear();
      for (const t of texts) stagedDetect(t);
    }
    const total = [...stage.values()].reduce((a, b) => a + b, 0);
    const rulesTotal = [...stage].filter(([k]) => k.startsWith('rule ')).reduce((a, [, v]) => a + v, 0);
    console.log(`\n## ${title}: ${(n / 1e6).toFixed(2)} MB, ${texts.length} texts`);
    console.log(
      `total ${mbps(n, total)} MB/s, rules ${mbps(n, rulesTotal)} MB/s (${(rulesTotal / 1000).toFixed(0)} ms)`,
    );
    const post = [...stage].filter(([k]) => k.startsWith('post ')).reduce((a, [, v]) => a + v, 0);
    console.log(
      `after the detectors (post): ${(post / 1000).toFixed(0)} ms, ${((100 * post) / total).toFixed(1)}% of total`,
    );
    for (const [k, v] of [...stage].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${k.padEnd(40)} ${(v / 1000).toFixed(1).padStart(8)} ms`);
    }
  }
}
