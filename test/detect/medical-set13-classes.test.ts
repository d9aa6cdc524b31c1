import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Set 13's medical classes. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const engine = createDetector();
const masked = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a nurse’s observations line: bare results beside a blood pressure or a saturation', () => {
  it('reads electrolytes written without their unit on the line of the observations', () => {
    const en = 'S: bay 3 Mr. Okafor, 70M\nA: BP 110/64, SpO2 94% 1L NC, K 3.2 replaced 20mEq IV, Mg 1.5, Na 131.';
    expect(kept(en)).toEqual(expect.arrayContaining(['K 3.2', 'Mg 1.5', 'Na 131']));
    const es = 'Valoración: TA 135/80, SatO2 97%, K 5.9, Na 129. Sin dolor.';
    expect(kept(es)).toEqual(expect.arrayContaining(['K 5.9', 'Na 129']));
    const triage = 'Obs BP 150/92 and Hb 9.8 on the ward check, Cr 140.';
    expect(kept(triage)).toEqual(expect.arrayContaining(['Hb 9.8', 'Cr 140']));
  });

  it('leaves letters and numbers on lines without observations, and lower-case letters on them', () => {
    expect(kept('Row K 3.2 and aisle Na 131 of the warehouse plan.')).toEqual([]);
    expect(kept('Vitamins: K 3.2 stock, Mg 1.5 kg in the store.')).toEqual([]);
    expect(kept('A: BP 110/64, the k 3 cable and the mg 2 car')).not.toContain('k 3');
  });

  it('reads a results line opened by "Laboratorios:" as "Laboratorio:"', () => {
    const es = 'Laboratorios: Hb 11.9 g/dL, plaquetas 231.000, leucocitos 7.400';
    expect(kept(es)).toEqual(expect.arrayContaining(['plaquetas 231.000', 'leucocitos 7.400']));
    expect(kept('Laboratorio: plaquetas 98.000')).toContain('plaquetas 98.000');
  });
});

describe('antenatal, growth and dosing measures', () => {
  it('masks a pregnancy’s length, the fetal heart rate and the fundal height', () => {
    const es = 'Control prenatal. Edad gestacional 27+5 semanas. Altura uterina 26 cm, FCF 139 lpm.';
    expect(masked(es)).toEqual(
      // One line's list (a semicolon apart) or row of readings (a comma apart) is one span (list-join.ts, session 32).
      expect.arrayContaining(['Edad gestacional 27+5 semanas', 'Altura uterina 26 cm, FCF 139 lpm']),
    );
    const en = 'Antenatal check: gestational age 33+2, fundal height 32 cm, FHR 146 bpm.';
    expect(masked(en)).toEqual(['gestational age 33+2, fundal height 32 cm, FHR 146 bpm']);
    expect(masked('EG 38+1, cefalea leve.')).toContain('EG 38+1');
  });

  it('masks an earlier blood pressure bracketed after today’s', () => {
    expect(masked('TA 146/95 (en control anterior 124/78), edema maleolar.')).toContain(
      'TA 146/95 (en control anterior 124/78)',
    );
    expect(masked('BP 171/99 (previous 150/90).')).toContain('BP 171/99 (previous 150/90)');
  });

  it('masks a child’s measure with its percentile and a dose sheet’s weight and body surface area', () => {
    expect(masked('Revisión: peso 12,1 kg, talla 86 cm (percentil 10).')).toContain(
      'peso 12,1 kg, talla 86 cm (percentil 10)',
    );
    expect(masked('Health visitor: weight 9.9 kg (50th centile).')).toContain('weight 9.9 kg (50th centile)');
    expect(masked('Cure 4 : poids 66 kg, SC 1,74 m²')).toContain('poids 66 kg, SC 1,74 m²');
    expect(masked('Cycle 2 weight 81 kg / BSA 1.95 m2, dose banded.')).toContain('weight 81 kg / BSA 1.95 m2');
  });

  it('leaves release names, gates and product areas alone', () => {
    expect(masked('The GA 4 release and EG 12 gate open at 9.')).toEqual([]);
    expect(masked('The SC 2.5 m2 panel costs more.')).toEqual([]);
  });
});

describe('a doctor’s register after "MN" or "RM", an accession number, a motor policy', () => {
  it('reads the Argentine MN and the Colombian RM number after the doctor who signs', () => {
    expect(kept('Paciente con asma.\nFirma: Dra. Inés Quiroga, MN 87.310')).toContain('87.310');
    expect(kept('Control de HTA.\nMédico: Dr. Julián Pardo, RM 80.112.457')).toContain('80.112.457');
    expect(kept('Dr. Ortega (MN 55012) indica reposo.')).toContain('55012');
  });

  it('leaves MN and RM without a doctor alone', () => {
    expect(kept('Shipping to MN 55401 and RM 12 of the warehouse.')).toEqual([]);
    expect(kept('La RM 33.100 es la ruta regional que cruza el valle.')).toEqual([]);
  });

  it('reads an accession number only in a health text', () => {
    expect(kept('Patient: ROE, Ann  MRN: TT40021  Acc#: XR27-5512093\nExam: MRI knee')).toContain('XR27-5512093');
    expect(kept('Oil on panel. Accession no. GL.1911.3.52. Gallery 4.')).toEqual([]);
    expect(kept('Library catalogue: Acc. no. 44821, shelf B.')).toEqual([]);
  });

  it('keeps a patient’s accession number in a text that names a gallery or a library too', () => {
    const en = 'Pathology report, Mr Hart (gallery attendant). Accession no. P26-00812. Basal cell carcinoma, excised.';
    expect(kept(en)).toContain('P26-00812');
    const es =
      'Informe de anatomía patológica de la Sra. Roca, bibliotecaria en la biblioteca municipal. Accession no. Q-5521: melanoma in situ.';
    expect(kept(es)).toContain('Q-5521');
  });

  it('does not read a motor policy (SOAT) as a health card, and keeps the injury', () => {
    const es = 'Tuve un accidente en moto y me fracturé el tobillo derecho; el SOAT es de la póliza QZ-4410-0091123.';
    expect(kept(es)).toContain('fracturé el tobillo derecho');
    expect(kept(es)).not.toContain('QZ-4410-0091123');
    expect(kept('Mi hijo tiene asma. Seguro médico, póliza 7781-0021-55.')).toContain('7781-0021-55');
  });
});

describe('Spanish exam findings, smoking history and the writer’s own injury', () => {
  it('keeps where in the lungs a finding lies', () => {
    const note =
      'Antecedentes: DM2; exfumador (35 paq-año).\nExploración: crepitantes en base izquierda.\nRx tórax: condensación en LII.';
    expect(kept(note)).toEqual(expect.arrayContaining(['crepitantes en base izquierda', 'condensación en LII']));
    expect(kept(note)).not.toContain('Rx');
    expect(kept('Paciente afebril, crepitantes en vértice derecho.')).toEqual(
      expect.arrayContaining(['afebril', 'crepitantes en vértice derecho']),
    );
  });

  it('masks a smoking history counted in pack-years, not a bare one', () => {
    expect(masked('Antecedentes: DM2; exfumador (35 paq-año).')).toContain('exfumador (35 paq-año)');
    expect(masked('PMH: asthma, ex-smoker 15 pack-years.')).toContain('asthma, ex-smoker 15 pack-years');
    expect(masked('Antecedentes: HTA, exfumadora desde 2019.')).not.toContain('exfumadora');
  });

  it('leaves condensation on a window alone', () => {
    expect(kept('La condensación en las ventanas aparece en invierno.')).toEqual([]);
  });

  it('reads the writer’s own fracture and a scan of a body part', () => {
    expect(kept('Ayer me fracturé la muñeca izquierda jugando al pádel.')).toContain('fracturé la muñeca izquierda');
    expect(kept('Perdón, me rompí el codo y no podré ir.')).toContain('rompí el codo');
    expect(kept('mañana no voy, tengo la resonancia del hombro a las 10')).toContain('resonancia del hombro');
  });

  it('reads a Holter asked for in a note, and its result after its heading', () => {
    const note =
      'Paciente de 58 años con palpitaciones. Se solicita Holter de 48 h.\n12/03 - Holter: extrasístoles ventriculares aisladas.';
    expect(kept(note)).toEqual(expect.arrayContaining(['Holter', 'extrasístoles ventriculares aisladas']));
  });
});

describe('a nurse’s shorthand: heart failure and no fever', () => {
  it('reads CHF and afebrile', () => {
    expect(kept('B: hx CHF, T2DM. A: afebrile, BP 120/70.')).toEqual(expect.arrayContaining(['CHF', 'afebrile']));
    expect(kept('Obs: apyrexial, settled overnight, Mrs Kaur.')).toContain('apyrexial');
  });
});

describe('departments and documents named after a service', () => {
  it('leaves a named unit’s service in a switchboard list and a treatment calendar’s title', () => {
    expect(kept('Ainsworth Ward (Renal dialysis) ..... ext 4410\nPatient advice: ext 2200')).toEqual([]);
    expect(kept('Please translate this chemotherapy calendar for the patient.')).toEqual([]);
  });

  it('keeps a patient’s dialysis and chemotherapy', () => {
    expect(kept('Mr Ode (Renal Unit) has dialysis three times a week.')).toContain('dialysis');
    expect(kept('Her chemotherapy starts on Monday, cycle 1 of 6.')).toContain('chemotherapy');
  });
});

describe('a trial registry entry is about no one', () => {
  it('drops the conditions of a registry’s title and its eligibility criteria', () => {
    const es =
      'Registro de ensayos — EudraCT 2024-001122-33\nTítulo científico: ensayo de fármaco X frente a placebo en adultos con cirrosis biliar primaria.\nCriterios de inclusión: 18-70 años; fibrosis F3.\nExclusión: hepatitis B activa.';
    expect(kept(es)).toEqual([]);
    const en =
      'Scientific title: a phase II trial of drug Y in adults with ulcerative colitis.\nSponsor: Example Pharma Ltd.\nInclusion criteria: moderate to severe colitis. Exclusion criteria: prior colectomy.';
    expect(kept(en)).toEqual([]);
  });

  it('keeps a patient’s screening note that names the criteria', () => {
    const es =
      'Paciente Sr. Ibáñez, 61 años, cumple criterios de inclusión: cirrosis compensada y fibrosis F3 en biopsia.';
    expect(kept(es)).toEqual(expect.arrayContaining(['cirrosis compensada']));
    const en = 'Mrs Hale meets the inclusion criteria: she has ulcerative colitis and takes mesalazine 2.4 g.';
    expect(kept(en)).toEqual(expect.arrayContaining(['ulcerative colitis']));
  });
});

describe('the sections of a clinical report with a record number', () => {
  const report = [
    'Patient: OWENS, Carys   MRN: QH7730215   Acc#: RX31-2290044',
    'Exam: MRI pelvis with gadolinium   Date: 03-Feb-2027',
    'Clinical details: pelvic pain for 6 weeks, raised CA-125',
    'Findings: There is a 5.1 cm complex cystic lesion in the right adnexa. No free fluid.',
    'Uterus normal in size.',
    'Conclusion: Appearances favour a right ovarian cystadenoma. Suggest gynaecology review.',
    'Reported by: Dr Hamid Noor, Consultant Radiologist',
  ].join('\n');

  it('reads each sentence of the findings, the conclusion and the exam as the patient’s', () => {
    expect(kept(report)).toEqual(
      expect.arrayContaining([
        'MRI pelvis with gadolinium',
        'There is a 5.1 cm complex cystic lesion in the right adnexa',
        'No free fluid',
        'Uterus normal in size',
        'Appearances favour a right ovarian cystadenoma',
        'Suggest gynaecology review',
        'pelvic pain for 6 weeks, raised CA-125',
      ]),
    );
    expect(kept(report).some((s) => s.includes('Noor'))).toBe(false);
  });

  it('reads a Spanish report’s hallazgos and conclusión', () => {
    const es =
      'Paciente: Sra. Pilar Vidal   NHC: 00419982\nHallazgos: Se observa un nódulo de 8 mm en el lóbulo superior derecho. Sin derrame pleural.\nConclusión: Nódulo pulmonar indeterminado.';
    expect(kept(es)).toEqual(
      expect.arrayContaining([
        'Se observa un nódulo de 8 mm en el lóbulo superior derecho',
        'Sin derrame pleural',
        'Nódulo pulmonar indeterminado',
      ]),
    );
  });

  it('leaves an audit’s findings and a school’s exam alone', () => {
    expect(kept('Internal audit 2026\nFindings: The approval step was skipped twice. No loss was found.')).toEqual([]);
    expect(kept('Candidate 4410\nExam: Maths paper 2   Date: 12 June\nConclusion: well prepared.')).toEqual([]);
  });
});

describe('a report section ends where another field opens', () => {
  it('leaves the clinician named after the impression, and a dated sentence, to the other finders', () => {
    const en = 'Patient: Lyle Brent   MRN: 55120873\nFindings: Mild cardiomegaly. Requesting clinician: Dr Ana Vaz.';
    expect(kept(en)).toContain('Mild cardiomegaly');
    expect(kept(en).some((s) => s.includes('Vaz'))).toBe(false);
    const es = 'NHC: 7781203\nHallazgos: Fractura de radio distal. Revisado por la Dra. Pía Soto el 03/04/2026.';
    expect(kept(es).some((s) => s.includes('Soto'))).toBe(false);
    expect(kept(es).join(' ')).toContain('Fractura de radio distal');
  });
});
