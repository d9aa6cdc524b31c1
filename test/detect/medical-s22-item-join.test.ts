import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { joinItems } from '../../src/detect/medical/item-join.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

// Session 22: one list item, table cell or field value that opens with a health statement is the statement as a
// whole. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

const at = (text: string, part: string, label = 'MEDICAL', type = 'CONDITION'): Finding => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, type, score: 0.9, detector: 't' } as Finding;
};
const spans = (text: string, found: Finding[]): string[] => found.map((f) => text.slice(f.start, f.end));

describe('joinItems', () => {
  it('joins two findings of one item across commas and words', () => {
    const text = '3310 | Priya Andersen | extra time | ulcerative colitis, urgent toilet access, on mesalazine\n';
    const found = [at(text, 'Priya Andersen', 'PERSON'), at(text, 'ulcerative colitis'), at(text, 'on mesalazine')];
    expect(spans(text, joinItems(text, found))).toEqual([
      'Priya Andersen',
      'ulcerative colitis, urgent toilet access, on mesalazine',
    ]);
  });

  it('grows a statement that opens its item to the item’s end: a numbered line, an aside, a field', () => {
    const a = 'Claimed:\n1. Hearing loss, left ear - since 2015.';
    expect(spans(a, joinItems(a, [at(a, 'Hearing loss')]))).toEqual(['Hearing loss, left ear']);
    const b = 'she is at the hospice on Fridays (bowel cancer, cycle 2 of 8) so text instead.';
    expect(spans(b, joinItems(b, [at(b, 'bowel cancer')]))).toEqual(['bowel cancer, cycle 2 of 8']);
    const c = '7781 | Odile Harwood | glaucoma R eye, drops at night\n';
    expect(spans(c, joinItems(c, [at(c, 'glaucoma R eye')]))).toEqual(['glaucoma R eye, drops at night']);
    // A field's value after a colon is the health-field readers': no growth there.
    const d = 'Notes: glaucoma R eye, drops at night';
    expect(spans(d, joinItems(d, [at(d, 'glaucoma R eye')]))).toEqual(['glaucoma R eye']);
  });

  it('stops at a line, a cell, a sentence, another finding and its reach', () => {
    const a = '(He has asthma. His sister lives in Leeds, near the park.)';
    expect(spans(a, joinItems(a, [at(a, 'asthma')]))).toEqual(['asthma']);
    const b = '| epilepsy, call Roisin Tagg first';
    const found = [at(b, 'epilepsy'), at(b, 'Roisin Tagg', 'PERSON')];
    expect(spans(b, joinItems(b, found))).toEqual(['epilepsy', 'Roisin Tagg']);
    const c = `| migraine, ${'and a very long remark about the weather and the garden and the neighbours '.repeat(2)}`;
    expect(spans(c, joinItems(c, [at(c, 'migraine')]))).toEqual(['migraine']);
    const d = 'Skin prick to lentil 5 mm,\npea 2 mm';
    const results = [
      at(d, 'Skin prick to lentil 5 mm', 'MEDICAL', 'LAB_RESULT'),
      at(d, 'pea 2 mm', 'MEDICAL', 'LAB_RESULT'),
    ];
    expect(spans(d, joinItems(d, results))).toEqual(['Skin prick to lentil 5 mm', 'pea 2 mm']);
    // A line break, a tab, a semicolon or a bracket ends the item even between two letters (only an apostrophe
    // between letters is inside a word: "Crohn's").
    const e = 'Field\tValue\nPupil\tcoeliac disease\nLunch\tpacked';
    expect(spans(e, joinItems(e, [at(e, 'coeliac disease')]))).toEqual(['coeliac disease']);
    const f = "| Crohn's disease, flare last spring";
    expect(spans(f, joinItems(f, [at(f, "Crohn's disease")]))).toEqual(["Crohn's disease, flare last spring"]);
  });

  it('leaves a statement inside running prose as it is', () => {
    const a = 'We talked about how the flu jab clinic is run, and then about parking.';
    expect(spans(a, joinItems(a, [at(a, 'flu jab', 'MEDICAL', 'PROCEDURE')]))).toEqual(['flu jab']);
  });
});

describe('the engine, with items', () => {
  it('masks a pupil’s whole health cell and a claim’s whole list item', () => {
    expect(
      medical(
        'ID | Pupil | Needs | Health\n5120 | Kwabena Ferraris | reader | Graves’ disease, tremor, on carbimazole\n',
      ),
    ).toContain('Graves’ disease, tremor, on carbimazole');
  });
});
