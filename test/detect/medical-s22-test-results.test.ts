import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { testResults } from '../../src/detect/medical/test-results.js';
import { allSpansOf, spansOf } from '../support/spans.js';

// Session 22: a test's result (name, value, unit) in a letter or a form about someone, and its look-alikes in
// price lists, textbooks, licensing FAQs and product specs. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const results = (text: string): string[] => testResults(text, 't').map((f) => text.slice(f.start, f.end));

describe('test results with their values, about someone', () => {
  it('reads an allergy work-up: skin prick wheals in mm, each item of the list, a challenge’s tolerated dose', () => {
    const text =
      'Re: Philippa Quintero-Hale, DOB 14/02/2019.\nSkin prick to sesame 7 mm, cashew 4 mm. She tolerated a ' +
      'cumulative 2.8 g milk protein without symptoms.';
    expect(medical(text)).toEqual(
      // A row of readings a comma apart is one span (list-join.ts, session 32).
      expect.arrayContaining(['Skin prick to sesame 7 mm, cashew 4 mm', 'tolerated a cumulative 2.8 g milk protein']),
    );
    expect(medical('Paciente: Unax Sagasta, 6 años. Prick test a gramíneas 9 mm.')).toContain(
      'Prick test a gramíneas 9 mm',
    );
  });

  it('reads ECG intervals, a sleep study’s indexes and a cognitive assessment’s index scores', () => {
    const ecg = medical('Patient: Ronan Delacey-Voss, DOB 02/09/1971.\nECG: sinus rhythm, QTc 477 ms, PR 218 ms.');
    expect(ecg.join(' | ')).toContain('QTc 477 ms');
    expect(ecg.join(' | ')).toContain('PR 218 ms');
    expect(medical('Client: Wendell Brascombe, SSN on file. Sleep apnea, AHI 36, on CPAP.').join(' | ')).toContain(
      'AHI 36',
    );
    const sleep = results(
      'Resultado: eficiencia 58%; IAH 44,6/h (grave); índice de desaturación 39/h; SpO2 mínima 74%',
    );
    expect(sleep).toEqual(['eficiencia 58%; IAH 44,6/h (grave); índice de desaturación 39/h; SpO2 mínima 74%']);
    const wisc = medical(
      'Paciente: Nerea Bielsa Gaudí, 11 años.\nPruebas: WISC-V (CIT 96, índice de memoria de trabajo 81).',
    );
    expect(wisc).toEqual(['CIT 96, índice de memoria de trabajo 81']);
  });

  it('reads a pregnancy’s results: Hb at a stage, GBS status, a previous bleed’s volume, the due date', () => {
    const text =
      'Mother: Maeve Oyelaran-Kirk   DOB 11.11.1990\nEDD: 9 April 2027\nHistory: previous PPH 1,200 ml, ' +
      'Hb 104 at 30 weeks. GBS positive.';
    // The due date may come out as a DATE: masked all the same.
    const found = allSpansOf(engine, text).join(' | ');
    for (const part of ['9 April 2027', 'PPH 1,200 ml', 'Hb 104 at 30 weeks', 'GBS positive']) {
      expect(found).toContain(part);
    }
  });

  it('reads eyesight with its correction and a pilot’s limitation code', () => {
    const text =
      'Applicant: Anders Pemberton-Oyo, DOB 03/03/1979\n- Near vision N10 uncorrected\n' +
      '- Limitation: VNL (must have available spectacles for near vision)';
    const found = medical(text).join(' | ');
    expect(found).toContain('Near vision N10 uncorrected');
    expect(found).toContain('VNL (must have available spectacles for near vision)');
  });

  it('reads a blood group after "Grupo" or "group" with its sign', () => {
    expect(medical('Jugador: Ciro Larrea, DNI 44.555.666\nFicha: esguince en marzo. Grupo A+.')).toContain('Grupo A+');
  });
});

describe('the same shapes nobody has', () => {
  it('leaves a price list, a textbook’s reference table, a licensing FAQ and a product spec alone', () => {
    expect(medical('Price list 2027: skin prick test panel (up to 12 allergens) £140; component testing £95.')).toEqual(
      [],
    );
    expect(medical('Textbook table 4.2: normal adult QTc is under 450 ms in men; PR interval 120-200 ms.')).toEqual([]);
    expect(
      medical('Pilot licensing FAQ: a Class 1 applicant must have distance vision of 6/9 and near vision N5.'),
    ).toEqual([]);
    expect(medical('Monitor spec: response time 5 ms, bezel 7 mm, panel depth 12 mm, refresh 144 Hz.')).toEqual([]);
    expect(medical('Protein bar: 20 g whey protein per bar, tolerated well by most athletes.')).toEqual([]);
    expect(medical('Torneo de pádel. Grupo A - Jornada 2: Larrea/Ruiz contra Soto/Pena.')).toEqual([]);
  });

  it('vetoes a value after a requirement’s, a reference’s or a price’s word, even about someone', () => {
    expect(results('Patient: Ada Krell. Normal QTc under 450 ms; must have near vision N5.')).toEqual([]);
    expect(results('Patient: Ada Krell. Skin prick test costs £35; a wheal of 3 mm is the cut-off.')).toEqual([]);
  });
});

describe('service names and form titles', () => {
  it('leaves "the allergy nurses" and a vaccination card’s field title alone', () => {
    expect(
      medical(
        'Re: Ivo Marchetti, DOB 02/02/2018. He has a tree nut allergy.\nPlease ring the allergy nurses if unsure.',
      ),
    ).toEqual(['He has a tree nut allergy']);
    expect(medical('Menor: Tadeo Ruiz Pérez, CURP RUPT200101HJCZRDA1\nCartilla de vacunación: pendiente.')).toEqual([]);
  });
});

describe('new vocabulary: sleep apnoea and its machines, reduced mobility, cardiac rehabilitation, German compounds', () => {
  it('reads them about someone', () => {
    const es = medical(
      'Pasajero: Ramiro Ugalde Zubiaur, cédula 1712345678\nEquipaje: la máquina CPAP que usa por su apnea obstructiva del sueño.',
    ).join(' | ');
    expect(es).toContain('CPAP');
    expect(es).toContain('apnea obstructiva del sueño');
    expect(
      medical('Titular: Halyna Moroz-Vanterpool\nNotas: usa andador; movilidad reducida desde la caída de 2025.').join(
        ' | ',
      ),
    ).toContain('movilidad reducida');
    expect(medical('Name: Wiebke Onyango-Hartl, geb. 11.03.2023\nGesundheit: Erdnussallergie').join(' | ')).toContain(
      'Erdnussallergie',
    );
  });

  it('leaves a shop’s page about the same machines alone', () => {
    expect(medical('Our store stocks CPAP masks, filters and tubing; free delivery over £50.')).toEqual([]);
  });
});
