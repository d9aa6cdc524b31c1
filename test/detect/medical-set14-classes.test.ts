import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Set 14's medical classes. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const engine = createDetector();
const masked = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a leaflet written for any reader', () => {
  const leaflet = [
    'Make this leaflet shorter.',
    '',
    'Gout — information for patients (Leaflet RH-12, reviewed May 2026)',
    'Gout is a type of arthritis caused by crystals in a joint. Common symptoms include sudden pain and swelling.',
    'Some people have only one attack. How is it diagnosed? Your doctor may offer a blood test.',
    'You may be referred for a scan or an aspiration with biopsy. Treatment is colchicine or naproxen.',
  ].join('\n');

  it('drops the conditions, tests and drugs of a leaflet whose only anchors it holds for anyone', () => {
    expect(kept(leaflet)).toEqual([]);
    const es =
      'Gota: información para el paciente. Los síntomas incluyen dolor e hinchazón. ¿Cómo se diagnostica? Su médico ' +
      'puede pedir un análisis. Algunas personas son diagnosticadas tras una biopsia. Se trata con colchicina.';
    expect(kept(es)).toEqual([]);
  });

  it('keeps them in a letter to one patient, a post about a relative and a dictated note', () => {
    const letter =
      'Dear Mrs Hale, you were diagnosed with gout in May. You may need colchicine during an attack. Your doctor can help.';
    expect(kept(letter)).toEqual(expect.arrayContaining(['gout', 'colchicine']));
    const yours =
      'Dear Tom, your biopsy confirmed coeliac disease. Common symptoms include bloating; some people have none. ' +
      'Your GP will review you.';
    expect(kept(yours)).toContain('coeliac disease');
    const forum =
      'My mum was diagnosed with coeliac disease last year. Some people have no symptoms but she had diarrhoea. ' +
      'Your doctor may refer you.';
    expect(kept(forum)).toEqual(expect.arrayContaining(['coeliac disease', 'diarrhoea']));
    const note =
      'Pt seen in clinic, referred for endoscopy with biopsy for suspected coeliac disease. Common symptoms include ' +
      'bloating; your GP will follow up.';
    expect(kept(note)).toContain('coeliac disease');
  });
});

describe('a teaching case that says it is anonymised and calls its patient by an initial', () => {
  const teaching = [
    'Write five quiz questions from this case.',
    'Case study 3 (anonymised; identifying details altered)',
    'A woman in her 60s ("Mrs B") attends with a day of vomiting and dizziness. Her NEWS2 is 4. The team suspects',
    'hypokalaemia. Learning points: screen for delirium; review diuretics.',
  ].join('\n');

  it('drops the case’s findings: the pronouns are the pseudonym’s', () => {
    expect(kept(teaching)).toEqual([]);
  });

  it('keeps a case that names its patient, gives a birth date, or calls someone by an initial without saying it is anonymised', () => {
    const named =
      'Teaching case 2 (anonymised): Mrs Jane Carter, 54, came in with chest pain. She had a troponin rise and angina.';
    expect(kept(named)).toEqual(expect.arrayContaining(['chest pain', 'angina']));
    const dated = 'Case (details changed): Mr A, DOB 02/03/1950, admitted with sepsis and delirium.';
    expect(kept(dated)).toEqual(expect.arrayContaining(['sepsis', 'delirium']));
    const plain = 'Mr A came to the clinic with gout, he has diabetes too. Please note his ulcer.';
    expect(kept(plain)).toEqual(expect.arrayContaining(['gout', 'diabetes', 'ulcer']));
  });
});

describe('a clinic letter’s drugs, counts and services', () => {
  it('reads an unlisted brand before a count of tablets and how often', () => {
    expect(kept('She takes Dovanza one tablet daily for it, prescribed in June.')).toContain(
      'Dovanza one tablet daily',
    );
    expect(kept('He remains on metformin one tablet daily.')).toContain('metformin one tablet daily');
    expect(kept('Sigue con Tremaxil un comprimido al día, según la receta.')).toContain(
      'Tremaxil un comprimido al día',
    );
    expect(kept('Samsung one tablet per customer, limited offer on tablets.')).toEqual([]);
  });

  it('masks a lymphocyte count with its unit', () => {
    expect(masked('Seen today: CD4 count 388 cells/µL, CD8 950 cells/mm3.')).toEqual(
      expect.arrayContaining(['CD4 count 388 cells/µL, CD8 950 cells/mm3']),
    );
  });

  it('leaves a condition in the capitalised name of a service or a specialty', () => {
    const text = 'Renal & Diabetes Service. Dr Amy Lo, Consultant in Diabetes Medicine. Mrs Kaur has diabetes.';
    expect(kept(text)).toEqual(['diabetes']);
    expect(kept('Her HIV clinic visit is due; she has HIV.')).toEqual(expect.arrayContaining(['HIV']));
  });
});

describe('registers, samples and case numbers', () => {
  it('reads a court’s case number as the court’s, a ward’s as the patient’s', () => {
    expect(kept('SOCIAL SECURITY TRIBUNAL — Case Number: 4409912/2025 — appeal bundle. She has asthma.')).toEqual([
      'asthma',
    ]);
    expect(kept('Case number: 4409912 (ward 7), patient admitted with asthma.')).toContain('4409912');
  });

  it('reads a register number with the profession between its cue and the number, and a Colombian card', () => {
    expect(masked('INFORME — Centro Palabras (Huesca), nº colegiado logopeda 22/1187.')).toContain('22/1187');
    expect(kept('Psicólogo: Iván Mora Ruiz, T.P. 204417.')).toContain('204417');
    expect(kept('Resultados TP 204417 del torneo.')).toEqual([]);
  });

  it('reads a German laboratory’s sample number', () => {
    expect(kept('Humangenetik — Probe-ID SST-4410-2210, Patientin geb. 01.02.1990')).toContain('SST-4410-2210');
  });
});

describe('falls and marks of an injury', () => {
  it('reads a fall in a care note and the marks a medical report lists', () => {
    expect(kept('Night log: Mr Lowe had a fall at 02:40, found on the floor.')).toContain('had a fall');
    expect(
      kept('El parte recoge erosiones en ambas rodillas y hematoma en el muslo derecho de Dña. Ana Ruiz.'),
    ).toEqual(expect.arrayContaining(['erosiones en ambas rodillas', 'hematoma en el muslo derecho']));
  });

  it('leaves a market’s fall and a parcel’s weight', () => {
    expect(kept('The euro had a fall in value against the dollar.')).toEqual([]);
    expect(masked('Dock log: packed by picker 19, weight 4.07 kg checked, he signed it off.')).toEqual([]);
  });
});

describe('a speech therapist’s report', () => {
  const report = [
    'INFORME DE LOGOPEDIA — Centro Voces (Teruel), nº colegiado logopeda 44/0219',
    'Niña: Carla Soler   Fecha de nacimiento: 02/03/2020',
    'Motivo de consulta: derivada por pediatra por retraso del lenguaje.',
    'Evaluación (ELCE, 01/09/2026): comprensión: normal; expresión: PD 6, retraso. Procesos de simplificación fonológica: omisión de consonante final.',
    'Plan: 3 sesiones semanales de 30 min durante 4 meses, pautas en casa.',
  ].join('\n');

  it('masks the delay, the subtests’ results, the processes and the plan of sessions', () => {
    expect(masked(report)).toEqual(
      expect.arrayContaining([
        // The subtests a semicolon apart are one list, one span (list-join.ts, session 32).
        'comprensión: normal; expresión: PD 6, retraso',
        // The Plan section's whole value (medical/clinical-sections.ts), the advice at home included.
        '3 sesiones semanales de 30 min durante 4 meses, pautas en casa',
      ]),
    );
    const found = masked(report).join(' | ');
    expect(found).toContain('retraso del lenguaje');
    expect(found).toContain('Procesos de simplificación fonológica');
  });

  it('leaves a gym’s timetable and an assessment heading in a text with no record', () => {
    expect(masked('Gym timetable: 3 sesiones semanales de 50 min durante 4 meses, cuota mensual.')).toEqual([]);
    expect(kept('Evaluación (rúbrica, 2026): contenido: bueno; forma: mejorable.')).toEqual([]);
  });
});

describe('an addiction service’s note and a genetics report', () => {
  it('masks days without a substance, a craving score, a drug screen and the variant of a patient', () => {
    const note =
      'Centro de adicciones — Historia HC-2026-1234\nUsuario: Pedro Gil. Sesión 3. Refiere 9 días sin consumo de ' +
      'alcohol, craving 5/10 por las noches. Prueba de orina: negativa para opiáceos y cannabis.';
    expect(masked(note)).toEqual(
      expect.arrayContaining([
        // The sentence from its verb: the statement's clause.
        'Refiere 9 días sin consumo de alcohol, craving 5/10 por las noches',
        'Prueba de orina: negativa para opiáceos y cannabis',
      ]),
    );
    const report =
      'Befundbericht, Patientin: Weber, Anna, geb. 02.03.1988\nIndikation: dilatative Kardiomyopathie bei der Mutter, ' +
      'Synkope im Mai 2026\nErgebnis: heterozygote Variante MYH7 c.2389G>A, p.(Ala797Thr).\nEmpfehlung: ' +
      'Langzeit-EKG und Echokardiogramm alle zwei Jahre.';
    expect(masked(report)).toEqual(
      expect.arrayContaining([
        'dilatative Kardiomyopathie bei der Mutter, Synkope im Mai 2026',
        'MYH7 c.2389G>A, p.(Ala797Thr)',
        'Langzeit-EKG und Echokardiogramm alle zwei Jahre',
      ]),
    );
  });

  it('leaves a variant found in a cohort, a pipeline’s run and a viral load in a leaflet', () => {
    expect(masked('In a cohort of 212 families we found MYH7 c.2389G>A in 14 kindreds.')).toEqual([]);
    expect(masked('The pipeline ran 30 days without failing.')).toEqual([]);
    expect(masked('A viral load below 200 copies means the virus cannot be passed on.')).toEqual([]);
    expect(masked('Review: HIV viral load < 40 copies/mL (undetectable), adherent.')).toContain(
      'HIV viral load < 40 copies/mL (undetectable)',
    );
  });
});
