import { fieldBefore, personCueBefore } from './context.js';
import { foldKey } from './fold.js';
import { type NameLexicon, WORD } from './lexicon.js';
import type { PersonSpan } from './person.js';
import type { Token } from './tokenize.js';

/**
 * Chinese, Korean and Vietnamese names: "Zhang Yuhan", "Liang Hao-Ran", "Park Ji-hoon", "Nguyen Van Thanh",
 * "Hao-Ran Liang", and in Han characters after a name field or beside the romanised name ("Name: 周志明",
 * "Guo Jia-Xin (郭嘉欣)"). The family names are a closed published set and the given names one or two syllables of
 * the language's syllable inventory (rules/names/east-asian-names.yaml), so the pair is read without the given name
 * being listed. A family name that is also a word ("He", "Ma", "Do", "Sun", "Park") counts only before a given name
 * of two syllables, a Vietnamese middle name, or after a person cue or a name field.
 */

// "Yuhan", "Hao-Ran", "Ji-hoon", "HaoRan": a capitalised word, perhaps two parts joined by a hyphen.
const GIVEN_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u;
const FAMILY_SHAPE = /^\p{Lu}\p{Ll}+$/u;
// Family names that are English words, Roman numerals or words of other languages ("Li" = 51, "Le", "Do", "in situ");
// the lists' vocabulary is not asked, as it holds rarer senses ("wang") that no text about people means.
const WORDLIKE = new Set(
  'he ma hu li do ho le lee sun song long fan pan tang ding han mo go ko so an im oh ha na ju gu yu ye lu la ta mai lam bang won min tan chan ang sim kee ong fang lo hong tse wee moon son nam park young cha bae jo chu du dong gong lei wan mao hao mak tay goh loh koh ly vo vu kong bao shi jin yi tak um in ng yang cao bai yan su du situ sung dang thai yuan'.split(
    ' ',
  ),
);
const HAN = /^\p{Script=Han}{2,4}$/u;
/** The lowest code unit a Han character starts with (CJK Radicals Supplement, U+2E80). */
const FIRST_HAN = 0x2e80;
// Han labels of a person's field ("姓名：", "患者：", "联系人：").
const HAN_PERSON_LABELS = new Set(
  '姓名 名字 患者 病人 员工 員工 职员 職員 联系人 聯絡人 聯繫人 申请人 申請人 客户 客戶 学生 學生 负责人 負責人 签名 簽名 收件人 寄件人 经办人 經辦人 医生 醫生 老师 老師 主管 经理 經理 家长 家長'.split(
    ' ',
  ),
);

/** How many syllables of the inventory the word is made of (1 or 2), or 0. */
function syllableCount(text: string, syllables: Set<string>): number {
  const key = foldKey(text);
  const parts = key.split('-');
  if (parts.length === 2) return syllables.has(parts[0]!) && syllables.has(parts[1]!) ? 2 : 0;
  if (syllables.has(key)) return 1;
  // "Xiaoming", "Jihoon": two syllables written as one word.
  for (let cut = 1; cut < key.length; cut++)
    if (syllables.has(key.slice(0, cut)) && syllables.has(key.slice(cut))) return 2;
  return 0;
}

function spaced(a: Token, b: Token | undefined): b is Token {
  return b !== undefined && !b.lineStart && b.start - a.end === 1 && b.kind === 'word';
}

/** A capitalised word right beside the span that would make it part of a longer title or a firm's name. */
function capitalisedBeside(tokens: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  const before = tokens[first - 1];
  if (before?.kind === 'word' && before.cap && spaced(before, tokens[first]) && !tokens[first]!.lineStart) {
    const opens = tokens[first - 1]!.lineStart || tokens[first - 2]?.text === '.';
    if (!opens && !lex.honorifics.has(before.key) && !personCueBefore(tokens, first, lex)) return true;
  }
  const after = tokens[last + 1];
  return spaced(tokens[last]!, after) && after.cap;
}

function cued(tokens: readonly Token[], i: number, lex: NameLexicon): boolean {
  const before = tokens[i - 1];
  if (before?.kind === 'word' && lex.honorifics.has(before.key)) return true;
  return personCueBefore(tokens, i, lex) || fieldBefore(tokens, i, lex) === 'PERSON';
}

/** Persons named in a Chinese, Korean or Vietnamese way in `tokens`, each as one span. */
export function eastAsianNames(tokens: readonly Token[], lex: NameLexicon): PersonSpan[] {
  const names = lex.eastAsian;
  const out: PersonSpan[] = [];
  const common = (t: Token) => (lex.wordInfo(t.key) & (WORD.COMMON | WORD.PRODUCT)) !== 0;
  const wordlike = (t: Token) => WORDLIKE.has(t.key);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // Every Han character lies at U+2E80 or above: most words are told they are none without the regex.
    if (t.text.charCodeAt(0) >= FIRST_HAN && HAN.test(t.text)) {
      if (hanName(tokens, i, lex, out)) out.push({ first: i, last: i, score: 0.8, type: 'HAN_NAME' });
      continue;
    }
    const next = tokens[i + 1];
    if (!spaced(t, next)) continue;
    // Both readings below need two words opening with a capital (FAMILY_SHAPE or GIVEN_SHAPE of each), which the
    // tokenizer's cap flag already tells (cap is set wherever the word opens with one): most pairs stop here.
    if (!t.cap || !next.cap) continue;
    // Both readings below need a listed family name, this word's or the next one's: most pairs hold neither, and
    // are let go before the phrase lists are asked.
    if (!names.surnames.has(t.key) && !names.surnames.has(next.key)) continue;
    if (!GIVEN_SHAPE.test(next.text)) continue;
    if (names.notNames.has(`${t.key} ${next.key}`)) continue;
    if ((lex.places.matchAt(tokens, i)?.length ?? 0) > 1 || (lex.towns.matchAt(tokens, i)?.length ?? 0) > 1) continue;
    // Family name first: "Zhou Xiaoming", "Park Ji-hoon", "Nguyen Thi Lan".
    const traditions = FAMILY_SHAPE.test(t.text) ? names.surnames.get(t.key) : undefined;
    let found: PersonSpan | undefined;
    for (const tr of traditions ?? []) {
      const n = syllableCount(next.text, names.syllables[tr]);
      if (n === 0) continue;
      let last = i + 1;
      // Vietnamese names run to three or four syllables ("Tran Van Minh", "Le Thi Thu Ha").
      if (tr === 'vi' && n === 1)
        while (last - i < 3 && spaced(tokens[last]!, tokens[last + 1]) && GIVEN_SHAPE.test(tokens[last + 1]!.text))
          if (syllableCount(tokens[last + 1]!.text, names.syllables.vi) === 1) last++;
          else break;
      const middle = tr === 'vi' && (next.key === 'van' || next.key === 'thi') && last > i + 1;
      const sure = !wordlike(t) || n === 2 || middle;
      if (!sure && !cued(tokens, i, lex)) continue;
      if (capitalisedBeside(tokens, i, last, lex)) continue;
      found = { first: i, last, score: 0.8, type: 'EAST_ASIAN_NAME' };
      break;
    }
    // Given name first: "Hao-Ran Liang", "Ji-hoon Park", "Mei Lin".
    if (!found && FAMILY_SHAPE.test(next.text) && GIVEN_SHAPE.test(t.text)) {
      for (const tr of names.surnames.get(next.key) ?? []) {
        const n = syllableCount(t.text, names.syllables[tr]);
        if (n === 0) continue;
        const sure = n === 2 ? !common(t) || !wordlike(next) : !common(t) && !wordlike(next);
        if (!sure && !cued(tokens, i, lex)) continue;
        if (capitalisedBeside(tokens, i, i + 1, lex)) continue;
        // A sentence opening with a one-syllable word is no given name ("Long Chen..." reads as well as "An Lee").
        if (n === 1 && lex.isWord(WORD.PLACE | WORD.PLACE_FIRST, t.key)) continue;
        found = { first: i, last: i + 1, score: 0.8, type: 'EAST_ASIAN_NAME' };
        break;
      }
    }
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/** "Name: 周志明", "姓名：郭嘉欣", "Guo Jia-Xin (郭嘉欣)": a family name in Han characters and one or two more. */
function hanName(tokens: readonly Token[], i: number, lex: NameLexicon, found: readonly PersonSpan[]): boolean {
  const text = tokens[i]!.text;
  const han = lex.eastAsian.hanSurnames;
  if (!han.has(text.slice(0, 1)) && !(text.length >= 3 && han.has(text.slice(0, 2)))) return false;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (prev.text === '(' || prev.text === '（') {
    const owner = tokens[i - 2];
    return owner !== undefined && found.some((p) => p.last === i - 2);
  }
  if (prev.text === '：' || prev.text === ':') {
    const label = tokens[i - 2];
    if (label && HAN_PERSON_LABELS.has(label.text)) return true;
  }
  return fieldBefore(tokens, i, lex) === 'PERSON' || personCueBefore(tokens, i, lex);
}
