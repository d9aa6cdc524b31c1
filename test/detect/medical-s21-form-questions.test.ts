import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 21: a health questionnaire's questions name what they ask about; the answers after them are the person's.
// Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

const declaration = [
  'CLIENT HEALTH DECLARATION',
  'Client name: Orsolya Beckwith   Date of birth: 12/12/1990',
  'Heart condition / pacemaker ........ NO',
  'Asthma ............................. YES',
  'Blood thinners ..................... YES — warfarin 3 mg daily since 2021',
  'Allergies .......................... plasters (rash) — use hypoallergenic',
  'Fainting ........................... fainted twice after blood tests',
].join('\n');

describe('a questionnaire’s dot leaders', () => {
  it('reports the answers, not the questions, and a bare yes as the question’s term', () => {
    const found = medical(declaration);
    expect(found).toContain('YES — warfarin 3 mg daily since 2021');
    expect(found).toContain('plasters (rash) — use hypoallergenic');
    expect(found).toContain('fainted twice after blood tests');
    expect(found).toContain('Asthma');
    for (const question of ['Heart condition / pacemaker', 'Blood thinners', 'Allergies', 'Fainting'])
      expect(found).not.toContain(question);
  });

  it('reports nothing on a blank template', () => {
    const blank = [
      'CLIENT HEALTH DECLARATION (template)',
      'Heart condition / pacemaker ........ YES / NO',
      'Blood thinners ..................... YES / NO',
      'Epilepsy / fainting ................',
    ].join('\n');
    expect(medical(blank)).toEqual([]);
  });
});

describe('a questionnaire’s question marks', () => {
  it('drops a question answered no and keeps the yes answer', () => {
    const form = [
      'Paciente: Celia Montero, DNI 12345678Z',
      '¿Marcapasos o prótesis metálicas? No',
      '¿Embarazo o lactancia? No',
      '¿Herpes labial recurrente? Sí, dos brotes al año',
    ].join('\n');
    expect(medical(form)).toEqual(['Sí, dos brotes al año']);
  });

  it('keeps a term in a question that a no answer qualifies, and a question in a chat', () => {
    const form = 'Paciente: Celia Montero, DNI 12345678Z\n¿Toma isotretinoína? No, la dejó en 2023';
    expect(medical(form)).toContain('isotretinoína');
    const chat =
      'Patient: Mr Ivo Sandes, DOB 03/04/1977.\nHe asked: is asthma a problem for the trip? His inhaler is blue.';
    expect(medical(chat).some((v) => v.includes('asthma'))).toBe(true);
  });
});
