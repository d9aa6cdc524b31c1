import { describe, expect, it } from 'vitest';
import { createDetector, defaultRulesDir } from '../../src/detect/engine.js';
import { loadRulePacks } from '../../src/detect/packs/load.js';
import { runRule } from '../../src/detect/run-rule.js';
import { growth } from '../support/cost.js';
import { spansOf } from '../support/spans.js';

// Results below are made up for these tests; none is taken from the evaluation sets.
const rulesOnly = createDetector({ extras: [] });
const medical = (text: string) => spansOf(rulesOnly, text, ['MEDICAL']);
const typed = (text: string) =>
  rulesOnly
    .detect(text)
    .filter((f) => f.label === 'MEDICAL')
    .map((f) => `${f.type} ${text.slice(f.start, f.end)}`);

describe('laboratory results', () => {
  it('masks the analyte with its value and unit in an English report', () => {
    // Readings a comma or a semicolon apart come out as one span (list-join.ts); 'and' keeps two apart.
    expect(
      medical('Renal clinic: urea 14.2 mmol/L, creatinine 203 umol/L and eGFR 24 mL/min/1.73m2; Hb 97 g/L.'),
    ).toEqual(['urea 14.2 mmol/L, creatinine 203 umol/L', 'eGFR 24 mL/min/1.73m2; Hb 97 g/L']);
    expect(medical('His HbA1c was 77 mmol/mol (9.2%), NT-proBNP 3,105 ng/L.')).toEqual([
      'HbA1c was 77 mmol/mol',
      'NT-proBNP 3,105 ng/L',
    ]);
  });

  it('reads Spanish reports with decimal commas and thousands points', () => {
    // Each value is read (a row joins only readings: list-join.ts), and the row is one span.
    expect(medical('Analítica: hemoglobina 11,2 g/dl, plaquetas 412.000/mm3, PCR 23 mg/L, INR: 1,9.')).toEqual([
      'hemoglobina 11,2 g/dl, plaquetas 412.000/mm3, PCR 23 mg/L, INR: 1,9',
    ]);
    expect(medical('creatinina: 2,6 mg/dL; potasio 5,8 mEq/L; Hto 33 %')).toEqual([
      'creatinina: 2,6 mg/dL; potasio 5,8 mEq/L; Hto 33 %',
    ]);
  });

  it('takes the analyte and the value from neighbouring table cells', () => {
    const table = ['| Test | Result | Units | Range |', '|---|---|---|---|', '| Potassium | 6.3 | mmol/L | 3.5-5.1 |'];
    expect(medical(table.join('\n'))).toEqual(['Potassium | 6.3 | mmol/L']);
    expect(medical('Troponin I (ng/L) | 418')).toEqual(['Troponin I (ng/L) | 418']);
  });

  it('reads a report whose columns are lined up with spaces', () => {
    const report = [
      'Ferritin             9 ng/mL          (30-400)   L',
      'A1c                  7.4 %            (< 5.7)    H',
      'Creatinine           112 umol/L       (45-90)    H',
      'Albumin/creat ratio  -',
      'UPCR                 61 mg/mmol       (<15)      H',
    ];
    expect(medical(report.join('\n'))).toEqual([
      'Ferritin             9 ng/mL',
      'A1c                  7.4 %',
      'Creatinine           112 umol/L',
      'UPCR                 61 mg/mmol',
    ]);
    expect(medical('| Sodium     |   131    | mmol/L |')).toEqual(['Sodium     |   131    | mmol/L']);
    // Padding does not reach across a line: a heading and a number on the next line stay apart.
    expect(medical('Ferritin\n\n\n\n   12 boxes of 5 mg/L buffer')).toEqual([]);
  });

  it('leaves doses, label contents and product specifications alone', () => {
    expect(medical('Each sachet has 40 mg of caffeine and 1000 IU of vitamin D.')).toEqual([]);
    expect(medical('Take iron 200 mg twice daily; calcium 1.5 g at night.')).toEqual([]);
    expect(medical('HDL cable 3 m, USB-C to HDMI.')).toEqual([]);
  });

  it('leaves chemistry homework, reference values, prices and configuration alone', () => {
    expect(medical('Prepare a solution of sodium 150 mmol/L and work out the osmolarity.')).toEqual([]);
    expect(medical('A normal potassium is 3.5 to 5 mmol/L.')).toEqual([]);
    expect(medical('The course fee is INR 2,999 and the TA answers on Fridays.')).toEqual([]);
    expect(medical('set ALT_RETRIES=3, K=5 and bump ca-certificates to 2.9.1')).toEqual([]);
  });
});

describe('vital signs', () => {
  it('finds blood pressure, heart and breathing rate, saturation and temperature', () => {
    // A row joins only readings a comma apart (list-join.ts): one span means each sign was read.
    expect(typed('Triage: TA 171/96 mmHg, FC 121 lpm, FR 24 rpm, Sat O2 90%, Tª 38,9 ºC.')).toEqual([
      'VITAL_SIGN TA 171/96 mmHg, FC 121 lpm, FR 24 rpm, Sat O2 90%, Tª 38,9 ºC',
    ]);
    expect(medical('On arrival BP 86/49, HR 133 bpm, SpO2 87% on air.')).toEqual(['BP 86/49, HR 133 bpm, SpO2 87%']);
  });

  it('does not read a teaching assistant, a date or an oven as a vital sign', () => {
    expect(medical('Ask the TA before 14/02; the TA marks 20/25 of the quizzes.')).toEqual([]);
    expect(medical('Bake at a temperature of 190 °C for 25 minutes.')).toEqual([]);
  });

  it('does not take a guideline threshold ("or more", "o más") as someone’s result', () => {
    expect(medical('Screening leaflet: an HbA1c of 50 mmol/mol (6.7%) or more on two tests means diabetes.')).toEqual(
      [],
    );
    expect(medical('Criterio: glucemia basal de 126 mg/dL o más en dos determinaciones.')).toEqual([]);
    expect(medical('Refer to renal if eGFR 30 mL/min or below on repeat.')).toEqual([]);
    expect(medical('Her HbA1c was 71 mmol/mol today, up from 58.')).toEqual(['HbA1c was 71 mmol/mol']);
  });

  it('takes weight and BMI only when they are a person’s', () => {
    expect(medical('Mujer de 44 años, peso 93 kg, IMC 35,4.')).toEqual(['peso 93 kg, IMC 35,4']);
    expect(medical('The parcel weighs 3.4 kg and ships tomorrow.')).toEqual([]);
  });
});

describe('cost', () => {
  it('every pattern stays linear on long runs of near-misses (CPU growth, not wall time)', () => {
    const rules = loadRulePacks(defaultRulesDir()).filter((r) => r.file.endsWith('medical-labs.yaml'));
    const near = ['creatinine 1.1.1.1 ', 'Hb | 1 | ', 'ta 120/ ', 'k: 1,1,1,1 ', 'glucose of is was ', 'inr 1,1,1 '];
    for (const unit of near) {
      const make = (n: number) => unit.repeat(Math.ceil(n / unit.length));
      for (const rule of rules) {
        const g = growth(make, (text) => runRule(rule, text), 25_000, 200_000, { runs: 2, floorUs: 5_000 });
        expect(g.large, `${rule.id} on ${JSON.stringify(unit)}`).toBeLessThanOrEqual(g.bound);
      }
    }
  });
});
