import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Session 21: sample ids under a laboratory export's sample column, in a table that names each row's patient.
// Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a laboratory export’s sample column', () => {
  it('reads each row’s sample id and its other mentions, with a merged cell in a row', () => {
    const csv = [
      'Run export, analyser 3',
      'SampleID,PatientName,DOB,Analyte,Result,Units',
      'QL27-550912,DOE Jane,1980-01-02,Lithium 1.4,mmol/L',
      'QL27-550913,ROE Rick,1972-05-06,Digoxin,2.9,ug/L',
      'QC_HIGH,,,Lithium,2.0,mmol/L',
      'Note: re-run sample QL27-550913 tomorrow.',
    ].join('\n');
    const found = medical(csv);
    expect(found).toContain('QL27-550912');
    expect(found.filter((v) => v === 'QL27-550913')).toHaveLength(2);
    expect(found).not.toContain('QC_HIGH');
  });

  it('reads a Spanish export with a semicolon', () => {
    const csv = 'NHC;Paciente;Muestra;Prueba;Resultado\n44120;LARA PEÑA, EVA;B27-118200;Hb;9,1';
    expect(medical(csv)).toContain('B27-118200');
  });

  it('leaves a run log with no patient column and a sample’s type alone', () => {
    expect(medical('Plate 4 run log\nSample | Well | Ct\nS-20041 | A1 | 22.1\nS-20042 | A2 | 23.9')).toEqual([]);
    expect(medical('Sample type,Patient,Volume\nEDTA-2041,ward 3,4 ml\nSST-5120,ward 5,5 ml')).toEqual([]);
  });
});
