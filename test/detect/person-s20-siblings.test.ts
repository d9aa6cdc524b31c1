import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { loadNameLexicon } from '../../src/detect/nlp/lexicon.js';
import { loginNames } from '../../src/detect/nlp/person-logins.js';
import { siblingNames } from '../../src/detect/nlp/person-siblings.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

const lex = loadNameLexicon();
const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

/** PERSON findings over each of the given values (their first occurrence in the text). */
function found(text: string, values: string[], label: Finding['label'] = 'PERSON'): Finding[] {
  return values.map((v) => {
    const start = text.indexOf(v);
    if (start < 0) throw new Error(`no ${v}`);
    return { start, end: start + v.length, label, type: 'FULL_NAME', score: 0.85, detector: 'nlp' };
  });
}

/** What siblingNames adds to the given findings, as text. */
function added(text: string, values: string[], label: Finding['label'] = 'PERSON'): string[] {
  return siblingNames(text, found(text, values, label), () => lex)
    .sort((a, b) => a.start - b.start)
    .map((f) => text.slice(f.start, f.end));
}

describe('names in the same slot of a list or table as names found (person-siblings.ts)', () => {
  it('takes the unlisted name of a list line whose siblings are people', () => {
    const text =
      'Seating plan\n- Begoña Quiroga – vegan\n- Tavita Faleolo – no nuts\n- Oskar Vallgren – none\n- Bryony Adair – halal\n';
    expect(added(text, ['Begoña Quiroga', 'Oskar Vallgren', 'Bryony Adair'])).toEqual(['Tavita Faleolo']);
  });

  it('takes the unlisted cells of a Markdown or CSV column of people, not its header or a note', () => {
    const md =
      '| Candidate | Role |\n|---|---|\n| Nell Harkaway | Analyst |\n| Idris Okonkwo-Bale | Lead |\n| Sefa Mbeki-Tan | Intern |\n| Project backlog | n/a |\n';
    expect(added(md, ['Nell Harkaway', 'Idris Okonkwo-Bale'])).toEqual(['Sefa Mbeki-Tan']);
    const csv =
      'ts,parent,phone\n2026-01-03,Ruth Ambler,07700 900111\n2026-01-04,Wale Adebanjo,07700 900222\n2026-01-05,Gideon Marsh,07700 900333\n';
    expect(added(csv, ['Ruth Ambler', 'Gideon Marsh'])).toEqual(['Wale Adebanjo']);
  });

  it('leaves a slot alone when its siblings are not mostly people, or the cell is a word, a place or a product', () => {
    // Products and places in the same column as two people.
    const mixed =
      '- Ruth Ambler – lead\n- Gideon Marsh – ops\n- Kubernetes – cluster\n- Tampere – office\n- Firefox – browser\n';
    expect(added(mixed, ['Ruth Ambler', 'Gideon Marsh'])).toEqual([]);
    // A heading-like line among people: ordinary words.
    const headings = '- Ruth Ambler – lead\n- Gideon Marsh – ops\n- Quarterly Review – done\n';
    expect(added(headings, ['Ruth Ambler', 'Gideon Marsh'])).toEqual([]);
    // One person found is not enough.
    const one = '- Ruth Ambler – lead\n- Tavita Faleolo – ops\n- Zorblat Quenn – qa\n';
    expect(added(one, ['Ruth Ambler'])).toEqual([]);
    // A sentence with commas is no table row.
    const prose =
      'We met Ruth Ambler, Gideon Marsh and the others, then drove on.\nLater Ruth Ambler, Gideon Marsh, Tavita Faleolo and the driver, all tired, went home.\n';
    expect(added(prose, ['Ruth Ambler', 'Gideon Marsh'])).not.toContain('Tavita Faleolo');
  });

  it('does not take a form field name before a colon with a person after it', () => {
    const form = 'Solicitante: Ruth Ambler\nTutora: Gideon Marsh\nPadrino: Wale Adebanjo\n';
    expect(added(form, ['Ruth Ambler', 'Gideon Marsh', 'Wale Adebanjo'])).toEqual([]);
  });
});

describe('a found name again, and the owner of a mail box (person-siblings.ts)', () => {
  it('takes the full name again in lower case and its words alone', () => {
    const text = 'From Tavita Faleolo, re: flat 2.\nhi its tavita faleolo again, the boiler is off. thanks Tavita';
    expect(added(text, ['Tavita Faleolo'])).toEqual(['tavita faleolo', 'Tavita']);
  });

  it('takes a full name of unlisted words again as written, not its words alone', () => {
    const text =
      'a1 (Oyewale Brathwaite-Kunle 2026-11-02 14) x\na1 (Oyewale Brathwaite-Kunle 2026-11-02 15) y\nOyewale';
    expect(added(text, ['Oyewale Brathwaite-Kunle'])).toEqual(['Oyewale Brathwaite-Kunle']);
  });

  it('does not spread a name inside a longer capitalised name, an address or a handle', () => {
    const text =
      'Philippa Ferreday signed. Ferreday Foods Ltd ships on Monday; write to philippa.ferreday@example.com or @ferreday_hq.';
    expect(added(text, ['Philippa Ferreday'])).toEqual([]);
  });

  it('takes the halves of a personal mail box said alone, not a shared mail box', () => {
    const text = 'contact: sunita.raghavan@example.org\nsunita says the payment went out; raghavan family account';
    expect(added(text, [])).toEqual(['sunita', 'raghavan']);
    expect(added('write to sales.team@example.org, the sales team answers', [])).toEqual([]);
  });
});

describe('logins in user fields, CI and git lines and user columns (person-logins.ts)', () => {
  const logins = (text: string) => loginNames(text, [], lex).map((f) => text.slice(f.start, f.end));

  it('takes a person login after a user field, in a Jenkins line, before a git address and under a user column', () => {
    expect(logins('2026-11-30 02:14:07 UTC [5512] user=mdeluca,db=prod LOG: slow query')).toEqual(['mdeluca']);
    expect(logins('Started by user pnowicki\nRunning as SYSTEM')).toEqual(['pnowicki']);
    expect(logins('3f9c2e1 dhartmann <d.hartmann@example.net> 2026-11-02 fix rounding')).toEqual(['dhartmann']);
    const psql =
      ' pid  | usename   | state\n------+-----------+-------\n 4187 | lbrandt   | active\n 4190 | reporting | idle\n';
    expect(logins(psql)).toEqual(['lbrandt']);
    expect(logins('assignee: rkaur   priority: high')).toEqual(['rkaur']);
  });

  it('leaves machine, service and role accounts, prose and config users alone', () => {
    expect(logins('POSTGRES_USER: invoices_app\nDB_USER: stock_app')).toEqual([]);
    expect(logins('host: 10.0.0.4, user: qa07\nuser=postgres db=prod')).toEqual([]);
    expect(logins('Reporter: helpdesk-bot   Assignee: qa-squad-billing')).toEqual([]);
    expect(logins('usuario: me bloquearon la tarjeta ayer')).toEqual([]);
    expect(logins('Started by timer\nStarted by user jenkins')).toEqual([]);
    expect(logins('The user asked for a refund and the owner agreed.')).toEqual([]);
  });
});

describe('the engine with these passes', () => {
  it('finds the guest whose name no list holds, beside listed guests, and not the dish or the venue', () => {
    const text =
      'Table 2\n- Begoña Quiroga – vegetarian\n- Tavita Faleolo – nut allergy\n- Oskar Vallgren – none\nMenu: Chicken Kiev, venue Riverside Hall';
    const found = people(text);
    expect(found).toContain('Tavita Faleolo');
    expect(found).not.toContain('Chicken Kiev');
    expect(found).not.toContain('Riverside Hall');
  });
});
