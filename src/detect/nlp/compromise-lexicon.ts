import nlp from 'compromise';
import { foldKey } from './fold.js';

/** The parts of compromise's built-in lexicon that say what a word is, read once without parsing any text. */
export interface CompromiseWords {
  firstNames: Set<string>;
  lastNames: Set<string>;
  places: string[];
  organizations: string[];
  /** Words compromise knows as ordinary vocabulary (verbs, adjectives, nouns, months, ...): not names by default. */
  common: Set<string>;
  /** Known as a person/first name but ALSO as something else in compromise's own tags (e.g. "Jordan" the country). */
  personLike: Set<string>;
  /** Nationality words ("Filipino", "Kenyan"): compromise's Demonym tag. */
  demonyms: Set<string>;
}

const FIRST_NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName']);
const LAST_NAME_TAGS = new Set(['LastName']);
const PERSON_TAGS = new Set(['Person', 'Honorific']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

function lexiconEntries(): Array<[string, string[]]> {
  const model = nlp.model() as { one?: { lexicon?: Record<string, unknown> } };
  const lexicon = model.one?.lexicon ?? {};
  const out: Array<[string, string[]]> = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    if (typeof tag === 'string') out.push([word, [tag]]);
    else if (Array.isArray(tag)) out.push([word, tag.filter((t): t is string => typeof t === 'string')]);
  }
  return out;
}

export function loadCompromiseWords(): CompromiseWords {
  const words: CompromiseWords = {
    firstNames: new Set(),
    lastNames: new Set(),
    places: [],
    organizations: [],
    common: new Set(),
    personLike: new Set(),
    demonyms: new Set(),
  };
  for (const [word, tags] of lexiconEntries()) {
    const key = foldKey(word);
    if (tags.includes('Demonym')) words.demonyms.add(key);
    if (tags.some((t) => FIRST_NAME_TAGS.has(t))) words.firstNames.add(key);
    else if (tags.some((t) => LAST_NAME_TAGS.has(t))) words.lastNames.add(key);
    else if (tags.some((t) => PERSON_TAGS.has(t))) words.personLike.add(key);
    else if (tags.some((t) => PLACE_TAGS.has(t))) words.places.push(word);
    else if (tags.some((t) => ORG_TAGS.has(t))) words.organizations.push(word);
    else if (!key.includes(' ')) words.common.add(key);
  }
  return words;
}
