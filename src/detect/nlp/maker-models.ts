import { GIVEN, type NameLexicon, WORD } from './lexicon.js';
import { MONTH_WORDS } from './month-words.js';
import type { Token } from './tokenize.js';

/**
 * Vehicles, machines, boats and instruments named by their maker and model ("Nissan Sentra", "2014 Elddis Avante",
 * "Kubota Grand L", "Tower Crane", "Passat 2.0 TDI"): in a bankruptcy intake, a caravan sale or a plant operator's
 * card these read like a given name and a family name. Asked about a run of capitalised words the name finder was
 * about to keep as a person (product-names.ts namesAThing).
 */
export function makerOrMachine(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  const maker = lex.makers.matchAt(tokens, first);
  if (maker !== undefined) return makerModel(tokens, first, last, maker.length, lex);
  if (first < last && machineRun(tokens, first, last, lex)) return true;
  // "Passat 2.0 TDI", "Transit Custom LWB", "a 2015 Elddis Avante": a specification after, or a model year before a
  // run whose first word is no given name.
  if (specificationAfter(tokens, last)) return true;
  return (
    last - first <= 2 &&
    !lex.isWordAt(GIVEN | WORD.SURNAME, tokens, first) &&
    (modelYearBefore(tokens, first) || modelLabelBefore(tokens, first))
  );
}

function makerModel(tokens: readonly Token[], first: number, last: number, length: number, lex: NameLexicon): boolean {
  const model = first + length;
  // "John Deere", "Massey Ferguson 135": a maker of several words is the product as a whole.
  if (length > 1) return true;
  if (model > last) return modelCodeAfter(tokens, last) && productCue(tokens, first, last);
  const makerInfo = lex.infoAt(tokens, first);
  const modelInfo = lex.infoAt(tokens, model);
  // "Mitsubishi Montero", "Hyundai Ortega": a maker that is no given name and no family name names no person,
  // whatever follows.
  const makerGiven =
    (makerInfo & WORD.FIRST_NAME) !== 0 ||
    ((makerInfo & WORD.MORE_GIVEN) !== 0 && (makerInfo & (WORD.PRODUCT | WORD.KNOWN_ORG_FIRST)) === 0);
  if (!makerGiven && (makerInfo & WORD.SURNAME) === 0) return true;
  // "Morgan Freeman", "Bentley Pryce": a family name that is no word, place or product after the maker is a person's,
  // unless the text shows a vehicle ("a 1998 Morgan Plus", "Ford Ranger 4x4").
  const familyAfter =
    (modelInfo & WORD.SURNAME) !== 0 && (modelInfo & (WORD.COMMON | WORD.PRODUCT | WORD.PLACE_FIRST)) === 0;
  // "FORD Harrison" in a register that puts the family name first: a maker that is a family name before a given name.
  const givenAfter =
    (makerInfo & WORD.SURNAME) !== 0 &&
    (modelInfo & WORD.FIRST_NAME) !== 0 &&
    (modelInfo & (WORD.AMBIGUOUS_NAME | WORD.PRODUCT)) === 0;
  if (familyAfter || givenAfter) return strongCue(tokens, first, last);
  // "Bailey Orion", "Morgan Aero": a maker that is also a given name before a word the lists do not know needs a cue
  // too ("the Bailey Orion"); before a word or a listed model it is the product ("Bentley Continental").
  if (!makerGiven || (modelInfo & (WORD.COMMON | WORD.PRODUCT)) !== 0) return true;
  return productCue(tokens, first, last);
}

const DETERMINERS = new Set(
  'the a an my our his her their this that your el la un una mi su nuestro nuestra este esta ese esa'.split(' '),
);

/** A strong cue, or an article or a possessive right before the run ("the Bailey Orion", "mi Adria Altea"). */
function productCue(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before?.kind === 'word' && !tokens[first]!.lineStart && DETERMINERS.has(before.key)) return true;
  return strongCue(tokens, first, last);
}

function strongCue(tokens: readonly Token[], first: number, last: number): boolean {
  return (
    modelYearBefore(tokens, first) ||
    modelLabelBefore(tokens, first) ||
    specificationAfter(tokens, last) ||
    VEHICLE_NOUNS.has(tokens[last + 1]?.key ?? '')
  );
}

/** "2016 Nissan Sentra", "a 1998 Morgan": a model year right before the run, on its line, that ends no date. */
function modelYearBefore(tokens: readonly Token[], first: number): boolean {
  const year = tokens[first - 1];
  if (year?.kind !== 'number' || year.text.length !== 4 || tokens[first]!.lineStart) return false;
  const n = Number(year.text);
  if (n < 1950 || n > 2035 || tokens[first]!.start - year.end !== 1) return false;
  const sep = tokens[first - 2];
  // "12/03/2019 Ana ...", "Mar 2019 John ...", "in 2019 Ana joined": a date's year, or a year of an event.
  if (sep !== undefined && !year.lineStart) {
    if (sep.end === year.start) return false;
    if (sep.kind === 'word' && (YEAR_PREPOSITIONS.has(sep.key) || MONTH_WORDS.has(sep.key))) return false;
    if (sep.kind === 'number') return false;
  }
  return true;
}

const YEAR_PREPOSITIONS = new Set(
  'in since from until till by of during before after desde en de del hasta durante antes después tras para'.split(' '),
);

// Labels of a form field or a phrase whose value is a make or a model ("Make/model: ...", "Vehicle: ...", "modelo").
const MODEL_LABELS = new Set(
  (
    'model make vehicle car van caravan motorhome campervan boat vessel tractor machine plant guitar instrument watch ' +
    'bike motorcycle motorbike modelo marca vehículo vehiculo coche furgoneta moto motocicleta autocaravana caravana ' +
    'barco embarcación embarcacion maquinaria máquina maquina guitarra reloj bicicleta'
  ).split(' '),
);

/**
 * "Make/model: Elddis Avante", "Vehicle: ...", "modelo Sentra": a make or model label right before the run, with its
 * colon; "model" and "modelo" also without one (a fashion model is named after no such label: "the model Ana ..."
 * starts with a given name, which the caller never asks about here).
 */
function modelLabelBefore(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  const colon = tokens[i]?.text === ':';
  if (colon) i--;
  const label = tokens[i];
  if (label?.kind !== 'word' || (!colon && tokens[first]!.lineStart)) return false;
  if (!MODEL_LABELS.has(label.key)) return false;
  return colon || label.key === 'model' || label.key === 'modelo';
}

// What a make and model may be followed by in a sale ad, a finance agreement or a log book: engine codes, drive,
// wheelbase and body types, fuels. None follows a person's name.
const SPEC_WORDS = new Set(
  (
    'tdi tsi tfsi tdci hdi bluehdi dci crdi cdti cdi d4d ecoboost vtec gti gtd 4wd awd 2wd lwb swb mwb hatchback ' +
    'saloon sedan coupe coupé cabriolet convertible pickup suv mpv diesel petrol phev turbo gasolina diésel híbrido ' +
    'hibrido'
  ).split(' '),
);

// Nouns of vehicles and machines right after a maker and model ("Morgan Plus Four roadster").
const VEHICLE_NOUNS = new Set(
  (
    'car van caravan motorhome campervan tourer truck lorry pickup tractor excavator digger forklift crane boat yacht ' +
    'guitar piano motorbike motorcycle scooter roadster estate coche furgoneta caravana autocaravana camión camion ' +
    'tractor moto guitarra'
  ).split(' '),
);

/** "Golf 1.6 TDI", "Navara 4x4", "Transit LWB", "Sentra 2.0 diesel": a specification within three tokens after. */
function specificationAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  const first = tokens[k];
  if (first === undefined || first.lineStart) return false;
  // An engine size, "1.6", "2.0": digit, dot, digit, glued.
  if (
    first.kind === 'number' &&
    first.text.length === 1 &&
    tokens[k + 1]?.text === '.' &&
    tokens[k + 2]?.kind === 'number' &&
    tokens[k + 2]!.text.length === 1 &&
    tokens[k + 2]!.start === first.end + 1
  )
    k += 3;
  const t = tokens[k];
  if (t === undefined || t.lineStart) return false;
  if (t.kind === 'word') return SPEC_WORDS.has(t.key);
  // "4x4", "6x4": a number, an x and a number glued.
  const x = tokens[k + 1];
  const n = tokens[k + 2];
  return (
    t.kind === 'number' &&
    t.text.length === 1 &&
    x?.key === 'x' &&
    x.start === t.end &&
    n?.kind === 'number' &&
    n.start === x.end
  );
}

/** "John Deere 6120M", "Kubota L4028": a model code (digits, perhaps with letters glued) right after. */
function modelCodeAfter(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last + 1];
  return t !== undefined && !t.lineStart && t.kind === 'number' && t.text.length >= 2 && t.text.length <= 5;
}

// Kinds of plant, machine and craft written with capitals on an operator's card, a hire sheet or an insurance
// schedule ("B12 Tower Crane", "Forward Tipping Dumper", "Rough Terrain Forklift"): the last word of the run.
const MACHINE_LAST = new Set(
  (
    'crane cranes excavator excavators digger forklift forklifts telehandler telehandlers dumper dumpers loader ' +
    'loaders bulldozer dozer grader roller rollers harvester sprayer trailer tractor tractors hoist platform ' +
    'scaffold mewp caravan motorhome campervan dinghy catamaran trawler'
  ).split(' '),
);
// Spanish puts the kind first ("Grúa Torre", "Carretilla Elevadora", "Tractor John Deere").
const MACHINE_FIRST = new Set(
  (
    'grúa grua grúas gruas excavadora retroexcavadora miniexcavadora carretilla carretillas plataforma tractor ' +
    'camión camion furgoneta autocaravana caravana cosechadora pulverizadora dumper'
  ).split(' '),
);

/** A run of two or more capitalised words ending in a kind of machine, or opening with one in Spanish. */
function machineRun(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  if (MACHINE_FIRST.has(tokens[first]!.key)) return true;
  // "Stanley Crane", "Ichabod Crane": after a given name the last word is a family name.
  return MACHINE_LAST.has(tokens[last]!.key) && !lex.isWordAt(GIVEN, tokens, first);
}
