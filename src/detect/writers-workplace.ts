import type { Finding } from './types.js';

/**
 * The town of the writer's own work, told in the sentence that frames a request: "I work at a shipping agent's in
 * Bremerhaven", "Trabajo en el archivo de una diputación en Cuenca", "Soy gestora en Ponferrada", "Tengo una ferretería en
 * Lugo". It is where an organisation sits (a firm's office city), not where a person the text is about lives: a bare
 * place so framed is not reported, whatever else the text holds. A sentence about a home, a move, a birth, a family
 * or a stay keeps its place ("soy Ana y vivo en", "I'm a nurse and moved to"), and so does a name after "soy".
 */

/** The first person at work before the place, then "in"/"en"/"at" right before it (the sentence's own words only). */
const WRITER_AT_WORK =
  /(?:^|[^\p{L}])(?:I work(?:ed)? (?:at|in|for|as)|I run|I own|I manage|I['’]m an? [\p{L}-]+|[Tt]rabaj(?:o|é|amos|aba) (?:en|para|como)|[Ss]oy \p{Ll}+|[Ss]omos \p{Ll}+|[Tt]engo (?:un|una)|[Tt]enemos (?:un|una)|[Ll]levo (?:un|una)|[Dd]irijo (?:un|una)|[Gg]estiono (?:un|una))(?:(?![.\n!?;])[\s\S])*?[ \t](?:in|en|at)[ \t]+$/u;
/** Words that make the place someone's: a home, a move, a birth, a family, a stay. */
const PERSONAL_PLACE =
  /(?:^|[^\p{L}])(?:viv|live|living|resid|nac|born|mud|moved|from|casa|home|house|piso|flat|(?<!de )famil|hij|son|daughter|mum|mom|madre|padre|estoy|estamos|staying|visit|vacaciones|holiday|viaje|trip)/iu;
/** How far before the place the framing may start. */
const REACH = 120;

/** Whether the bare place `f` is the town of the writer's own work or business. */
export function writersWorkplace(text: string, f: Finding): boolean {
  const from = Math.max(0, f.start - REACH);
  const before = text.slice(from, f.start);
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '));
  const sentence = cut < 0 ? before : before.slice(cut + 1);
  const m = WRITER_AT_WORK.exec(sentence);
  return m !== null && !PERSONAL_PLACE.test(m[0]);
}
