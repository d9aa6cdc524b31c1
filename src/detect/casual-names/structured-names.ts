import { foldKey } from '../nlp/fold.js';
import { findRecordNames } from './record-names.js';

/**
 * Names that a machine format puts in a fixed place, whatever their case or how rare they are:
 *
 * - HL7 v2 messages: the patient's name in PID-5 (family^given^middle), the mother's maiden name (PID-6), the next of
 *   kin (NK1-2), the guarantor (GT1-3), the insured (IN1-16), and the clinicians of a visit (PV1-7/8/9/17, each
 *   id^family^given^middle). "PID|1||X^^^H^MR||NDLOVU^THANDI^M" names Thandi Ndlovu.
 * - X12 NM1 segments of a person (NM102 = 1): last, first and middle name (NM103-NM105).
 * - FHIR HumanName objects: "family": "...", "given": ["...", "..."] (both keys in the text, as a HumanName has them;
 *   a lone "family" key is as often a font or a product family).
 * - Chat exports: "[14:02, 03/05/2026] Name: ..." or "03/05/2026, 14:02 - Name: ..." (WhatsApp), "[03/05 14:02] Name:"
 *   and "[14:02] Name:" (copies that leave out the year or the day), "Name, [03.05.2026 14:02]" (Telegram), the sender
 *   perhaps followed by a saved label in brackets ("Name (work): ..."). Two such lines make the text an export; each
 *   sender whose words are capitalised, none a digit, an ordinary word or a role ("Agente", "Support"), is a person,
 *   on every line it sends, where its full name is written again, and where the given name of a full name is said
 *   alone.
 */
export interface NameSpan {
  start: number;
  end: number;
  type: string;
}

// Fields holding a person's name (XPN: family first) or a clinician (XCN: an id, then family), by segment.
const HL7_XPN: Record<string, readonly number[]> = { PID: [5, 6, 9], NK1: [2], GT1: [3], IN1: [16] };
const HL7_XCN: Record<string, readonly number[]> = { PV1: [7, 8, 9, 17], ORC: [12], OBR: [16] };
const HL7_LINE = /^(PID|NK1|GT1|IN1|PV1|ORC|OBR)\|.*$/gm;
// One name component: letters, with inner apostrophes, hyphens, dots and spaces.
const NAME_PART = /^\p{L}[\p{L}\p{M}'’. -]{0,40}$/u;

function hl7Names(text: string, out: NameSpan[]): void {
  if (!text.includes('|')) return;
  for (const m of text.matchAll(HL7_LINE)) {
    const seg = m[1]!;
    const fields = m[0].split('|');
    const picks: Array<[number, number]> = [
      ...(HL7_XPN[seg] ?? []).map((f): [number, number] => [f, 0]),
      ...(HL7_XCN[seg] ?? []).map((f): [number, number] => [f, 1]),
    ];
    for (const [index, familyAt] of picks) {
      const field = fields[index];
      if (!field) continue;
      let at = m.index! + fields.slice(0, index).join('|').length + 1;
      for (const rep of field.split('~')) {
        const parts = rep.split('^');
        // family, given, middle: the span runs from the family name to the last of them that is written.
        let first = -1;
        let last = -1;
        let offset = 0;
        for (let c = 0; c < parts.length; c++) {
          const part = parts[c]!;
          if (c >= familyAt && c <= familyAt + 2 && part !== '') {
            if (!NAME_PART.test(part)) break;
            if (c === familyAt) first = at + offset;
            if (first >= 0) last = at + offset + part.length;
          }
          offset += part.length + 1;
        }
        // A family name alone counts; a given name needs its family name before it.
        if (first >= 0 && last > first) out.push({ start: first, end: last, type: 'HL7_NAME' });
        at += rep.length + 1;
      }
    }
  }
}

// X12 (837 claims, 834 enrolments, 270/271 eligibility): "NM1*IL*1*NOVAK*TEREZA*J~" names a person when NM102, the
// entity type qualifier, is 1 (2 is a firm); NM103-NM105 are the last, first and middle names. The element separator
// is whatever follows "NM1" (ISA sets it; "*" and "|" are usual).
const X12_NM1 = /(?:^|[~\n'])[ \t]*NM1([*|^])[A-Z0-9]{2,3}\1 ?1\1([^~\n]*)/g;

function x12Names(text: string, out: NameSpan[]): void {
  if (!text.includes('NM1')) return;
  for (const m of text.matchAll(X12_NM1)) {
    const sep = m[1]!;
    let at = m.index! + m[0].length - m[2]!.length;
    const elements = m[2]!.split(sep);
    for (let k = 0; k < 3 && k < elements.length; k++) {
      const value = elements[k]!;
      const trimmed = value.trim();
      if (trimmed !== '' && NAME_PART.test(trimmed)) {
        const start = at + value.indexOf(trimmed);
        out.push({ start, end: start + trimmed.length, type: 'X12_NAME' });
      }
      at += value.length + 1;
    }
  }
}

const FHIR_FAMILY = /"family"\s*:\s*"([^"\\\n]{1,60})"/g;
const FHIR_GIVEN = /"given"\s*:\s*\[([^\]\n]{0,200})\]/g;
const JSON_STRING = /"([^"\\\n]{1,40})"/g;

function fhirNames(text: string, out: NameSpan[]): void {
  if (!text.includes('"family"') || !text.includes('"given"')) return;
  for (const m of text.matchAll(FHIR_FAMILY)) {
    const value = m[1]!;
    if (!NAME_PART.test(value)) continue;
    const start = m.index! + m[0].length - 1 - value.length;
    out.push({ start, end: start + value.length, type: 'FHIR_NAME' });
  }
  for (const m of text.matchAll(FHIR_GIVEN)) {
    const listStart = m.index! + m[0].indexOf('[') + 1;
    for (const s of m[1]!.matchAll(JSON_STRING)) {
      if (!NAME_PART.test(s[1]!)) continue;
      const start = listStart + s.index! + 1;
      out.push({ start, end: start + s[1]!.length, type: 'FHIR_NAME' });
    }
  }
}

// Protocol-buffer text format and YAML flow maps: 'name { given: "Ottilie" family: "Brandvold" }'. Unquoted keys, each
// value quoted; both keys must be in the text, as for FHIR.
const TEXT_FAMILY = /(?<![\p{L}\p{N}_"])family\s*:\s*"([^"\\\n]{1,60})"/gu;
const TEXT_GIVEN = /(?<![\p{L}\p{N}_"])given\s*:\s*"([^"\\\n]{1,60})"/gu;

function textFormatNames(text: string, out: NameSpan[]): void {
  if (!text.includes('family') || !text.includes('given')) return;
  const halves: NameSpan[][] = [[], []];
  [TEXT_FAMILY, TEXT_GIVEN].forEach((re, half) => {
    for (const m of text.matchAll(re)) {
      const value = m[1]!;
      if (!NAME_PART.test(value)) continue;
      const start = m.index! + m[0].length - 1 - value.length;
      halves[half]!.push({ start, end: start + value.length, type: 'FIELD_NAME' });
    }
  });
  // Both halves of a name: a lone "family:" is as often a font family or a product line.
  if (halves[0]!.length > 0 && halves[1]!.length > 0) out.push(...halves[0]!, ...halves[1]!);
}

// "[14:02, 03/05/2026] ", "[03/05/26 14:02:11] ", "[03/05 14:02] ", "[14:02] ", "03/05/2026, 14:02 - ": the stamp of an
// exported message (WhatsApp, Signal, Teams and Slack copies; a bracketed stamp may leave out the year or the day).
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[aApP]\.?[mM]\.?)?`;
const DAY = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}`;
const SHORT_DAY = String.raw`\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?`;
const SENDER = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})`;
const WA_LINE = new RegExp(
  String.raw`^[ \t]*(?:\[(?:${CLOCK},[ \t]*${SHORT_DAY}|${SHORT_DAY},?[ \t]+${CLOCK}|${CLOCK})\][ \t]*|${DAY},?[ \t]+${CLOCK}[ \t]+[-–][ \t]+)` +
    SENDER +
    // A display name may end in emoji ("Ana Ruiz 🌸:") or a bracketed note ("Ana Ruiz (work):").
    String.raw`(?:[ \t]*[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+)?(?:[ \t]+\([^()\n]{1,40}\))?[ \t]?:[ \t]`,
  'gmud',
);
// Telegram's copy of several messages: "Ana Ruiz, [06.12.2026 14:02]" on a line of its own, the message below.
const TELEGRAM_LINE = new RegExp(
  String.raw`^[ \t]*${SENDER},[ \t]*\[(?:${SHORT_DAY}[ \t]+${CLOCK}|${CLOCK})\][ \t]*\r?$`,
  'gmud',
);

// Words of a business account or a staff role saved as the sender ("Farmacia Centro", "Asesora Cobros", "Pharmacy
// Team"): the account of a firm, not a person. Folded.
const ACCOUNT_WORDS = new Set(
  (
    'farmacia pharmacy chemist clinica clinic consultorio optica opticians veterinaria vets taller garage hotel banco ' +
    'bank seguros insurance tienda shop store delivery reparto pedidos orders asesor asesora asesores agente agent ' +
    'soporte support atencion servicio service ventas sales cartera cobros cobranza recepcion reception oficina office ' +
    'admin administracion equipo team info notificaciones alerts bot academia colegio school escuela gimnasio gym ' +
    // A department's display name on a firm's (or a phisher's) mail: "Billing", "Account Security", "Facturación".
    'billing payments payment accounts account security notifications noreply helpdesk facturacion pagos cuentas ' +
    'seguridad avisos ' +
    // A practice or a trade saved under its trade and its district ("Fisio Centro", "Taxi Norte", "Dental Sur").
    'fisio fisioterapia physio physiotherapy dental dentista veterinario vet podologia peluqueria salon taxi ' +
    'autoescuela inmobiliaria gestoria asesoria mudanzas fontaneria cerrajeria lavanderia catering nails ' +
    // The role a help desk's export writes as the sender of a line ("End-user", "Customer", "Visitor").
    'end-user enduser user customer visitor requester requestor guest usuario usuaria cliente visitante'
  ).split(' '),
);

const CLOCK_HINT = /\d:\d\d/;

/**
 * Whether a sender's words could be a person's name: capitalised, no account or role word, and no ordinary word unless
 * another word of the name is a listed given or family name that is none ("Sole Urrutia", "Coral Benítez", "Unai Sordo": a
 * nickname or a family name that is also a word, beside a name).
 */
function senderName(name: string, isWord: (word: string) => boolean, isListedName: (word: string) => boolean): boolean {
  const words = name.split(' ');
  if (words.some((w) => w.length < 2 || w.endsWith('.') || w === w.toUpperCase())) return false;
  if (words.some(isWord) && (words.length < 2 || !words.some(isListedName))) return false;
  return !words.some((w) => ACCOUNT_WORDS.has(foldKey(w)));
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}_@]/u;

/**
 * Other mentions of a chat's senders: a sender's full name written inside a message, and the given name of a sender
 * with two or more words said alone ("lo siento, Ana", "Ana, ¿puedes...?"), whole words only; the same person.
 */
function senderMentions(text: string, found: readonly NameSpan[], out: NameSpan[]): void {
  const names = new Set<string>();
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    names.add(name);
    const space = name.indexOf(' ');
    if (space >= 3) names.add(name.slice(0, space));
  }
  const starts = new Set(found.map((f) => f.start));
  // Longest first, so that a full name is taken before its given name.
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  for (const name of sorted) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (starts.has(at)) continue;
      if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
      if (end < text.length && LETTER_OR_DIGIT.test(text[end]!)) continue;
      // "Ana Ruiz" again, or "Ana" inside another person's full name ("Ana Ruiz", "Ana Gil"): taken once.
      if (taken.some(([s, e]) => s < end && at < e)) continue;
      // "Ana Ruiz Gil", "Ana Gil": part of a longer or another name, which the name finders read whole.
      if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) continue;
      taken.push([at, end]);
      out.push({ start: at, end, type: 'CHAT_SENDER' });
    }
  }
}

function whatsappSenders(
  text: string,
  out: NameSpan[],
  isWord: (word: string) => boolean,
  isListedName: (word: string) => boolean,
): void {
  // Every stamp holds a clock: texts without one are skipped before the line scan.
  if (!CLOCK_HINT.test(text)) return;
  const found: NameSpan[] = [];
  for (const re of [WA_LINE, TELEGRAM_LINE]) {
    for (const m of text.matchAll(re)) {
      if (!senderName(m[1]!, isWord, isListedName)) continue;
      const [start, end] = m.indices![1]!;
      found.push({ start, end, type: 'CHAT_SENDER' });
    }
  }
  if (found.length < 2) return;
  out.push(...found);
  senderMentions(text, found, out);
}

// "From: Ngaio Eze-Lindahl <s123@uni.example>": the display name before an address in a mail header line.
const MAIL_HEADER = new RegExp(
  String.raw`^[ \t>]*(?:From|To|Cc|CC|Bcc|Reply-To|Sender|De|Para|Von|An)[ \t]*:[ \t]*("?)` +
    String.raw`(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){1,3})\1[ \t]*<[^<>\s@]+@[^<>\s]+>`,
  'gmud',
);

function mailDisplayNames(text: string, out: NameSpan[], isWord: (word: string) => boolean): void {
  if (!text.includes('@') || !text.includes('<')) return;
  for (const m of text.matchAll(MAIL_HEADER)) {
    const words = m[2]!.split(/[ \t]/);
    if (words.some((w) => w.length < 2 || w === w.toUpperCase() || isWord(w) || ACCOUNT_WORDS.has(foldKey(w))))
      continue;
    const [start, end] = m.indices![2]!;
    out.push({ start, end, type: 'MAIL_DISPLAY_NAME' });
    // The same full name written again (a signature under the mail) is the same person.
    for (let at = text.indexOf(m[2]!, end); at >= 0; at = text.indexOf(m[2]!, at + 1)) {
      const before = text[at - 1];
      const after = text[at + m[2]!.length];
      if (
        (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
        (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      )
        out.push({ start: at, end: at + m[2]!.length, type: 'MAIL_DISPLAY_NAME' });
    }
  }
}

/**
 * Names in the fixed places of HL7 v2 messages, FHIR HumanNames, WhatsApp exports and mail headers, and of the records
 * record-names.ts reads (reservations, directory and logon records, study logs, social exports). isSenderWord tells
 * the words a chat sender may not hold (by default isWord's): a given name that is also a town ("Rosario") may.
 */
export function findStructuredNames(
  text: string,
  isWord: (word: string) => boolean,
  isSenderWord: (word: string) => boolean = isWord,
  isListedName: (word: string) => boolean = () => false,
): NameSpan[] {
  const out: NameSpan[] = [];
  hl7Names(text, out);
  x12Names(text, out);
  fhirNames(text, out);
  textFormatNames(text, out);
  whatsappSenders(text, out, isSenderWord, isListedName);
  mailDisplayNames(text, out, isWord);
  findRecordNames(text, out, isWord);
  return out;
}
