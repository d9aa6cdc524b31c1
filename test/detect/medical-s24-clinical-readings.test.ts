import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { clinicalReadings } from '../../src/detect/medical/clinical-readings.js';
import { spansOf } from '../support/spans.js';

// Session 24: findings written as a scale's grade or a reading with its unit (eyes, swallowing, orthodontics, falls,
// capillary glucose), in a record about someone, and their look-alikes in criteria, guidance and market news.
// Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const readings = (text: string): string[] => clinicalReadings(text, 't').map((f) => text.slice(f.start, f.end));

describe('clinical readings in a record about someone', () => {
  it('reads visual acuity per eye and intraocular pressure, in English and Spanish', () => {
    const en = medical(
      'Patient: Rosalind Ackerby-Vance, DOB 11/03/1950.\nVisual acuity R 6/24, L 6/9 with glasses. IOP 23/25 mmHg.',
    );
    expect(en).toEqual(expect.arrayContaining(['Visual acuity R 6/24, L 6/9', 'IOP 23/25 mmHg']));
    const es = medical(
      'Paciente: Fulgencio Arnedo Sáez, 81 años.\nAgudeza visual OD 0,3 y OI 0,7 sin corrección; PIO OD 22 y OI 19.',
    );
    expect(es).toEqual(expect.arrayContaining(['Agudeza visual OD 0,3 y OI 0,7', 'PIO OD 22 y OI 19']));
    expect(readings('AV OD 0,4, OI 0,9 (cc)')).toEqual(['AV OD 0,4, OI 0,9']);
  });

  it('reads a dysphagia diet level, thickened drinks and a swallow trial’s sign', () => {
    const text =
      'Patient: Godfrey Amberley, NHS no 401 227 9018.\nDiet: IDDSI level 4 puréed; moderately thick fluids (level 3). ' +
      'Coughed after teaspoon trials x3 of thin water.';
    expect(medical(text)).toEqual(
      expect.arrayContaining([
        // One diet line's two items, a semicolon apart, are one span (list-join.ts, session 32).
        'IDDSI level 4 puréed; moderately thick fluids (level 3)',
        'Coughed after teaspoon trials x3 of thin water',
      ]),
    );
    const es = readings('Dieta IDDSI nivel 5 picado y húmedo, líquidos con espesante textura néctar.');
    expect(es).toEqual(['IDDSI nivel 5 picado y húmedo', 'líquidos con espesante textura néctar']);
  });

  it('reads an orthodontic classification, a bite’s measure and the need index', () => {
    const text =
      'Patient: Brannagh Marlowe-Kent (age 13), DOB 02/06/2013.\nClass III malocclusion, reverse overjet 3 mm, IOTN 4d.';
    expect(medical(text).join(' | ')).toContain('Class III malocclusion');
    expect(readings(text)).toEqual(['Class III malocclusion', 'reverse overjet 3 mm', 'IOTN 4d']);
    expect(readings('Maloclusión clase II división 2 con resalte de 8 mm.')).toEqual([
      'Maloclusión clase II división 2',
      'resalte de 8 mm',
    ]);
  });

  it('reads falls counted over a period and a capillary glucose in a diabetic’s record', () => {
    expect(readings('Falls x3 since March; two falls in the last 6 months at home.')).toEqual([
      'Falls x3',
      'two falls in the last 6 months',
    ]);
    expect(readings('Refiere 3 caídas en el último año, una con fractura.')).toEqual(['3 caídas en el último año']);
    expect(readings('Known type 2 diabetic on insulin. CBG 3.4 at 07:10, BM 8.2 after breakfast.')).toEqual([
      'CBG 3.4',
      'BM 8.2',
    ]);
    expect(readings('Glucemia capilar 61 mg/dl antes de cenar.')).toEqual(['Glucemia capilar 61 mg/dl']);
  });
});

describe('their look-alikes', () => {
  it('leaves criteria, thresholds and examples alone', () => {
    expect(readings('Referral criteria: IOTN grade 4 or above, or overjet over 6 mm.')).toEqual([]);
    expect(readings('NHS treatment is funded if IOTN 4 is reached.')).toEqual([]);
    expect(readings('Se considera hipertensión ocular a partir de PIO 21 mmHg.')).toEqual([]);
  });

  it('leaves a market’s falls and an unlabelled BM with no diabetes in the text alone', () => {
    expect(readings('El Ibex encadena tres caídas en los últimos 5 días por las ventas.')).toEqual([]);
    expect(readings('Stock BM 4.5 in the warehouse sheet, shelf 12.')).toEqual([]);
    expect(readings('Firmware level 2 drinks machine, model BG 40.')).toEqual([]);
  });

  it('adds nothing to a leaflet about nobody', () => {
    expect(
      medical(
        'Thickened fluids help people who cough during swallows. Ask about moderately thick fluids at the clinic.',
      ),
    ).toEqual([]);
  });
});
