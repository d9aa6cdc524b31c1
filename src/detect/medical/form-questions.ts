import type { Token } from '../nlp/tokenize.js';

/**
 * A health questionnaire's question names what it asks about, not what the person has: "Diabetes ........ NO",
 * "Heart condition / pacemaker ..... yes — fitted 2019", "¿Marcapasos o prótesis metálicas? No", "Epilepsy: no".
 * The answer after it is the person's (form-answers.ts reads a "yes" after a question mark; leaderAnswer here the
 * answer after a dot leader), and the question's term is not reported, unless the answer is a bare "yes", which
 * says the person has it ("Asthma ..... YES").
 */

/** Tokens before a term, on its line, that a question's opening may hold ("Q6", "3.", "¿Toma o ha tomado"). */
const BEFORE_MAX = 8;
/** Tokens after a term, on its line, that the rest of the question may hold before its leader or question mark. */
const AFTER_MAX = 10;
/** Dots in a row that make a leader between a question and its answer ("Diabetes ....... NO"). */
const LEADER_DOTS = 3;
const LEADERS = new Set(['…', '_']);
/** Punctuation a question's words may hold ("Blood thinners / anticoagulants", "Marcapasos, epilepsia"). */
const INNER = new Set(['/', ',', '(', ')', '-', '–', '&', '+', "'", '’', '¿']);
const YES = new Set(['yes', 'y', 'si', 'sí', 'yeah']);
const NO = new Set([
  'no',
  'n',
  'none',
  'nil',
  'never',
  'ninguno',
  'ninguna',
  'nada',
  'nunca',
  'negative',
  'negativo',
  'negativa',
]);
/** What joins a blank form's options ("YES / NO", "Sí o No", "yes | no"). */
const OPTIONS = new Set(['/', '|', 'or', 'o']);
/** Words that may precede a "no" or "yes" answer inside it ("NO", "yes —"): a dash or a box mark. */
const MARKS = new Set(['[', ']', 'x', '✓', '✗', '☐', '☑', '☒', '—', '–', '-', ':']);

export type QuestionKind =
  /** The answer is no, or the form is blank: neither the question nor the answer is reported. */
  | 'no'
  /** A bare yes: the question's term is what the person has, and stays. */
  | 'yes'
  /** An answer follows: the question's term is not reported, the answer is (from `answer` to its line's end). */
  | 'answered';

export interface FormQuestion {
  kind: QuestionKind;
  /** What sets the answer apart: a dot leader, a question mark or a colon. */
  mark: 'leader' | '?' | ':';
  /** First token of the answer (after the leader or the question mark). */
  answer: number;
  /** Last token of the answer's line. */
  answerLast: number;
}

/**
 * Words of a sentence rather than a form's heading: a verb, a pronoun, a question word ("Is it OK for someone with
 * asthma?", "¿Puede tomar ibuprofeno si tiene asma?"). A form's question names things ("Bruising / anticoagulants?",
 * "¿Operaciones previas?").
 */
const SENTENCE_WORDS = new Set([
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  'it',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'someone',
  'anyone',
  'is',
  'are',
  'was',
  'were',
  'am',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'will',
  'would',
  'may',
  'has',
  'have',
  'had',
  'what',
  'which',
  'how',
  'when',
  'why',
  'who',
  'yo',
  'tu',
  'usted',
  'él',
  'el',
  'ella',
  'mi',
  'su',
  'alguien',
  'es',
  'son',
  'está',
  'esta',
  'puede',
  'puedo',
  'debo',
  'debe',
  'tiene',
  'tengo',
  'tienes',
  'qué',
  'que',
  'cómo',
  'como',
  'cuál',
  'cual',
  'cuándo',
  'cuando',
]);
/** Most words a form's naming question holds. */
const NAMING_WORDS = 8;

/** Whether the question from its line's start to its mark at tokens[mark] only names what it asks about. */
function namingQuestion(tokens: readonly Token[], first: number, mark: number): boolean {
  let from = first;
  while (from > 0 && !tokens[from]!.lineStart) from--;
  let words = 0;
  for (let j = from; j < mark; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    if (SENTENCE_WORDS.has(t.key) || ++words > NAMING_WORDS) return false;
  }
  return true;
}

/** Whether tokens[j] opens a run of LEADER_DOTS dots or more written together, or is a leader character. */
function leaderAt(tokens: readonly Token[], j: number): number {
  if (LEADERS.has(tokens[j]!.text)) {
    let k = j;
    while (tokens[k + 1] && !tokens[k + 1]!.lineStart && LEADERS.has(tokens[k + 1]!.text)) k++;
    return k;
  }
  if (tokens[j]!.text !== '.') return -1;
  let k = j;
  while (tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end) k++;
  return k - j + 1 >= LEADER_DOTS ? k : -1;
}

/** Whether the term at tokens[first..] opens its line's question: only its number or its first words before it. */
function opensTheLine(tokens: readonly Token[], first: number): boolean {
  for (let j = first, n = 0; j >= 0 && n <= BEFORE_MAX; j--, n++) {
    const t = tokens[j]!;
    if (j < first && t.kind === 'punct' && !INNER.has(t.text)) {
      // "3." or "Q6)": the question's number at the start of its line.
      const numbered =
        (t.text === '.' || t.text === ')') && tokens[j - 1]?.lineStart && tokens[j - 1]!.kind !== 'punct';
      if (!numbered) return false;
    }
    if (t.lineStart) return true;
  }
  return false;
}

/** How the answer from tokens[answer] to its line's end reads. */
function answerKind(tokens: readonly Token[], answer: number, answerLast: number): QuestionKind | undefined {
  let j = answer;
  while (j <= answerLast && MARKS.has(tokens[j]!.key)) j++;
  if (j > answerLast) return undefined;
  const t = tokens[j]!;
  // "YES / NO", "Sí o No": a blank template's options.
  const option = tokens[j + 1];
  if ((YES.has(t.key) || NO.has(t.key)) && option !== undefined && OPTIONS.has(option.key) && j + 1 < answerLast) {
    return 'no';
  }
  if (NO.has(t.key)) {
    // "No — stopped in 2020" says more than no: the rest is the answer.
    return j === answerLast || tokens[j + 1]!.text === '.' ? 'no' : 'answered';
  }
  if (YES.has(t.key) && (j === answerLast || (j + 1 === answerLast && tokens[answerLast]!.kind === 'punct'))) {
    return 'yes';
  }
  return 'answered';
}

/**
 * The question a term from tokens[first] to tokens[last] stands in, when it is a questionnaire's line: the term
 * opens the line (after the question's number or first words), and before the line ends a dot leader, a question
 * mark with a yes or a no after it, or a colon with a bare no, sets the answer apart.
 */
export function formQuestionAt(tokens: readonly Token[], first: number, last: number): FormQuestion | undefined {
  if (!opensTheLine(tokens, first)) return undefined;
  for (let j = last + 1, n = 0; j < tokens.length && n <= AFTER_MAX; j++, n++) {
    const t = tokens[j]!;
    if (t.lineStart) return undefined;
    const leaderEnd = leaderAt(tokens, j);
    const mark = t.text === '?' || t.text === ':' ? j : -1;
    if (leaderEnd < 0 && mark < 0) {
      if (t.kind === 'punct' && !INNER.has(t.text)) return undefined;
      continue;
    }
    const answer = (leaderEnd >= 0 ? leaderEnd : mark) + 1;
    // "Epilepsy ........" with nothing after the leader: a blank template's question.
    if (answer >= tokens.length || tokens[answer]!.lineStart) {
      return leaderEnd >= 0 ? { kind: 'no', mark: 'leader', answer, answerLast: answer } : undefined;
    }
    let answerLast = answer;
    while (answerLast + 1 < tokens.length && !tokens[answerLast + 1]!.lineStart) answerLast++;
    const kind = answerKind(tokens, answer, answerLast);
    if (kind === undefined) return undefined;
    // After a question mark or a colon only a yes or a no makes the line a form's ("Is it OK for someone with
    // asthma? Thanks!" asks about the writer's own case, "Diagnosis: asthma" is a field's value), or, after a
    // question mark, a question that only names what it asks about ("Dizziness / seizures? One in 2019").
    if (
      mark >= 0 &&
      kind === 'answered' &&
      !YES.has(tokens[answer]!.key) &&
      !NO.has(tokens[answer]!.key) &&
      !(t.text === '?' && namingQuestion(tokens, first, j))
    ) {
      return undefined;
    }
    // "Epilepsy: yes" names what the person has; only a colon's "no" sets the term aside.
    if (t.text === ':' && kind !== 'no') return undefined;
    return { kind, mark: leaderEnd >= 0 ? 'leader' : t.text === '?' ? '?' : ':', answer, answerLast };
  }
  return undefined;
}
