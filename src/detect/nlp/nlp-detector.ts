import { join } from 'node:path';
import { personalDateCells } from '../table/date-columns.js';
import type { Finding, Label, TextDetector } from '../types.js';
import { streetNamedByIdWord } from './address-id-word.js';
import { findCapRuns } from './cap-runs.js';
import { tagWithCompromise } from './compromise-tagger.js';
import { guessLanguage } from './language.js';
import { loadNameLexicon, type NameLexicon } from './lexicon.js';
import { findLocations } from './location.js';
import { capitaliseKnownNames } from './lowercase-text.js';
import { findOrganizations } from './organization.js';
import { PersonFinder, type PersonResult } from './person.js';
import { chatBodyNames } from './person-chat-body.js';
import { copyBlockNameCells } from './person-copy-rows.js';
import { kinNames } from './person-kin.js';
import { petSpans } from './person-pets.js';
import { postTownSpans } from './person-post-towns.js';
import { repeatedNameParts } from './person-repeat.js';
import { bracketSiblings, particleFamilyNames } from './person-unlisted.js';
import { loadPlaceModifiers, type PlaceModifiers, placeOfNobody } from './place-not-address.js';
import { publicSpans } from './public-genre.js';
import { resolveRulesDir } from './rules-dir.js';
import type { TokenSpan } from './token-span.js';
import { type Token, tokenize } from './tokenize.js';
import { WellKnownPeople } from './well-known-people.js';

export interface NlpDetectorOptions {
  /** Rules directory holding names/ (default: $VEIL_RULES, ./rules, or the package's rules/). */
  rulesDir?: string;
  /**
   * Characters of context compromise's parser may read per text, around capitalised runs the lists cannot decide
   * (English only). Default 0: off. compromise's lexicon (names, places, organisations) is always used; its parser
   * is not, because on the shared English sets it added 4-5 points of PERSON recall for 4-15 points of precision
   * (wnut17 0.85 -> 0.70) and made the detector about ten times slower (about 1-2 ms per call, whatever its size).
   */
  compromiseBudget?: number;
}

const DETECTOR_ID = 'nlp';
const COMPROMISE_SCORE = 0.7;

/** People, places and organisations in English and Spanish text, from lists and cues first and compromise last. */
export class NlpDetector implements TextDetector {
  readonly id = DETECTOR_ID;
  private readonly lex: NameLexicon;
  private readonly compromiseBudget: number;
  private readonly persons: PersonFinder;
  private readonly wellKnown: WellKnownPeople;
  private readonly placeModifiers: PlaceModifiers;

  constructor(options: NlpDetectorOptions = {}) {
    this.lex = loadNameLexicon(options.rulesDir);
    this.compromiseBudget = options.compromiseBudget ?? 0;
    this.persons = new PersonFinder(this.lex);
    const names = join(resolveRulesDir(options.rulesDir), 'names');
    this.wellKnown = new WellKnownPeople(names);
    this.placeModifiers = loadPlaceModifiers(names);
  }

  detect(text: string): Finding[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    // No catch here: a failure must fail the whole inspection (the gateway then forwards nothing), not pass
    // on a partial result that silently misses what the rest of the text holds.
    const found: Finding[] = [];
    this.collect(text, found);
    // Dates under a "dob" or "admission_date" header of a table lined up with spaces (table/date-columns.ts).
    for (const c of personalDateCells(text)) found.push({ ...c, label: 'DATE', score: 0.85, detector: DETECTOR_ID });
    // The name columns' cells of a PostgreSQL COPY block (person-copy-rows.ts).
    for (const c of copyBlockNameCells(text))
      found.push({ ...c, label: 'PERSON', type: 'COPY_NAME', score: 0.9, detector: DETECTOR_ID });
    return resolveOverlaps(found);
  }

  private collect(text: string, found: Finding[]): void {
    const tokens = capitaliseKnownNames(text, tokenize(text), this.lex);
    const runs = findCapRuns(tokens);
    const lang = guessLanguage(tokens);
    const toFinding = (s: TokenSpan, label: Label): Finding => ({
      start: tokens[s.first]!.start,
      end: withoutPossessive(tokens[s.last]!),
      label,
      type: s.type,
      score: s.score,
      detector: DETECTOR_ID,
    });

    const orgs = findOrganizations(tokens, runs, this.lex);
    const { persons, undecided } = this.persons.find(tokens, runs, lang);
    // "Employer: Ong Pei Shan, NRIC ...": a firm's field filled by a person, as the identity document after it says.
    const documented = persons.filter((p) => p.type === 'ID_AFTER');
    for (const o of orgs)
      if (o.type !== 'ORGANIZATION_FIELD' || !documented.some((p) => overlaps(p, o)))
        found.push(toFinding(o, 'ORGANIZATION'));
    // Names the lists cannot read whole: a family name after a particle, one more child of a list (person-unlisted.ts).
    if (undecided.length > 0) persons.push(...particleFamilyNames(tokens, undecided, this.lex));
    const decided = persons.length;
    if (persons.length > 0) persons.push(...bracketSiblings(tokens, persons, this.lex));
    // A relative or a helper named after the relation ("Mamá Solenne", "her cleaner Wiesia"; person-kin.ts); the
    // names found since the finder's own pass come back alone later too.
    persons.push(...kinNames(tokens, persons, this.lex));
    persons.push(...chatBodyNames(text, tokens, persons, this.lex));
    if (persons.length > decided) persons.push(...repeatedNameParts(tokens, persons, this.lex));
    // "... Menéndez Cuesta DNI 12345678Z": a family name and a document, not a street (address-id-word.ts).
    const locations = findLocations(tokens, this.lex, lang).filter((l) => !streetNamedByIdWord(tokens, l, this.lex));
    // An address beats a name inside it ("Calle Miguel Benítez 90"); a name beats a place it contains ("Victoria López").
    const addresses = locations.filter((l) => l.type !== 'PLACE');
    // "CAMBRIDGE, Mass., Nov. 30 –", "vessel MAERSK KENTUCKY", "FOB Rotterdam", "the Leeds warehouse": nobody's
    // whereabouts, and no name either ("POD Houston", "Chelsea Blue").
    const nobodys = locations.filter((l) => placeOfNobody(tokens, l, this.lex, this.placeModifiers, text));
    // "John Snow traced the outbreak": a historical or public figure named in full is nobody's private data, and
    // neither is the lone "Jane" that follows "Jane Austen", nor the town in "Mr Bingley".
    const publicPersons = persons.filter((p) => this.wellKnown.isPublicMention(tokens, p));
    const publicWords = this.wellKnown.wordsOf(tokens, publicPersons);
    // A plot, a league table, a filing, a street's namesake; an eponym, a venue, a boat (public-genre.ts).
    const publicParts = publicSpans(text, tokens, persons, locations, this.lex);
    // "Dog: Tofu (beagle)", and Tofu again: a pet's name (person-pets.ts).
    const pets = petSpans(tokens, persons);
    // "Carden Hill KT9 4QX", and Carden Hill again: a post town (person-post-towns.ts).
    const towns = postTownSpans(tokens, persons);
    const keptPersons = persons.filter(
      (p) =>
        !addresses.some((a) => overlaps(a, p)) &&
        // "MARTINEZ DEL RIO CARLOS", "MARISOL ANDREA TOLEDO": a place after the first word of a name in capitals
        // that fills its field is part of the name.
        !nobodys.some(
          (n) =>
            overlaps(n, p) &&
            !((p.type === 'SURNAME_FIRST' || p.type === 'CAPS_NAME') && p.first < n.first && n.last <= p.last),
        ) &&
        !publicPersons.includes(p) &&
        !publicParts.has(p) &&
        !pets.has(p) &&
        !towns.has(p) &&
        !this.wellKnown.isLaterMention(tokens, p, publicWords),
    );
    for (const p of keptPersons) found.push(toFinding(p, 'PERSON'));
    for (const l of locations) {
      if (nobodys.includes(l) || publicParts.has(l)) continue;
      if (l.type === 'PLACE' && publicPersons.some((p) => overlaps(p, l))) continue;
      if (l.type !== 'PLACE' || !keptPersons.some((p) => overlaps(p, l))) found.push(toFinding(l, 'LOCATION'));
    }

    if (lang === 'en' && undecided.length > 0) this.askCompromise(text, tokens, undecided, found);
  }

  private askCompromise(text: string, tokens: Token[], undecided: PersonResult['undecided'], found: Finding[]): void {
    const runSpans = undecided.map((r) => ({
      start: tokens[r.words[0]!]!.start,
      end: tokens[r.words[r.words.length - 1]!]!.end,
    }));
    for (const tagged of tagWithCompromise(text, tokens, undecided, this.compromiseBudget)) {
      // Only what lies on an undecided run: compromise's guesses elsewhere add false positives, not recall.
      const run = runSpans.find((r) => tagged.start < r.end && r.start < tagged.end);
      if (!run) continue;
      found.push({
        start: Math.max(tagged.start, run.start),
        end: Math.min(tagged.end, run.end),
        label: tagged.label,
        type: 'COMPROMISE',
        score: COMPROMISE_SCORE,
        detector: DETECTOR_ID,
      });
    }
  }
}

/** "Karen's": the name ends before the possessive, so a pseudonym keeps the sentence's grammar. */
function withoutPossessive(t: Token): number {
  return t.text.length > 2 && /['’]s$/i.test(t.text) ? t.end - 2 : t.end;
}

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** One finding per region: higher score, then longer span; deterministic for equal inputs. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const ordered = findings
    .filter((f) => f.end > f.start)
    .sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ordered) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
