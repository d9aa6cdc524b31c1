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
      // The span is the statement's clause (medical/clause-join.ts grows a term to it).
      'He took six weeks of leave after his knee surgery last spring',
    ]);
    expect(medical('She is still on the list for a hip replacement.')).toEqual([
      'She is still on the list for a hip replacement',
    ]);
    expect(medical('My uncle had a kidney transplant in 2019 and is doing well.')).toEqual([
      // The clause stops before the year found (a DATE) and the word that leads to it.
      'My uncle had a kidney transplant',
    ]);
    expect(medical('The breast biopsy results came back on Monday.')).toEqual([
      // The clause, up to the weekday.
      'The breast biopsy results came back',
    ]);
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
    expect(medical('He was treated for a fractured wrist after the fall.')).toEqual([
      // The clause that holds the injury.
      'He was treated for a fractured wrist after the fall',
    ]);
    expect(medical('She tore her ACL last year and now has a torn left meniscus.')).toEqual([
      // One clause holds both injuries.
      'She tore her ACL last year and now has a torn left meniscus',
    ]);
    expect(medical('Off for two weeks: he has a Sprained Ankle.')).toEqual(['he has a Sprained Ankle']);
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
    expect(medical('Ayer le hicieron un cateterismo y sigue en observación.')).toEqual([
      // The clause that holds the procedure.
      'Ayer le hicieron un cateterismo y sigue en observación',
    ]);
    expect(medical('Paciente pendiente de espirometría y gasometría arterial.')).toEqual([
      'Paciente pendiente de espirometría y gasometría arterial',
    ]);
    expect(medical('Se solicita ecodoppler de miembros inferiores.')).toEqual([
      'Se solicita ecodoppler de miembros inferiores',
    ]);
  });

  it('finds English procedures and tests named alone', () => {
    expect(medical('She is recovering from a cardiac catheterization on Tuesday.')).toEqual([
      // The clause that holds the procedure.
      'She is recovering from a cardiac catheterization',
    ]);
    expect(medical('My dad needs a sleep study and some blood work next week.')).toEqual([
      // One clause holds both tests.
      'My dad needs a sleep study and some blood work next week',
    ]);
    expect(medical('The ERCP found a stone in the duct.')).toEqual(['The ERCP found a stone in the duct']);
  });
});

/** Conditions named by a clinical adjective or a protein before their head noun (rules/medical/morphology.yaml). */
describe('conditions built on clinical adjectives and proteins', () => {
  it('finds them', () => {
    expect(medical('The scan showed osteolytic lesions in both femurs.')).toEqual([
      // The clause that holds the finding.
      'The scan showed osteolytic lesions in both femurs',
    ]);
    expect(medical('No endocrinologic dysfunction was found at follow-up.')).toEqual([
      'No endocrinologic dysfunction was found at follow-up',
    ]);
    expect(medical('Mice with leptin deficiency gain weight quickly.')).toEqual([
      'Mice with leptin deficiency gain weight quickly',
    ]);
  });

  it('leaves ordinary words in -in and -ic alone', () => {
    expect(medical('The origin disease of the myth is unclear to historians.')).toEqual([]);
    expect(medical('It was a pathetic failure of the marketing team.')).toEqual([]);
  });
});
