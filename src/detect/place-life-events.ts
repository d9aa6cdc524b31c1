import { clauseBefore } from './place-clause.js';

/**
 * Towns of a record's life events rather than of anyone's home: a birthplace appended to a person's entry ("Tenant:
 * Ivo Marsh, born 2 April 1984 in Tarragona", "Socio: ..., nacido el 11/01/1979 en Tudela", "Fecha de nacimiento:
 * 02/02/1975, en Mérida"), the place of a death in an estate file ("fallecido el 2/3/2026 en Benavente") and the town a
 * Colombian identity card was issued in ("C.C. 1.034.221.908 de Pereira"). A birthplace told as a narrative ("She
 * was born in", "Born 9 May 1950 in Tynemouth.") or given by the writer ("me llamo ..., nacida en Tudela") stays,
 * and a death "at home in" a town keeps it.
 */

/** Words of a date between an event and its place ("on 2 April 1984", "el 11 de enero de 1979", "02/02/1975,"). */
const DATE_WORD = String.raw`(?:\p{N}+(?:[./-]\p{N}+)*|on|the|of|el|de|del|día|dia|(?:jan|feb|mar|apr|abr|may|jun|jul|aug|ago|sep|oct|nov|dec|dic|ene)\p{L}*)`;

/** A birth or death word, then at most a date's words, then the preposition right before the place. */
const EVENT_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(born|nacid[oa]s?|nacimiento|fallecid[oa]|falleci[óo]|muri[óo]|died|deceased|passed away)` +
    String.raw`((?:[\s:,]+${DATE_WORD}){0,6}|[\s,]+at\s+home|[\s,]+en\s+su\s+(?:casa|domicilio))[\s,:]+(?:in|en|at)[ \t]+$`,
  'iu',
);

const DEATH = /^(?:fallecid[oa]|falleci[óo]|muri[óo]|died|deceased|passed away)$/iu;

/** Words between a death word and its place that make the place a home ("died at home in Tynemouth", "en su domicilio de"). */
const HOME_WORDS = /(?:^|[^\p{L}])(?:home|house|casa|domicilio|residencia)(?:[^\p{L}]|$)/iu;

/** The writer's own words: a first-person record of one's birth stays the writer's to give. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:i|i'm|i’m|me|my|mi|yo|nac[íi])(?:[^\p{L}]|$)/iu;

/**
 * A birth word set after a comma, as an apposition to a record's name ("Ivo Marsh, DNI ..., nacida el"), or the birth
 * date's own label ("Fecha de nacimiento:"). A narrative ("She was born in", "Born 9 May 1950 in") tells a life.
 */
const APPOSITION = /,[ \t]*$/u;

/** "C.C. 1.034.221.908 de", "cédula 80.112.457 expedida en": the town that issued an identity card. */
const CARD_ISSUED =
  /(?:^|[^\p{L}])(?:c\.?\s?c\.?|c[ée]dula(?:\s+de\s+ciudadan[íi]a)?|t\.?\s?i\.?)\s*(?:n[º°o.]*\s*)?\d[\d.,\s]{4,14}\d\s+(?:de|expedida\s+en)\s+$/iu;

/** Whether the bare place starting at `start` is a record's birthplace, a death's place or an ID card's issuing town. */
export function lifeEventPlace(text: string, start: number): boolean {
  // The card's abbreviation carries full stops ("C.C. 1.034.221.908 de"): read it on the place's line.
  if (CARD_ISSUED.test(text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 80), start))) return true;
  const clause = clauseBefore(text, start);
  const m = EVENT_BEFORE.exec(clause);
  if (m === null) return false;
  if (DEATH.test(m[1]!)) return !HOME_WORDS.test(m[2]!);
  const before = clause.slice(0, m.index + m[0].indexOf(m[1]!));
  const record = APPOSITION.test(before) || /^nacimiento$/iu.test(m[1]!);
  return record && !FIRST_PERSON.test(clause);
}
