import { describe, expect, it } from 'vitest';
import { createDetector, defaultRulesDir } from '../../src/detect/engine.js';
import { loadMeasurements, measurementReadings } from '../../src/detect/medical/measurements.js';
import { tokenize } from '../../src/detect/nlp/tokenize.js';
import { spansOf } from '../support/spans.js';

// Session 28: a specialty's measurement by its name and value (rules/medical/measurements.yaml), in a text about
// someone, and the look-alikes (flight numbers, a threshold, a dose, a price). Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);
const vocab = loadMeasurements(defaultRulesDir());
const readings = (text: string, someone = true): string[] =>
  measurementReadings(text, tokenize(text), vocab, 't', () => someone).map((f) => text.slice(f.start, f.end));

describe('specialty measurements in a text about someone', () => {
  it('reads a fetal biometry row, a weight with its centile, and a pregnancy’s length', () => {
    expect(readings('Biometría: DBP 61 mm, CC 222 mm, CA 201 mm, LF 44 mm. PFE 690 g (p34).')).toEqual([
      'DBP 61 mm',
      'CC 222 mm',
      'CA 201 mm',
      'LF 44 mm',
      'PFE 690 g (p34)',
    ]);
    expect(readings('Vive con su pareja, embarazada de 5 meses, y con dos niños.')).toEqual(['embarazada de 5 meses']);
    expect(readings('At 27 weeks pregnant she was admitted.')).toEqual(['27 weeks pregnant']);
  });

  it('reads salts and kidney readings without units in a row, and sure names alone', () => {
    expect(readings('Bloods yesterday: Na 127, K 6.1, Cr 188. Repeat Friday.')).toEqual(['Na 127', 'K 6.1', 'Cr 188']);
    expect(readings('Control: HbA1c 71, TSH 4,9 y Hb al alta 8,8.')).toEqual(['HbA1c 71', 'TSH 4,9', 'Hb al alta 8,8']);
    // One abbreviation alone, with a bare number and no heading, is anything.
    expect(readings('Room K 14 is free.')).toEqual([]);
  });

  it('reads eyes, hearing, teeth, breathing, joints, stomas, diets and leg pulses by their own units', () => {
    expect(readings('Topografía: Kmax OI 51,7 D; paquimetría 462 µm.')).toEqual([
      'Kmax OI 51,7 D',
      'paquimetría 462 µm',
    ]);
    expect(readings('Audiogram: PTA left 52 dB HL.')).toEqual(['PTA left 52 dB HL']);
    expect(readings('Presupuesto: endodoncia del 26 y corona en 26; bolsa periodontal de 7 mm.')).toEqual([
      'endodoncia del 26',
      'corona en 26',
      'bolsa periodontal de 7 mm',
    ]);
    expect(readings('FEV1 2.1 L, FVC 3.4 L; peak flow 280 L/min.')).toEqual([
      'FEV1 2.1 L',
      'FVC 3.4 L',
      'peak flow 280 L/min',
    ]);
    expect(readings('Hombro: abducción 80°, fuerza 3/5.')).toEqual(['abducción 80°', 'fuerza 3/5']);
    expect(readings('Débito de la ostomía 1900 ml/día, dieta de 1800 kcal/día.')).toEqual([
      'Débito de la ostomía 1900 ml/día',
      'dieta de 1800 kcal/día',
    ]);
    expect(readings('Índice tobillo-brazo 0,74 derecho; COHb 16 %.')).toEqual([
      'Índice tobillo-brazo 0,74',
      'COHb 16 %',
    ]);
  });

  it('leaves flight numbers, thresholds, doses, prices, ranges and dates alone', () => {
    expect(readings('Flights AV 118 / AV 119 on Monday.')).toEqual([]);
    expect(readings('Refer if AFI is 5 cm or less; normal FEV1 above 80 %.')).toEqual([]);
    expect(readings('Calcium 500 mg daily with food.')).toEqual([]);
    expect(readings('La corona 45 cuesta 600 euros.')).toEqual([]);
    expect(readings('HC 12-14 and AC 03/05/2026.')).toEqual([]);
    expect(readings('Na 133, K 4.4', false)).toEqual([]);
  });

  it('masks them through the engine only in a text about someone', () => {
    expect(
      medical('Paciente: Jimena Oroz Lasa, DNI 11223344Z.\nIones: Na 129, K 5,6. FEVI 38 %. Caries en 47.'),
    ).toEqual(expect.arrayContaining(['Na 129, K 5,6', 'Caries en 47']));
    expect(medical('Spirometry explained: FEV1 and FVC are measured in litres, e.g. FEV1 3.2 L.')).toEqual([]);
  });
});
