import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Set 12's medical classes. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const rulesOnly = createDetector({ extras: [] });
const ruled = (text: string): string[] => spansOf(rulesOnly, text, ['MEDICAL']);

describe('MedicalDetector: the letter prefix of a case number', () => {
  it('does not read a form or case number prefix as a condition’s initials', () => {
    const ms = 'Request form MS-4471\nDx: multiple sclerosis, relapsing.\nCase #: MS-2025-100293';
    expect(kept(ms)).toContain('multiple sclerosis, relapsing');
    expect(kept(ms)).not.toContain('MS');
    const ckd = 'Ref CKD-0081. Patient with chronic kidney disease stage 3 on review.';
    expect(kept(ckd)).not.toContain('CKD');
    const es = 'Expediente AR-3310: paciente con artritis reumatoide en tratamiento.';
    expect(kept(es)).not.toContain('AR');
  });

  it('still reads the initials used on their own', () => {
    const ms = 'Request form MS-4471\nDx: multiple sclerosis. MS stable since spring.';
    expect(kept(ms)).toContain('MS');
  });
});

describe('MedicalDetector: an optometrist’s register number', () => {
  it('reads a GOC, GDC or HCPC number after the clinician who holds it', () => {
    expect(kept('Optometrist: J. Pellow GOC 01-44120\nRecall in 2 years.')).toContain('01-44120');
    expect(kept('Dispensing optician Mara Vance (GOC D-55012) checked the frame fit.')).toContain('D-55012');
    expect(kept('Dentista: Lucía Ferro, GDC 204417')).toContain('204417');
  });

  it('leaves the register’s name alone when no clinician holds the number', () => {
    expect(kept('Our GOC inspection is due on 14 May; room 01-44 is booked.')).toEqual([]);
    expect(kept('The GDC 2031 strategy was published today.')).toEqual([]);
  });
});

describe('rules: an eye’s row of a spectacle prescription', () => {
  it('reads each eye’s labelled sphere, cylinder, axis and addition', () => {
    const en =
      'Spectacle Rx - Mr Olu Bankole\nR: SPH -2.25 CYL -0.75 AXIS 10 ADD +1.75\nL: SPH -2.00 CYL -0.50 AXIS 165 ADD +1.75';
    expect(ruled(en)).toEqual(['SPH -2.25 CYL -0.75 AXIS 10 ADD +1.75', 'SPH -2.00 CYL -0.50 AXIS 165 ADD +1.75']);
    const es = 'Graduación de Inés Roldán. OD: ESF +1,25 CIL -0,50 EJE 85. OI: ESF +1,00 CIL -0,25 EJE 95.';
    expect(ruled(es)).toEqual(['ESF +1,25 CIL -0,50 EJE 85', 'ESF +1,00 CIL -0,25 EJE 95']);
    expect(ruled('Right eye: Sph +0.50 / Cyl -1.00 / Axis 90')).toEqual(['Sph +0.50 / Cyl -1.00 / Axis 90']);
  });

  it('leaves the same labels without signed dioptres alone', () => {
    expect(ruled('Export the scene as SPH and CYL primitives, axis 90 up.')).toEqual([]);
    expect(ruled('Part SPH 5 CYL 2 AXIS 3 in stock.')).toEqual([]);
  });
});

describe('rules: a health app’s export records', () => {
  it('reads the owner’s blood type, clinical quantities and rhythm events', () => {
    const xml =
      '<HealthData locale="es_ES">\n <Me HKCharacteristicTypeIdentifierBloodType="HKBloodTypeAPositive"/>\n' +
      ' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Reloj de Marta" unit="count/min"\n' +
      '   startDate="2025-02-11 14:02:10 +0100" value="131"/>\n' +
      ' <Record type="HKQuantityTypeIdentifierOxygenSaturation" unit="%" startDate="2025-02-11" value="0.93"/>\n' +
      ' <Record type="HKCategoryTypeIdentifierHighHeartRateEvent" value="HKCategoryValueHighHeartRateEvent"/>';
    expect(ruled(xml)).toEqual(['HKBloodTypeAPositive', '131', '0.93', 'HKCategoryValueHighHeartRateEvent']);
    const bp =
      '<Record type="HKQuantityTypeIdentifierBloodPressureSystolic" unit="mmHg" value="152"/>' +
      '<Record type="HKQuantityTypeIdentifierBloodPressureDiastolic" unit="mmHg" value="97"/>';
    expect(ruled(bp)).toEqual(['152', '97']);
    expect(ruled('print(rec) -> type="HKQuantityTypeIdentifierBloodGlucose" unit="mg/dL" value="188"')).toEqual([
      '188',
    ]);
  });

  it('leaves activity counts and the type names in code alone', () => {
    expect(ruled('<Record type="HKQuantityTypeIdentifierStepCount" unit="count" value="10422"/>')).toEqual([]);
    expect(ruled('let t = HKQuantityTypeIdentifier.heartRate // value="60" is a default')).toEqual([]);
  });
});

describe('MedicalDetector: a mood journal exported from a health app', () => {
  it('reads each entry’s mood rating, tags and note as its keeper’s health record', () => {
    const en =
      'Fix the quoting of this export:\nuser,logged_at,mood_score,tags,note\n' +
      'lee.park@example.net,2025-04-02 21:10,4,"stressed,headache","skipped lunch, migraine by 6pm"\n' +
      'lee.park@example.net,2025-04-03 08:00,7,sleep,"slept 8h, walked with Dana"';
    expect(kept(en)).toEqual(
      expect.arrayContaining(['4', 'stressed,headache', 'skipped lunch, migraine by 6pm', '7', 'sleep', 'slept 8h']),
    );
    // The clause naming a friend is left to the name readers.
    expect(kept(en).some((span) => span.includes('Dana'))).toBe(false);
    const es =
      'fecha;estado de ánimo;síntomas;notas\n2025-05-10;2;ansiedad;no salí de casa\n2025-05-11;3;cansancio;mejor';
    expect(kept(es)).toEqual(expect.arrayContaining(['2', 'ansiedad', 'no salí de casa', '3', 'cansancio', 'mejor']));
    const tsv = 'Date\tMood\tTags\n2025-01-09\t6/10\tlow energy\n';
    expect(kept(tsv)).toEqual(expect.arrayContaining(['6/10', 'low energy']));
  });

  it('leaves a summary of moods with no one’s entries alone', () => {
    expect(kept('region,mood_avg,notes\nNorth,6.2,survey wave 3\nSouth,5.9,survey wave 3')).toEqual([]);
    expect(kept('The app stores mood, tags and notes for each day.')).toEqual([]);
  });
});

describe('MedicalDetector: a clinician’s screening question', () => {
  it('does not read the symptoms asked about as the patient’s', () => {
    const chat =
      '[10:02] patient (m.orr): sore throat and a cough since monday\n' +
      '[10:03] Dr P. Nkemelu: Any fever or chills?\n[10:04] Dr P. Nkemelu: Any allergies?\n[10:05] patient (m.orr): no';
    expect(kept(chat)).toEqual(['sore throat', 'cough']);
    const es = 'Paciente: Luis Ferrer, tos seca de 3 días.\nDra. Vidal: ¿Alguna alergia a medicamentos?\nPaciente: no';
    expect(kept(es)).not.toContain('alergia a medicamentos');
    expect(kept(es)).not.toContain('alergia');
    const note = 'Pt Ana Ruiz, follow-up call. Any fever, vomiting or diarrhoea since Friday? Mother says no.';
    expect(kept(note)).toEqual([]);
  });

  it('keeps a symptom the question’s answer confirms', () => {
    expect(kept('Pt Ana Ruiz. Dr Lee: Any fever? Yes, 38.6 last night.')).toContain('fever');
    expect(kept('Patient: Ana Ruiz. Any headaches? Yes, migraines twice a week.')).toContain('headaches');
    expect(kept('Paciente: Ana Ruiz. ¿Alguna alergia? Sí, a la penicilina.')).toContain('alergia');
  });
});
