import { keyPhrase, type Token } from '../nlp/tokenize.js';

/**
 * What a prescription writes after a drug and a note after a condition, read as part of the term so a mask hides
 * the whole of it: the dose, route, frequency and length of a course ("clarithromycin 500 mg BD x7 days",
 * "cefalexina 500 mg c/6 h por 5 días"), the stage or grade of a condition ("CKD stage 3a"), a fever's temperature
 * ("fiebre de 38,6 °C"). The dose and the temperature tell as much about the patient as the name.
 */

/**
 * Units of a drug's strength ("5 mg", "75 mcg", "10 UI"): after a capitalised word in a pharmacy text they tell an
 * unlisted brand (brand-by-dose.ts), after a listed drug they open its dose.
 */
export const STRENGTH_UNITS: ReadonlySet<string> = new Set([
  'mg',
  'mgs',
  'mcg',
  // Spelt out, as UK discharge letters write it ("levothyroxine 100 micrograms OD").
  'micrograms',
  'microgram',
  'microgramos',
  'µg',
  'μg',
  'ug',
  'ml',
  'ui',
  'iu',
  'units',
  'unidades',
  'mmol',
  'meq',
]);
/** A dose after a drug: its strength, or a count of what is taken ("2 puffs", "1 comprimido", "1 g"). */
/** What is counted out of a pack ("one tablet", "2 capsules", "un comprimido"): a form taken by the unit. */
export const FORM_UNITS: ReadonlySet<string> = new Set([
  'tablet',
  'tablets',
  'capsule',
  'capsules',
  'comprimido',
  'comprimidos',
  'cápsula',
  'cápsulas',
]);
const DOSE_UNITS = new Set([...STRENGTH_UNITS, ...FORM_UNITS, 'g', 'puffs', 'puff']);
/** A count of tablets spelt out ("one tablet daily", "un comprimido al día"): a number to the dose reader. */
const SPELLED_COUNTS = new Set(['one', 'two', 'half', 'un', 'una', 'dos', 'medio', 'media']);

/**
 * Whether tokens[j] opens a frequency ("daily", "once", "twice", "every", "cada", "al día"): what makes a count of
 * tablets after a capitalised word a prescription's dose, not an offer's ("one tablet per customer").
 */
export function frequencyAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.lineStart || t.kind !== 'word') return false;
  if (FREQUENCIES.has(t.key) || TIMES.has(t.key) || t.key === 'every' || t.key === 'cada') return true;
  const next = tokens[j + 1];
  // "a day", "al día", "at night", "por la noche".
  return (
    next !== undefined &&
    !next.lineStart &&
    (t.key === 'a' || t.key === 'al' || t.key === 'at') &&
    DAY_PARTS.has(next.key)
  );
}
const DAY_PARTS = new Set(['day', 'night', 'bedtime', 'día', 'dia']);

/** Last token of a count of tablets spelt out at tokens[j] ("one tablet", "dos comprimidos"), or -1. */
export function spelledCountEnd(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || t.lineStart || !SPELLED_COUNTS.has(t.key)) return -1;
  const form = tokens[j + 1];
  return form !== undefined && !form.lineStart && FORM_UNITS.has(form.key) ? j : -1;
}
const ROUTES = new Set(['iv', 'im', 'po', 'sc', 'sl', 'oral', 'vo', 'ev', 'inhaled', 'nebulised', 'nebulized']);
const FREQUENCIES = new Set([
  'od',
  'bd',
  'bid',
  'tid',
  'tds',
  'qid',
  'qds',
  'qd',
  'qhs',
  'prn',
  'nocte',
  'mane',
  'daily',
  'weekly',
  'stat',
  'diario',
  'diaria',
  'semanal',
]);
/** Words that open a frequency or a course's length: "every 8 hours", "cada 8 h", "for 7 days", "por 5 días". */
const LEADS = new Set(['every', 'cada', 'for', 'por', 'durante', 'x', 'c']);
const TIMES = new Set(['once', 'twice', 'thrice']);
const TIME_UNITS = new Set(['h', 'hr', 'hrs', 'hours', 'horas', 'd', 'days', 'días', 'dias', 'weeks', 'semanas']);
// "trastorno bipolar tipo II", "diabetes type 2": the type is part of the diagnosis.
const STAGES = new Set(['stage', 'grade', 'estadio', 'grado', 'class', 'clase', 'nyha', 'tipo', 'type']);
/** A pregnancy, whose length may follow ("embarazada de 7 meses", "pregnant at 30 weeks"). */
const PREGNANCIES = new Set(['embarazada', 'pregnant', 'embarazo', 'gestante']);
const PREGNANCY_LEADS = new Set(['de', 'of', 'at', 'con']);
const PREGNANCY_UNITS = new Set(['semanas', 'meses', 'weeks', 'months', 'sem', 'wks']);
/** A change of weight, whose amount may follow ("weight loss 3 kg", "pérdida de peso de 5 kilos"). */
const WEIGHT_CHANGES = new Set(['loss', 'gain', 'peso']);
const WEIGHT_LEADS = new Set(['of', 'de']);
const WEIGHT_UNITS = new Set(['kg', 'kgs', 'kilos', 'lb', 'lbs', 'stone', 'pounds', 'libras']);
/** Words that change a dose before its new value ("was increased to 100 mg", "se subió a 50 mg"). */
const DOSE_CHANGES = new Set([
  'increased',
  'reduced',
  'decreased',
  'titrated',
  'uptitrated',
  'weaned',
  'aumentada',
  'aumentado',
  'aumento',
  'subida',
  'subido',
  'subio',
  'reducida',
  'reducido',
  'redujo',
  'bajada',
  'bajado',
  'bajo',
]);
const DOSE_CHANGE_LEADS = new Set(['was', 'is', 'been', 'has', 'se', 'fue', 'ha', 'le']);
const ROMAN = /^(?:i{1,3}|iv|v|vi{0,3})[a-c]?$/;
const FEVERS = new Set(['fever', 'fiebre', 'pyrexia', 'febrícula', 'temperature', 'temperatura']);
const MAX_EXTRA = 8;
/** First words of a sick leave ("IT por contingencia común", "baja por enfermedad común"), which its length may follow. */
const LEAVES = new Set(['baja', 'it', 'incapacidad', 'licencia', 'reposo', 'sick', 'fit']);
const CAUSE_LINKS = new Set(['por', 'for']);
const PER_PERIOD = new Set(['día', 'dia', 'noche', 'semana', 'day', 'night', 'week', 'd']);
const PERIOD_LEADS = new Set(['del', 'desde', 'from', 'since']);
const LEAVE_LEADS = new Set(['de', 'por', 'durante', 'for', 'of']);
const LEAVE_UNITS = new Set(['días', 'dias', 'día', 'dia', 'semanas', 'semana', 'meses', 'mes', 'days', 'weeks']);
/**
 * Leaves that say someone was ill only with their length ("sick note for 5 days") or, in Spanish, their dates or a
 * form's count of days ("licencia médica del 3/02 al 9/02", "Días de licencia médica: 3").
 */
const LEAVES_NEEDING_LENGTH = new Set([
  'licencia medica',
  'licencia por enfermedad',
  'reposo medico',
  'sick note',
  'fit note',
  // Colombia's word for a sick leave; alone, it is also an inability ("incapacidad de pago").
  'incapacidad',
  'incapacidad medica',
  'incapacidad laboral',
  'incapacidad temporal',
]);

/** Whether the leave at tokens[first..last] needs a length to be someone's and has none. */
export function leaveWithoutLength(tokens: readonly Token[], first: number, last: number): boolean {
  if (!LEAVES.has(tokens[first]!.key) || last - first > 2) return false;
  if (!LEAVES_NEEDING_LENGTH.has(keyPhrase(tokens, first, last - first + 1))) return false;
  if (leaveLength(tokens, last) > last) return false;
  // "incapacidad temporal por embarazo de riesgo": a leave given its cause is someone's.
  if (tokens[first]!.key === 'incapacidad' && CAUSE_LINKS.has(tokens[last + 1]?.key ?? '')) return false;
  if (tokens[first]!.key === 'sick' || tokens[first]!.key === 'fit') return true;
  if (leaveIsSomeones(tokens, first, last)) return false;
  // "Días de licencia médica: 3": the form's count of days.
  const de = tokens[first - 1];
  const days = tokens[first - 2];
  const colon = tokens[last + 1];
  const count = tokens[last + 2];
  const counted =
    de?.key === 'de' &&
    days !== undefined &&
    LEAVE_UNITS.has(days.key) &&
    colon?.text === ':' &&
    !colon.lineStart &&
    count?.kind === 'number' &&
    !count.lineStart;
  return !counted;
}

/** Index of the last token of a number starting at tokens[j] on its line ("2,5" is three tokens), or -1. */
export function numberEnd(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined || t.kind !== 'number' || t.lineStart) return -1;
  const mark = tokens[j + 1];
  const frac = tokens[j + 2];
  if ((mark?.text === '.' || mark?.text === ',') && mark.start === t.end && frac?.kind === 'number') {
    if (frac.start === mark.end) return j + 2;
  }
  return j;
}

const onLine = (t: Token | undefined): t is Token => t !== undefined && !t.lineStart;

/** Last token of a drug's combination partner, dose, route and frequency after tokens[last], or last. */
export function doseAfter(tokens: readonly Token[], last: number): number {
  let j = last + 1;
  // "ampicilina/sulbactam", "co-amoxiclav" aside: a second drug glued by a slash.
  const slash = tokens[j];
  if (slash?.text === '/' && slash.start === tokens[last]!.end && tokens[j + 1]?.kind === 'word') {
    if (tokens[j + 1]!.start === slash.end) j += 2;
  }
  j = doseChangeEnd(tokens, j);
  const numberLast = tokens[j]?.kind === 'word' ? spelledCountEnd(tokens, j) : numberEnd(tokens, j);
  // "cannabis daily", "metformin nocte": a frequency with no dose before it.
  if (numberLast < 0) return j === last + 1 && onLine(tokens[j]) && FREQUENCIES.has(tokens[j]!.key) ? j : last;
  const unit = tokens[numberLast + 1];
  if (!onLine(unit) || unit.kind !== 'word' || !DOSE_UNITS.has(unit.key)) return last;
  let end = numberLast + 1;
  for (let n = 0; n < MAX_EXTRA; n++) {
    const t = tokens[end + 1];
    // "100 mg/24 h", "5 mg/8h": the interval written after a slash glued to the unit.
    if (t?.text === '/' && t.start === tokens[end]!.end) {
      const interval = intervalAfter(tokens, end + 2);
      if (interval < 0) break;
      end = interval;
      continue;
    }
    if (!onLine(t) || t.kind !== 'word') break;
    if (ROUTES.has(t.key) || FREQUENCIES.has(t.key)) {
      end++;
      continue;
    }
    // "twice daily", "once weekly".
    const then = tokens[end + 2];
    if (TIMES.has(t.key) && onLine(then) && FREQUENCIES.has(then.key)) {
      end += 2;
      continue;
    }
    // "twice a day", "once a week".
    const perDay = TIMES.has(t.key) ? scheduleAfter(tokens, end + 2) : -1;
    if (perDay > 0) {
      end = perDay;
      continue;
    }
    const schedule = scheduleAfter(tokens, end + 1);
    if (schedule > 0) {
      end = schedule;
      continue;
    }
    const after = courseAfter(tokens, end + 1);
    if (after < 0) break;
    end = after;
  }
  return end;
}

/**
 * The time of day or the meal a dose is taken with, and "a day" after a count ("at night", "in the morning", "en
 * ayunas", "por la noche", "with food", "(twice) a day", "al día"): as much the prescription's as its frequency.
 */
const SCHEDULES: readonly (readonly string[])[] = [
  ['at', 'night'],
  ['at', 'bedtime'],
  ['in', 'the', 'morning'],
  ['in', 'the', 'evening'],
  ['with', 'food'],
  ['with', 'meals'],
  ['a', 'day'],
  ['per', 'day'],
  ['a', 'week'],
  ['en', 'ayunas'],
  ['por', 'la', 'noche'],
  ['por', 'la', 'mañana'],
  ['al', 'día'],
  ['al', 'dia'],
  ['con', 'las', 'comidas'],
  ['antes', 'de', 'dormir'],
];
const SCHEDULE_OPENERS = new Set(SCHEDULES.map((phrase) => phrase[0]!));

/** Last token of a schedule phrase (SCHEDULES) at tokens[j] on its line, or -1. */
function scheduleAfter(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!onLine(t) || !SCHEDULE_OPENERS.has(t.key)) return -1;
  for (const phrase of SCHEDULES) {
    let k = 0;
    while (k < phrase.length && onLine(tokens[j + k]) && tokens[j + k]!.key === phrase[k]) k++;
    if (k === phrase.length) return j + k - 1;
  }
  return -1;
}

/** Index after "was increased to" or "se subió a" at tokens[j] (the new dose follows), or j. */
function doseChangeEnd(tokens: readonly Token[], j: number): number {
  let k = j;
  for (let n = 0; n < 2 && onLine(tokens[k]) && DOSE_CHANGE_LEADS.has(tokens[k]!.key); n++) k++;
  if (!onLine(tokens[k]) || !DOSE_CHANGES.has(tokens[k]!.key)) return j;
  const to = tokens[k + 1];
  return onLine(to) && (to.key === 'to' || to.key === 'a') ? k + 2 : j;
}

/** Last token of an amount after tokens[j] ("de 7 meses", "at 30 weeks", "3 kg") in one of units, or -1. */
function amountAfter(tokens: readonly Token[], j: number, leads: ReadonlySet<string>, units: ReadonlySet<string>) {
  let k = j;
  if (onLine(tokens[k]) && leads.has(tokens[k]!.key)) k++;
  const numberLast = numberEnd(tokens, k);
  if (numberLast < 0) return -1;
  const unit = tokens[numberLast + 1];
  return onLine(unit) && unit.kind === 'word' && units.has(unit.key) ? numberLast + 1 : -1;
}

/**
 * How long a sick leave lasts, written after it: "IT por enfermedad común 10 días", "de 15 días". Last token of
 * it, or last.
 */
function leaveLength(tokens: readonly Token[], last: number): number {
  let j = last + 1;
  const lead = tokens[j];
  if (!onLine(lead)) return last;
  if (lead.kind === 'word' && LEAVE_LEADS.has(lead.key)) j++;
  const numberLast = numberEnd(tokens, j);
  if (numberLast < 0) return last;
  const unit = tokens[numberLast + 1];
  return onLine(unit) && unit.kind === 'word' && LEAVE_UNITS.has(unit.key) ? numberLast + 1 : last;
}

/**
 * Whether the sick leave at tokens[first..last] is someone's: it has a length ("baja por enfermedad común de 12 días") or dates
 * ("IT del 4/02 al 9/02", "baja desde el 3 de mayo").
 */
export function leaveIsSomeones(tokens: readonly Token[], first: number, last: number): boolean {
  if (!LEAVES.has(tokens[first]!.key)) return false;
  if (leaveLength(tokens, last) > last) return true;
  let j = last + 1;
  if (!onLine(tokens[j]) || !PERIOD_LEADS.has(tokens[j]!.key)) return false;
  j++;
  if (onLine(tokens[j]) && (tokens[j]!.key === 'el' || tokens[j]!.key === 'the')) j++;
  return tokens[j]?.kind === 'number' && !tokens[j]!.lineStart;
}

/** "24 h", "8h", "12 horas" at tokens[j] (after a slash): its last token, or -1. */
function intervalAfter(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined || t.lineStart) return -1;
  // "8h" written as one token; "/noche", "/día": once a night or a day.
  if (t.kind === 'word' && (/^[0-9]{1,2}h$/.test(t.key) || PER_PERIOD.has(t.key))) return j;
  const numberLast = numberEnd(tokens, j);
  if (numberLast < 0) return -1;
  const unit = tokens[numberLast + 1];
  return onLine(unit) && unit.kind === 'word' && TIME_UNITS.has(unit.key) ? numberLast + 1 : -1;
}

/** "every 8 hours", "c/6 h", "cada 8 horas", "x7 days", "for 5 days", "por 5 días" at tokens[j]: its last token, or -1. */
function courseAfter(tokens: readonly Token[], j: number): number {
  const lead = tokens[j]!;
  if (!LEADS.has(lead.key)) return -1;
  let k = j + 1;
  // "c/6h": the slash after "c" is part of the lead.
  if (lead.key === 'c') {
    if (tokens[k]?.text !== '/' || tokens[k]!.start !== lead.end) return -1;
    k++;
  }
  const numberLast = numberEnd(tokens, k);
  if (numberLast < 0) return -1;
  const unit = tokens[numberLast + 1];
  return onLine(unit) && unit.kind === 'word' && TIME_UNITS.has(unit.key) ? numberLast + 1 : -1;
}

/**
 * Where and when a symptom is felt, written after it: "breathlessness on one flight of stairs", "pain at rest",
 * "dolor abdominal en hipocondrio derecho", "en fosa ilíaca derecha". Last token of it, or last.
 */
function whereAfter(tokens: readonly Token[], last: number): number {
  const lead = tokens[last + 1];
  const word = tokens[last + 2];
  if (!onLine(lead) || !onLine(word) || word.kind !== 'word') return last;
  if (WHEN_LEADS.has(lead.key) && WHEN_WORDS.has(word.key)) {
    let end = last + 2;
    while (end - last < 7 && onLine(tokens[end + 1]) && WHEN_WORDS.has(tokens[end + 1]!.key)) end++;
    // "pain at a match": what follows the lead must say when, not only count ("one flight of stairs" does).
    while (end > last + 1 && FILLER_WORDS.has(tokens[end]!.key)) end--;
    return end > last + 1 ? end : last;
  }
  if (lead.key !== 'en') return last;
  let j = last + 2;
  if (ARTICLES_ES.has(word.key)) j++;
  if (!onLine(tokens[j]) || !BODY_SITES_ES.has(tokens[j]!.key)) return last;
  let end = j;
  // "fosa ilíaca derecha", "hipocondrio derecho": the adjectives after the site.
  while (end - j < 3 && onLine(tokens[end + 1]) && SITE_ADJECTIVE_ES.test(tokens[end + 1]!.key)) end++;
  return end;
}

const WHEN_LEADS = new Set(['on', 'at', 'when', 'while', 'al', 'de']);
const WHEN_WORDS = new Set([
  'exertion',
  'exercise',
  'rest',
  'night',
  'walking',
  'lying',
  'flat',
  'climbing',
  'stairs',
  'flight',
  'flights',
  'of',
  'one',
  'two',
  'a',
  'uphill',
  'esfuerzo',
  'esfuerzos',
  'reposo',
]);
const FILLER_WORDS = new Set(['of', 'a', 'one', 'two']);
const ARTICLES_ES = new Set(['el', 'la', 'los', 'las']);
const BODY_SITES_ES = new Set([
  'hipocondrio',
  'fosa',
  'epigastrio',
  'mesogastrio',
  'hipogastrio',
  'flanco',
  'hemitorax',
  'hemiabdomen',
  'region',
  'zona',
  'miembro',
  'miembros',
  'extremidad',
  'extremidades',
  'pierna',
  'brazo',
  'rodilla',
  'tobillo',
  'muneca',
  'hombro',
  'cadera',
  'espalda',
  'cuello',
  'torax',
  'abdomen',
  'pecho',
  'columna',
]);
const SITE_ADJECTIVE_ES =
  /^(?:derech[oa]|izquierd[oa]|iliaca|lumbar|dorsal|cervical|inferior(?:es)?|superior(?:es)?|bilateral|anterior|posterior)$/;

/** Last token of a condition's stage or grade ("stage 3a", "grado II") or a fever's temperature, or last. */
export function measureAfter(tokens: readonly Token[], first: number, last: number): number {
  const where = whereAfter(tokens, last);
  if (where > last) return where;
  const next = tokens[last + 1];
  if (!onLine(next)) return last;
  if (next.kind === 'word' && STAGES.has(next.key)) {
    const value = tokens[last + 2];
    if (!onLine(value)) return last;
    if (value.kind === 'word' && ROMAN.test(value.key)) return last + 2;
    if (value.kind !== 'number') return last;
    // "3a", "3 b": a letter glued to the number is the sub-stage.
    const letter = tokens[last + 3];
    return letter?.kind === 'word' && letter.start === value.end && /^[a-c]$/.test(letter.key) ? last + 3 : last + 2;
  }
  if (LEAVES.has(tokens[first]!.key)) return leaveLength(tokens, last);
  if (PREGNANCIES.has(tokens[last]!.key))
    return Math.max(last, amountAfter(tokens, last + 1, PREGNANCY_LEADS, PREGNANCY_UNITS));
  if (WEIGHT_CHANGES.has(tokens[last]!.key) && first < last) {
    return Math.max(last, amountAfter(tokens, last + 1, WEIGHT_LEADS, WEIGHT_UNITS));
  }
  if (!FEVERS.has(tokens[first]!.key)) return last;
  let j = last + 1;
  if (next.kind === 'word' && (next.key === 'de' || next.key === 'of')) j++;
  const numberLast = numberEnd(tokens, j);
  if (numberLast < 0) return last;
  const degrees = Number.parseFloat(
    tokens
      .slice(j, numberLast + 1)
      .map((t) => t.text)
      .join('')
      .replace(',', '.'),
  );
  // 34-42 °C or 94-107 °F: a body temperature, with or without its unit.
  if (!((degrees >= 34 && degrees <= 42) || (degrees >= 94 && degrees <= 107))) return last;
  let end = numberLast;
  if (tokens[end + 1]?.text === '°' || tokens[end + 1]?.text === 'º') end++;
  const scale = tokens[end + 1];
  if (onLine(scale) && scale.kind === 'word' && (scale.key === 'c' || scale.key === 'f')) end++;
  return end;
}
