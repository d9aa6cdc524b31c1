import type { Finding, Label } from '../types.js';

/**
 * The rows of a parameterised unit test: a value to validate and the result the validator must give (`["0021...",
 * false]`, `("ES91 2100 ...", True)`). A test table for a check-digit validator holds numbers made to pass or fail
 * the check; they are test vectors, no one's account or card. Read only in a text that holds a test harness
 * (describe/it/test and their .each, pytest's parametrize, expect/assert), and only for a value written as a string
 * literal in a positional cell of a bracketed row that also holds a boolean. The same value written again in the
 * text (a comment on the failing case) goes with it. A fixture that copies a customer's record (keyed fields: name,
 * e-mail, IBAN, no expected result) is not a row of this kind and stays.
 */

/** A test harness: a test block, a table-driven test, an expectation or an assertion. */
const HARNESS =
  /(?:^|[\s;({])(?:(?:describe|it|test)(?:\.each)?[ \t]*[(`[]|@pytest\.mark\.parametrize|@ParameterizedTest|expect[ \t]*\(|assert(?:Equals|That|True|False)?[ \t]*\(|self\.assert\w*\(|func Test\w+\()/;

/** Labels a validator's test table holds. */
const VECTOR_LABELS: ReadonlySet<Label> = new Set<Label>([
  'BANK_ACCOUNT',
  'IBAN',
  'CREDIT_CARD',
  'NATIONAL_ID',
  'PHONE',
]);

/** A boolean literal of JavaScript, Python, Java, Go or YAML. */
const BOOLEAN = /(?<![\w$.])(?:true|false|True|False|TRUE|FALSE)(?![\w$])/;
const QUOTE = /["'`]/;

/** Whether the string literal at [start, end) is a cell of a row that holds a boolean: a test vector. */
function vectorRow(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  if (open === undefined || !QUOTE.test(open) || text[end] !== open) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const before = text.slice(lineStart, start - 1);
  // A positional cell (after the bracket or a comma), not a record's keyed field ("iban": "...").
  if (!/[[(,][ \t]*$/.test(before)) return false;
  const bracket = Math.max(before.lastIndexOf('['), before.lastIndexOf('('));
  if (bracket < 0) return false;
  // The row's other cells, up to a comment ("// check digit changed on purpose").
  let after = text.slice(end + 1, lineEnd);
  const comment = after.search(/\/\/|#(?!\{)/);
  if (comment >= 0) after = after.slice(0, comment);
  return BOOLEAN.test(before.slice(bracket + 1)) || BOOLEAN.test(after);
}

/** Findings without the values of a validator's test table. */
export function dropTestVectors(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => VECTOR_LABELS.has(f.label))) return findings;
  const vectors = new Set<string>();
  for (const f of findings)
    if (VECTOR_LABELS.has(f.label) && vectorRow(text, f.start, f.end))
      vectors.add(f.normalized ?? text.slice(f.start, f.end));
  // The harness, a scan of the whole text, only once a row holds a value and a boolean (most texts hold no such row).
  if (vectors.size === 0 || !HARNESS.test(text)) return findings;
  return findings.filter(
    (f) => !VECTOR_LABELS.has(f.label) || !vectors.has(f.normalized ?? text.slice(f.start, f.end)),
  );
}
