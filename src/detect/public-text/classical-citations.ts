import type { Finding } from '../types.js';

/**
 * A citation of a classical, legal or scriptural source names its author and locates a passage, in any genre (study
 * notes, a sermon, an essay, a judgment): "Gayo, Inst. 3.139", "Seneca, Ep. 47.1", "D. 18.6.8 pr. (Paulo)",
 * "Juan 3:16-21; Lucas 15:11". The author is long dead (or a book), and the work's abbreviation ("Inst", "Ep") is no
 * one at all. A name found in such a place is dropped:
 * - right before a work's abbreviation and a locus of dotted numbers ("Ulpiano, D. 1.1.10");
 * - as the work's abbreviation itself, before its locus ("Inst. 3.139");
 * - in brackets right after a locus ("D. 18.6.8 pr. (Paulo)");
 * - a book of the Bible before a chapter and verse ("Mateo 5:1-12"), where the text speaks of readings, a sermon or
 *   verses (a chat's "Mark 10:02" is a sender and a time).
 */

/**
 * Quick screen: a work's abbreviation and a dotted locus ("Ep. 47.1"), or a chapter and verse ("Luke 15:4"). Each
 * is written locus first, the capitalised word read back by a look-behind from the locus's end: opened on the
 * capital, V8 tried the letters at every capital of the text; opened on a digit, it skips to the digits (fifteen
 * times faster over the shared texts, same texts matched).
 */
const SCREEN =
  /\d{1,4}[a-z]?\.\d(?<=\p{Lu}\p{L}{0,7}\.[ \t]?\d{1,4}[a-z]?\.\d)|\d{1,3}:\d{1,3}(?<=\p{Lu}\p{L}{1,12}[ \t]\d{1,3}:\d{1,3})/u;

/**
 * After an author: a comma, a work's abbreviation and a dotted locus. The abbreviation is a capitalised word with
 * small letters ("Inst.", "Ep.", "Ench.") but not an id's or a contact's mark ("Tel.", "Ref.", "Cta."), or the
 * Digest's "D." before a locus of three parts or more ("D. 18.6.8"): a cédula after "C.C." or "CI" is no locus.
 */
const WORK_AFTER =
  /^,?[ \t]+(?:(\p{Lu}\p{Ll}{1,7})\.[ \t]?\d{1,4}[a-z]?(?:\.\d{1,4}[a-z]?)+|D\.[ \t]?[1-5]?\d(?:\.\d{1,3}){2,3})(?![\d.]\d)/u;
/** Marks of an id, a number or a contact that a capitalised abbreviation may also be. */
const NOT_A_WORK = new Set(
  'tel tfno telf fax num núm cta ref exp doc dni nif nie pas pag pág cel mov móv ced céd ext art no nr nro núm vol cap sec'.split(
    ' ',
  ),
);
/** After a work's abbreviation: its dot and a dotted locus. */
const LOCUS_AFTER = /^\.[ \t]?\d{1,4}[a-z]?(?:\.\d{1,4}[a-z]?)+/u;
/** Before a bracketed author: a dotted locus (and "pr." or "in fine"), then the opening bracket. */
const LOCUS_BEFORE = /\d{1,4}(?:\.\d{1,4})+(?:[ \t]?(?:pr|in fine|i\.f)\.?)?[ \t]*\($/u;
/** Books of the Bible, as a reading list or a sermon cites them ("Juan 3:16", "Luke 15:4-7"). */
const BOOKS = new Set(
  (
    'genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles ezra nehemiah esther job ' +
    'psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations ezekiel daniel hosea joel amos obadiah jonah micah ' +
    'nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john acts romans corinthians galatians ' +
    'ephesians philippians colossians thessalonians timothy titus philemon hebrews james peter jude revelation ' +
    'génesis éxodo levítico números deuteronomio josué jueces rut reyes crónicas esdras nehemías ester salmo salmos ' +
    'proverbios eclesiastés isaías jeremías lamentaciones ezequiel oseas amós abdías jonás miqueas nahúm habacuc ' +
    'sofonías ageo zacarías malaquías mateo marcos lucas juan hechos romanos corintios gálatas efesios filipenses ' +
    'colosenses tesalonicenses timoteo tito filemón hebreos santiago pedro judas apocalipsis'
  ).split(' '),
);
/** A chapter and verse after a book's name: "3:16", "5:1-12". */
const VERSE_AFTER = /^[ \t]\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?(?![\d:]|[ \t]?(?:[ap]\.?m\b|h\b|hrs?\b))/iu;
/** A text that cites scripture: its readings, its verses, a sermon, a service. */
const SCRIPTURE_CUE =
  /(?<![\p{L}])(?:readings?|lecturas?|gospel|evangelio|psalm|salmo|sermon|serm[oó]n|homil[ií]a|homily|bible|biblia|verses?|vers[ií]culos?|misa|mass|scripture|escritura|evensong|liturg\p{L}*)(?![\p{L}])/iu;

/** Whether the PERSON finding stands as a cited author, a work or a book of scripture. */
function cited(text: string, f: Finding, scripture: () => boolean): boolean {
  const after = text.slice(f.end, f.end + 40);
  const work = WORK_AFTER.exec(after);
  if (work !== null && (work[1] === undefined || !NOT_A_WORK.has(work[1].toLowerCase()))) return true;
  const value = text.slice(f.start, f.end);
  if (
    /^\p{Lu}\p{Ll}{1,7}$/u.test(value) &&
    !NOT_A_WORK.has(value.toLowerCase()) &&
    LOCUS_AFTER.test(after) &&
    !/^\.[ \t]?\d{1,3}(?:\.\d{3})+(?![\d.])/.test(after)
  )
    return true;
  if (after.startsWith(')') && LOCUS_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) return true;
  return BOOKS.has(value.toLowerCase()) && VERSE_AFTER.test(after) && scripture();
}

/** Findings without the names a classical, legal or scriptural citation holds. */
export function dropClassicalCitations(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.label === 'PERSON') || !SCREEN.test(text)) return findings;
  let verses: boolean | undefined;
  const scripture = () => {
    verses ??= SCRIPTURE_CUE.test(text);
    return verses;
  };
  const dropped = findings.filter((f) => f.label === 'PERSON' && cited(text, f, scripture));
  return dropped.length === 0 ? findings : findings.filter((f) => !dropped.includes(f));
}
