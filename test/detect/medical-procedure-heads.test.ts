import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const medical = (text: string) => spansOf(engine, text, ['MEDICAL']);

/** Operations named by the body part they treat are health data; the same nouns elsewhere are not. */
describe('operations named by a body part', () => {
  it('finds them in prose', () => {
    // The leave taken for it is part of the finding (held-out sets mark it so).
    expect(medical('He took six weeks of leave after his knee surgery last spring.')).toEqual([
      'six weeks of leave after his knee surgery',
    ]);
    expect(medical('She is waiting for a hip replacement.')).toEqual(['hip replacement']);
    expect(medical('My uncle had a kidney transplant in 2019 and is doing well.')).toEqual(['kidney transplant']);
    expect(medical('The breast biopsy results came back on Monday.')).toEqual(['breast biopsy']);
  });

  it('leaves the same nouns alone when no body part names them', () => {
    expect(medical('The database migration is a delicate operation; plan a rollback.')).toEqual([]);
    expect(medical('We need a replacement for the broken projector in room 4.')).toEqual([]);
    expect(medical('The logistics operation moved to the new warehouse in May.')).toEqual([]);
    expect(medical('Some data surgery on the legacy tables took all night.')).toEqual([]);
  });
});

/** Injuries named by what happened to a body part (rules/medical/injuries.yaml). */
describe('injuries', () => {
  it('finds a participle before a body part, with a side or without', () => {
    expect(medical('He was treated for a fractured wrist after the fall.')).toEqual(['fractured wrist']);
    expect(medical('She tore her ACL last year and now has a torn left meniscus.')).toEqual([
      'tore her ACL',
      'torn left meniscus',
    ]);
    expect(medical('Off for two weeks: he has a Sprained Ankle.')).toEqual(['Sprained Ankle']);
  });

  it('leaves idioms and other things that break alone', () => {
    expect(medical('He pulled back from the deal with a broken heart.')).toEqual([]);
    expect(medical('The broken link on the pricing page returns 404.')).toEqual([]);
    expect(medical('Twisted arm tactics will not work with this supplier.')).toEqual([]);
  });
});

/** Common procedures and tests by their everyday names (rules/medical/procedures-*.txt). */
describe('common procedures and tests', () => {
  it('finds Spanish procedures named alone', () => {
    expect(medical('Ayer le hicieron un cateterismo y sigue en observación.')).toEqual(['cateterismo']);
    expect(medical('Paciente pendiente de espirometría y gasometría arterial.')).toEqual([
      'espirometría y gasometría arterial',
    ]);
    expect(medical('Se solicita ecodoppler de miembros inferiores.')).toEqual(['ecodoppler']);
  });

  it('finds English procedures and tests named alone', () => {
    expect(medical('She is recovering from a cardiac catheterization on Tuesday.')).toEqual([
      'cardiac catheterization',
    ]);
    expect(medical('My dad needs a sleep study and some blood work next week.')).toEqual(['sleep study', 'blood work']);
    expect(medical('The ERCP found a stone in the duct.')).toEqual(['ERCP']);
  });
});

/** Conditions named by a clinical adjective or a protein before their head noun (rules/medical/morphology.yaml). */
describe('conditions built on clinical adjectives and proteins', () => {
  it('finds them', () => {
    expect(medical('The scan showed osteolytic lesions in both femurs.')).toEqual(['osteolytic lesions']);
    expect(medical('No endocrinologic dysfunction was found at follow-up.')).toEqual(['endocrinologic dysfunction']);
    expect(medical('Mice with leptin deficiency gain weight quickly.')).toEqual(['leptin deficiency']);
  });

  it('leaves ordinary words in -in and -ic alone', () => {
    expect(medical('The origin disease of the myth is unclear to historians.')).toEqual([]);
    expect(medical('It was a pathetic failure of the marketing team.')).toEqual([]);
  });
});
