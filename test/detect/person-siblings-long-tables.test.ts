import { describe, expect, it } from 'vitest';
import { loadNameLexicon } from '../../src/detect/nlp/lexicon.js';
import { siblingNames } from '../../src/detect/nlp/person-siblings.js';
import type { Finding } from '../../src/detect/types.js';

const lex = loadNameLexicon();

function person(start: number, end: number): Finding {
  return { start, end, label: 'PERSON', type: 'FULL_NAME', score: 0.85, detector: 'nlp' };
}

/** What siblingNames adds to the findings, as text, in order. */
function added(text: string, findings: Finding[]): string[] {
  return siblingNames(text, findings, () => lex)
    .sort((a, b) => a.start - b.start)
    .map((f) => text.slice(f.start, f.end));
}

describe('slot siblings in long tables (person-siblings.ts, searched per line and per cell)', () => {
  it('cuts a cell at its own bracketed note, not at a note on a later row', () => {
    const text =
      'code;member;shift\n' +
      'k1;Wendeline Arbuthnot;early\n' +
      'k2;Ottilie Ostrovska;late\n' +
      'k3;Yannick Drumbeg;late\n' +
      'k4;Quenby Falstrom (new);early\n';
    const findings = ['Wendeline Arbuthnot', 'Ottilie Ostrovska', 'Yannick Drumbeg'].map((v) =>
      person(text.indexOf(v), text.indexOf(v) + v.length),
    );
    expect(added(text, findings)).toEqual(['Quenby Falstrom']);
  });

  it('reads the same slots of a table of a thousand rows, and a header cell never becomes a name', () => {
    const given = ['Orla', 'Bastien', 'Ineko', 'Thorvald'];
    const family = ['Quillfeather', 'Marrowby', 'Tessendorf', 'Galvanek'];
    const rows = ['ref,member,zone'];
    for (let i = 0; i < 1000; i++) rows.push(`r${i},${given[i % 4]} ${family[(i >> 2) % 4]},z${i % 3}`);
    const text = `${rows.join('\n')}\n`;
    // Every row's person found but the last one's.
    const findings: Finding[] = [];
    let at = rows[0]!.length + 1;
    for (let i = 1; i < rows.length; i++) {
      const start = at + rows[i]!.indexOf(',') + 1;
      const end = start + rows[i]!.split(',')[1]!.length;
      if (i < rows.length - 1) findings.push(person(start, end));
      at += rows[i]!.length + 1;
    }
    expect(added(text, findings)).toEqual([rows[rows.length - 1]!.split(',')[1]]);
  });
});
