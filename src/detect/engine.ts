import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insideConstantName } from './code-identifiers.js';
import { joinMedicalClauses } from './medical/clause-join.js';
import { loadNameLexicon, type NameLexicon } from './nlp/lexicon.js';
import { siblingNames } from './nlp/person-siblings.js';
import { normalizeForDetection } from './normalize.js';
import { type CompiledRule, loadRulePacks } from './packs/load.js';
import { joinAddressPieces } from './place-address-join.js';
import { placeFeatureNames } from './place-feature-names.js';
import { dropPlacesWithoutPerson } from './places-without-person.js';
import { extraDetectors, type NamedDetector } from './registry.js';
import { createRegroupedPass } from './regrouped-view.js';
import { type Candidate, resolveOverlaps } from './resolve.js';
import { compileRuleSetGates } from './rule-set-gates.js';
import { runRule } from './run-rule.js';
import { boundByCells } from './table/cell-bounds.js';
import { TextFacts } from './text-facts.js';
import { dropGenreFindings } from './text-genre.js';
import { type Finding, MIN_REPORT_SCORE, type TextDetector } from './types.js';

export { warmUp } from './warm-up.js';

export interface DetectionEngine extends TextDetector {
  /** Ids of every rule and extra detector the engine runs. */
  readonly detectorIds: string[];
}

export interface DetectorOptions {
  rulesDir?: string;
  /** Defaults to the registry; tests pass [] to measure the rule packs alone. */
  extras?: NamedDetector[];
  /** Rejoin digit groups split by other separators (regrouped-view.ts); on by default, off to measure it. */
  regroup?: boolean;
}

/** rules/ at the package root, found from this file both in src/ (tsx, vitest) and in dist/. */
const PACKAGE_RULES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

/** VEIL_RULES, else ./rules when the working directory has one, else the package's own rules/. */
export function defaultRulesDir(): string {
  const configured = process.env.VEIL_RULES ?? './rules';
  const abs = resolve(configured);
  return existsSync(abs) || process.env.VEIL_RULES ? abs : PACKAGE_RULES;
}

// The reporting threshold lives in types.ts, where detectors that read it (medical) can import it without a cycle.
export { MIN_REPORT_SCORE };

/** Specificity of extra detectors: vocabulary and NLP guesses lose ties against checksums and patterns. */
const EXTRA_SPECIFICITY = 0;

export function createDetector(options: DetectorOptions = {}): DetectionEngine {
  const rulesDir = options.rulesDir ?? defaultRulesDir();
  const rules: CompiledRule[] = loadRulePacks(rulesDir);
  const extras = options.extras ?? extraDetectors.map((make) => make({ rulesDir }));
  const regrouped = options.regroup === false ? undefined : createRegroupedPass(rules);
  const gates = compileRuleSetGates(rules);
  // Names beside the names found run with the name finders only (not when a test measures the rule packs alone).
  // Loaded at the first detect that needs it, then kept: the lookup by path is not repeated on every call.
  let nameLexicon: NameLexicon | undefined;
  const names = () => {
    nameLexicon ??= loadNameLexicon(rulesDir);
    return nameLexicon;
  };
  const withNames = extras.some((d) => d.id === 'nlp');
  const gated = new Int32Array(rules.length);
  return {
    detectorIds: [...rules.map((r) => r.id), ...extras.map((d) => d.id)],
    detect(text: string): Finding[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const view = normalizeForDetection(text);
      const candidates: Candidate[] = [];
      const facts = new TextFacts(view.text, undefined, view.cueText);
      const found: Array<[number, number]> = [];
      // The gates write every rule's entry: one buffer serves every call (detect runs one text at a time).
      gates(facts, gated);
      // Indexed loops: an iterator over some hundred rules left a result object per rule in this large function.
      for (let r = 0; r < rules.length; r++) {
        if (gated[r] === 0) continue;
        // runRule builds a fresh object per finding, owned by this call: map its offsets in place, no copy.
        const ruleFindings = runRule(rules[r]!, view.text, undefined, facts, gated[r]);
        for (let i = 0; i < ruleFindings.length; i++) {
          const f = ruleFindings[i]!;
          const [start, end] = view.toOriginal(f.start, f.end);
          if (end > start && f.score >= MIN_REPORT_SCORE) {
            found.push([f.start, f.end]);
            f.start = start;
            f.end = end;
            candidates.push(f);
          }
        }
      }
      // Digit groups whose separators were swapped (a dot for a dash, a line break for a space), rejoined
      // where a validator confirms them: only the runs of groups the pass above left uncovered.
      for (const f of regrouped?.detect(view.text, view.cueText, found, MIN_REPORT_SCORE, facts.digitPositions) ?? []) {
        const [start, end] = view.toOriginal(f.start, f.end);
        if (end > start) candidates.push({ ...f, start, end });
      }
      // Extras read the view too, so a name or diagnosis typed in full-width letters, with zero-width characters
      // or soft hyphens inside, or with look-alike letters is still found; words wholly in another script keep
      // their letters there (cueText), so NLP never sees a Russian word folded into a Latin look-alike.
      const extraText = view.cueText;
      for (let x = 0; x < extras.length; x++) {
        const d = extras[x]!;
        // A detector that throws fails the whole inspection: the gateway then forwards nothing (fail closed),
        // because the kinds of data it alone covers (names, diagnoses) would otherwise pass unseen.
        const found: Finding[] = d.detect(extraText);
        for (let i = 0; i < found.length; i++) {
          const f = found[i]!;
          if (f.end > f.start && f.start >= 0 && f.end <= extraText.length && f.score >= MIN_REPORT_SCORE) {
            const [start, end] = view.toOriginal(f.start, f.end);
            if (end > start && !insideConstantName(extraText, f)) {
              // Each detector builds fresh findings per call, owned here: mapped in place (same keys, same order as
              // a copy would have), not copied.
              const c = f as Candidate;
              c.start = start;
              c.end = end;
              c.detector = f.detector || d.id;
              c.specificity = EXTRA_SPECIFICITY;
              candidates.push(c);
            }
          }
        }
      }
      // A town or country is personal data only next to someone: in a text about nobody it is not reported.
      // A table's cell bounds what is found in it (table/cell-bounds.ts).
      // One clause of a patient's record is one medical span (medical/clause-join.ts).
      // A teaching text's health terms and an organisation's own contact line are nobody's (text-genre.ts).
      // A feature of the land before a name makes it a place: "Loch Arkaig", "Sierra de Gredos" (place-feature-names.ts).
      const resolved = resolveOverlaps(boundByCells(text, candidates));
      const kept = dropGenreFindings(text, withNames ? placeFeatureNames(text, resolved, names) : resolved);
      // Names beside the names found: the same slot of a list or table, a repeat, a mail box's owner (person-siblings.ts).
      const placed = dropPlacesWithoutPerson(text, kept);
      const siblings = withNames ? siblingNames(text, placed, names) : [];
      if (siblings.length > 0) {
        placed.push(...siblings);
        placed.sort((a, b) => a.start - b.start);
      }
      // One line's address found piece by piece is one place (place-address-join.ts).
      return joinMedicalClauses(text, joinAddressPieces(text, placed));
    },
  };
}
