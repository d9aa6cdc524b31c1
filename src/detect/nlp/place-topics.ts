import { PhraseIndex } from './phrase-index.js';
import type { TokenSpan } from './token-span.js';
import type { Token } from './tokenize.js';

/**
 * Places a sentence talks about rather than anyone's whereabouts: the subject of a figure that moved ("house prices
 * in Bristol rose 4%", "el paro en Jaén bajó al 17%"), the weather somewhere ("temperatures in Seville will hit
 * 40C"), a clock ("9am London time", "hora de Madrid", "Europe/Madrid"), an event or a club named with a town ("Web
 * Summit Lisbon", "Real Betis"), a cloud region ("eu-west-1 (Ireland)") and a general question about a place ("the
 * capital of Peru"). A strong cue ("lives in") is checked by the caller first.
 */

const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** Tokens either side of a place searched for the figure of its sentence. */
const FIGURE_REACH = 16;

/** Verbs and nouns of a figure that moved, English and Spanish, folded. */
const TREND_WORDS = new Set([
  'rose',
  'rise',
  'rises',
  'risen',
  'fell',
  'fall',
  'falls',
  'fallen',
  'grew',
  'grow',
  'grows',
  'growth',
  'increased',
  'increase',
  'increases',
  'decreased',
  'decrease',
  'declined',
  'decline',
  'dropped',
  'drop',
  'jumped',
  'climbed',
  'slipped',
  'subio',
  'subieron',
  'sube',
  'suben',
  'bajo',
  'bajaron',
  'baja',
  'bajan',
  'crecio',
  'crecieron',
  'crece',
  'crecen',
  'cayo',
  'cayeron',
  'cae',
  'caen',
  'aumento',
  'aumentaron',
  'disminuyo',
  'disminuyeron',
  'descendio',
]);

/** Words of weather and climate. */
const WEATHER_WORDS = new Set([
  'weather',
  'forecast',
  'rain',
  'rainfall',
  'snow',
  'storm',
  'storms',
  'heatwave',
  'temperature',
  'temperatures',
  'flood',
  'floods',
  'flooding',
  'lluvia',
  'lluvias',
  'nieve',
  'tormenta',
  'tormentas',
  'temperatura',
  'temperaturas',
  'inundaciones',
  'prevision',
  'calor',
]);

/** Nouns of a business figure: with an amount or a rate in the sentence, the place is the figure's segment. */
const METRIC_NOUNS = new Set([
  'revenue',
  'revenues',
  'sales',
  'turnover',
  'profit',
  'margin',
  'ebitda',
  'bookings',
  'ventas',
  'facturacion',
  'ingresos',
  'beneficio',
  'margen',
]);

/** Currency codes and symbols of an amount. */
const MONEY = new Set([
  'eur',
  'usd',
  'gbp',
  'mxn',
  'cop',
  'clp',
  'brl',
  '€',
  '$',
  '£',
  'm',
  'k',
  'million',
  'millones',
]);

/** A figure that moved or the weather in the place's sentence: "prices in Bristol rose 4%", "rain in Leeds". */
export function sentenceTopic(tokens: readonly Token[], span: TokenSpan): boolean {
  let seen = 0;
  for (let k = span.first - 1; k >= 0 && k >= span.first - FIGURE_REACH; k--) {
    if (SENTENCE_ENDS.has(tokens[k]!.text) || tokens[k + 1]!.lineStart) break;
    seen |= topicWords(tokens, k);
  }
  for (let k = span.last + 1; k < tokens.length && k <= span.last + FIGURE_REACH; k++) {
    if (tokens[k]!.lineStart || (SENTENCE_ENDS.has(tokens[k]!.text) && !decimal(tokens, k))) break;
    seen |= topicWords(tokens, k);
  }
  if ((seen & WEATHER) !== 0) return true;
  if ((seen & TREND) !== 0 && (seen & FIGURE) !== 0) return true;
  return (seen & METRIC) !== 0 && (seen & (MONEY_BIT | FIGURE)) !== 0;
}

// What tokens[k] says about its sentence, as bits (a module function: sentenceTopic runs once per place found).
const TREND = 1;
const FIGURE = 2;
const WEATHER = 4;
const METRIC = 8;
const MONEY_BIT = 16;

function topicWords(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  let bits = 0;
  if (TREND_WORDS.has(t.key)) bits |= TREND;
  if (METRIC_NOUNS.has(t.key)) bits |= METRIC;
  if (MONEY.has(t.key) && (t.kind === 'punct' || tokens[k - 1]?.kind === 'number' || tokens[k + 1]?.kind === 'number'))
    bits |= MONEY_BIT;
  if (WEATHER_WORDS.has(t.key)) bits |= WEATHER;
  if ((t.text === '%' || t.key === 'percent' || t.key === 'pct') && t.key !== 'por') bits |= FIGURE;
  return bits;
}

function decimal(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k - 1]?.kind === 'number' && tokens[k + 1]?.kind === 'number' && tokens[k - 1]!.end === tokens[k]!.start
  );
}

/** Words after a place that make it a clock ("London time", "Madrid time zone"). */
const CLOCK_AFTER = new Set(['time', 'timezone']);

/** Words of an event named with its town ("Web Summit Lisbon", "Feria de Abril"), before or after it. */
const EVENT_WORDS = new Set([
  'summit',
  'expo',
  'con',
  'conference',
  'congress',
  'congreso',
  'forum',
  'festival',
  'fair',
  'feria',
  'marathon',
  'maraton',
  'open',
  'week',
  'prix',
]);

/**
 * Words after a place that make it part of a thing's name: an exercise ("an Oslo adduction", "Stockholm
 * planks"), a pay rate or allowance of a region ("London weighting", "the Oxford Living Wage").
 */
const THING_AFTER = new Set([
  'plank',
  'planks',
  'adduction',
  'adductions',
  'squat',
  'squats',
  'lunge',
  'lunges',
  'deadlift',
  'deadlifts',
  'weighting',
  'wage',
  'wages',
]);

/** Words between a place and the wage it names ("the Oxford Living Wage", "the Bristol minimum wage"). */
const WAGE_WORDS = new Set(['living', 'minimum', 'real']);

/** Words before a trial site's or a study centre's number ("Site 305 (Leipzig)", "Centro 07 - Sevilla"). */
const SITE_WORDS = new Set(['site', 'sites', 'centre', 'center', 'centro', 'sitio', 'centres', 'centers']);

/** Clubs named with their town: words before ("Real Betis", "Atlético") and after ("Leeds United"). */
const CLUB_BEFORE = new Set(['real', 'atletico', 'athletic', 'sporting', 'deportivo', 'racing', 'inter', 'olympique']);
const CLUB_AFTER = new Set(['united', 'fc', 'cf', 'rovers', 'wanderers', 'hotspur', 'albion', 'athletic']);

/** A cloud region's code just before a bracket: "eu-west-1 (Ireland)", "europe-west3 (Frankfurt)". */
const CLOUD_REGION_BEFORE = /\b(?:[a-z]{2}-[a-z]+-\d|[a-z]+-[a-z]+\d)\s*\($/;

/** A clock, an event, a club, a time zone's name or a cloud region named by the place. */
export function namedAfterPlace(text: string, tokens: readonly Token[], span: TokenSpan): boolean {
  const before = tokens[span.first - 1];
  const after = tokens[span.last + 1];
  const sameLineAfter = after !== undefined && !after.lineStart;
  const sameLineBefore = before !== undefined && !tokens[span.first]!.lineStart;
  if (sameLineAfter && after.kind === 'word' && CLOCK_AFTER.has(after.key)) return true;
  if (sameLineAfter && after.kind === 'word' && thingAfter(tokens, span.last + 1)) return true;
  if (sameLineBefore && numberedSite(tokens, span.first)) return true;
  // "Europe/Madrid", "America/Bogota": an IANA time zone.
  if (sameLineAfter && after.text === '/' && after.start === tokens[span.last]!.end) {
    const city = tokens[span.last + 2];
    if (city?.cap && city.start === after.end) return true;
  }
  if (sameLineBefore && before.kind === 'word' && before.cap && EVENT_WORDS.has(before.key)) return true;
  if (sameLineAfter && after.kind === 'word' && after.cap && EVENT_WORDS.has(after.key)) return true;
  if (sameLineBefore && before.kind === 'word' && before.cap && CLUB_BEFORE.has(before.key)) return true;
  if (sameLineAfter && after.kind === 'word' && after.cap && CLUB_AFTER.has(after.key)) return true;
  // "hora de Madrid", "horario de Canarias".
  if (before?.key === 'de' && (tokens[span.first - 2]?.key === 'hora' || tokens[span.first - 2]?.key === 'horario'))
    return true;
  const at = tokens[span.first]!.start;
  return CLOUD_REGION_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

/** "the Oslo adduction", "Oxford Living Wage": the words from k on name a thing the place is part of. */
function thingAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 2 && WAGE_WORDS.has(tokens[j]?.key ?? '') && !tokens[j + 1]?.lineStart) j++;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !THING_AFTER.has(t.key)) return false;
  // A wage word alone ("London wages") needs "living" or "minimum" before it only when capitalised as a name.
  return j > k || !t.key.startsWith('wage') || t.cap;
}

/** "Site 305 (Leipzig)", "Centre 04 – Lyon": a numbered study site, then its town in brackets or after a dash. */
function numberedSite(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (!['(', '-', '–', ':', ','].includes(tokens[k]?.text ?? '')) return false;
  k--;
  if (tokens[k]?.kind !== 'number') return false;
  k--;
  if (tokens[k]?.text === '#' || tokens[k]?.key === 'no') k--;
  const word = tokens[k];
  return word !== undefined && word.kind === 'word' && SITE_WORDS.has(word.key);
}

/** Phrases before a place asked about as a topic ("the capital of Peru", "la población de Jaén"). */
const TOPIC_BEFORE = [
  'capital of',
  'population of',
  'economy of',
  'history of',
  'geography of',
  'climate of',
  'map of',
  'flag of',
  'gdp of',
  'tourism in',
  'things to do in',
  'capital de',
  'poblacion de',
  'economia de',
  'historia de',
  'geografia de',
  'clima de',
  'mapa de',
  'bandera de',
  'pib de',
  'turismo en',
  'que ver en',
  'attractions in',
  'places to visit in',
  'sights in',
  'venue in',
  'conference in',
  'congress in',
  'summit in',
  'trade fair in',
  'lugares que visitar en',
  'congreso en',
  'feria en',
  // A policy's or an advisory's rule for whoever goes there, no one in particular.
  'travellers to',
  'travelers to',
  'visitors to',
  'trips to',
  'viajeros a',
  'viajeros con destino a',
  'quienes viajen a',
  'visitantes de',
  // The office a document was issued at ("passport issued Pune 2019", "expedido en Quito").
  'issued',
  'issued in',
  'issued at',
  'place of issue',
  'expedido en',
  'expedida en',
  'emitido en',
  'emitida en',
  // A question of law in a jurisdiction ("is this clause enforceable in Peru", "¿es válida en Uruguay?").
  'legal in',
  'illegal in',
  'lawful in',
  'unlawful in',
  'enforceable in',
  'unenforceable in',
  'allowed in',
  'permitted in',
  'valid in',
  'the law in',
  'laws in',
  'legal en',
  'ilegal en',
  'licito en',
  'licita en',
  'valido en',
  'valida en',
  'permitido en',
  'permitida en',
  'la ley en',
  'las leyes en',
  'la normativa en',
  'la legislacion en',
];

const topics = new PhraseIndex<true>();

for (const phrase of TOPIC_BEFORE) topics.add(phrase, true);

/** Words between the places of a list ("Dakar, Bamako or Niamey", "Cusco y Puno"). */
const LIST_JOINERS = new Set([',', 'and', 'or', 'y', 'o', 'e', '&']);

/** Tokens back searched for the head of a list a place stands in. */
const LIST_REACH = 12;

/**
 * "What is the capital of Peru?", "la historia de Cádiz", "travellers to Dakar, Bamako or Niamey": a place asked about
 * or a rule's destination, not anyone's. A later place of a list counts as the first one does.
 */
export function topicBefore(tokens: readonly Token[], span: TokenSpan): boolean {
  if (topics.endsBefore(tokens, span.first, 5) !== undefined) return true;
  let joined = false;
  for (let k = span.first - 1; k >= 0 && k >= span.first - LIST_REACH; k--) {
    const t = tokens[k]!;
    if (tokens[k + 1]!.lineStart) return false;
    if (LIST_JOINERS.has(t.key) || LIST_JOINERS.has(t.text)) {
      joined = true;
      continue;
    }
    if (t.kind !== 'word' || !t.cap) return false;
    // The first word of an earlier item of the list: a topic phrase before it heads the whole list.
    if (joined && !tokens[k - 1]?.cap && topics.endsBefore(tokens, k, 5) !== undefined) return true;
  }
  return false;
}
