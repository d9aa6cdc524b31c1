import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';

// Classes of medical data the vocabularies and cues missed: doctors' licence numbers after a register's short name,
// mental-health intake items (scores, substances, mood), everyday operations, leaves and work restrictions, and a
// vet's referral about an animal. Every example is invented.
const engine = createDetector();
const medical = (text: string): string[] =>
  engine
    .detect(text)
    .filter((f) => f.label === 'MEDICAL')
    .map((f) => text.slice(f.start, f.end));

describe('doctors’ licence numbers after a register that names other things too', () => {
  it('reads the number after GMC, förskrivarkod, CMP or matrícula when a doctor stands before it', () => {
    expect(medical('Report signed by Dr Imogen Vale (GMC 4417290), consultant.')).toContain('4417290');
    expect(medical('Förskrivare: Dr. Nils Berg, förskrivarkod 8812345')).toContain('8812345');
    expect(medical('Médico: Dr. Aurelio Campos, CMP 61207.')).toContain('61207');
    expect(medical('Firma: Dra. Celeste Ibarra, matrícula 30218')).toContain('30218');
  });

  it('leaves the same short names alone with no doctor on the line', () => {
    expect(medical('Fleet: GMC 2500 trucks x 4, CMP 3400 modules in stock.')).toEqual([]);
    expect(medical('La matrícula 2024 del curso cuesta 350 euros.')).toEqual([]);
  });
});

describe('mental-health intake items', () => {
  it('masks a patient’s screening scores and substance use', () => {
    const note = 'Intake: pt reports low mood, early waking. Cannabis daily. PHQ-9 22, GAD-7 15, AUDIT 19.';
    const found = medical(note);
    // A term grows to its clause ("pt reports ..."); the scores, a comma apart, are one row (list-join.ts).
    for (const v of ['pt reports low mood, early waking', 'PHQ-9 22, GAD-7 15, AUDIT 19']) expect(found).toContain(v);
    expect(found.some((v) => v.startsWith('Cannabis daily'))).toBe(true);
    expect(medical('Cribado: EPDS 17 a las 6 semanas del parto, paciente llorosa.')).toContain('EPDS 17');
    expect(medical('Ward review: MoCA 21/30, recall poor.')).toContain('MoCA 21/30');
  });

  it('reads a patient’s use of street drugs, not a report about them', () => {
    // The span is the statement's clause.
    expect(medical('Pt smokes cannabis most evenings and drinks 30 units a week.')).toContain(
      'Pt smokes cannabis most evenings and drinks 30 units a week',
    );
    const es = medical('Paciente de 29 años. Consumo de cocaína los fines de semana y marihuana diario.');
    expect(es).toContain('Consumo de cocaína los fines de semana y marihuana diario');
    expect(medical('News: cannabis prices rose in Berlin; cocaine seizures doubled.')).toEqual([]);
    expect(medical('Informe: la incautación de cocaína creció un 20% en el puerto.')).toEqual([]);
  });

  it('leaves a guideline’s bands, ranges and an audit’s count alone', () => {
    expect(medical('PHQ-9 scores of 5, 10, 15 and 20 mean mild to severe depression.')).toEqual([]);
    expect(medical('A GAD-7 score of 10 or more needs a review; moderate is PHQ-9 10-14.')).toEqual([]);
    expect(medical('AUDIT 12 findings were closed by the finance team.')).toEqual([]);
  });

  it('reads a suicide attempt, a stopped drug and a ruled-out finding in a Spanish note', () => {
    const note =
      'Paciente de 41 años. Motivo: intento autolítico con paracetamol. Antecedentes: abandonó el litio. ' +
      'Exploración: sin signos de intoxicación.';
    const found = medical(note);
    expect(found.some((v) => v.includes('intento autolítico'))).toBe(true);
    expect(found.some((v) => v.includes('litio'))).toBe(true);
    expect(found.some((v) => v.includes('signos de intoxicación'))).toBe(true);
  });
});

describe('conditions the vocabularies lacked', () => {
  it('finds them in English and Spanish when someone has them', () => {
    // Each span is the statement's clause (after an age, before "según su nieta" and a month's name).
    expect(medical('My grandad was diagnosed with motor neurone disease in May.')).toContain(
      'My grandad was diagnosed with motor neurone disease',
    );
    expect(medical('El cliente tiene 83 años y deterioro cognitivo leve, según su nieta.')).toContain(
      'deterioro cognitivo leve',
    );
    expect(medical('Mi tío tiene lumbago desde el invierno.').join(' ')).toContain('lumbago');
    expect(medical('My sister has high cholesterol and takes a statin.')).toContain(
      'My sister has high cholesterol and takes a statin',
    );
  });

  it('reads an obituary’s illness as the deceased’s', () => {
    expect(medical('Walter Fenwick died at home after a long illness (pancreatic cancer), aged 81.')).toContain(
      'pancreatic cancer',
    );
    expect(medical('Doña Amparo Rey falleció tras una larga enfermedad (esclerosis múltiple).')).toContain(
      'esclerosis múltiple',
    );
  });

  it('reads a permanent incapacity with its cause as one finding', () => {
    // The clause: the certificate of an incapacity with its cause.
    expect(
      medical('Adjunto el certificado de incapacidad permanente por insuficiencia renal del solicitante.')[0],
    ).toMatch(/incapacidad permanente por insuficiencia renal/);
    expect(medical('Mi padre tiene reconocida una incapacidad permanente absoluta por ictus.')).toContain(
      'Mi padre tiene reconocida una incapacidad permanente absoluta por ictus',
    );
  });
});

describe('operations and injuries said the everyday way', () => {
  it('reads a device fitted, a joint replaced and an operation named by its site', () => {
    // Each span is the clause, up to a weekday or a month.
    expect(medical('Her dad had a pacemaker fitted last month.')).toContain(
      'Her dad had a pacemaker fitted last month',
    );
    expect(medical('Gran had her hip replaced on Friday, so no visitors yet.')).toContain('Gran had her hip replaced');
    expect(medical('My brother had his knee replaced in June.')).toContain('My brother had his knee replaced');
    expect(medical('estoy de baja por la operación de rodilla')).toContain('estoy de baja por la operación de rodilla');
    expect(medical('mi madre se recupera de una cirugía de cadera')).toContain(
      'mi madre se recupera de una cirugía de cadera',
    );
  });

  it('reads a split eyebrow or lip as an injury', () => {
    // The clause; a colon ends the one before.
    expect(medical('He turned up at A&E with a split lip after rugby.').join(' ')).toContain('split lip');
    expect(medical('My son came off his bike: split lip and a chipped tooth.')).toContain(
      'split lip and a chipped tooth',
    );
  });
});

describe('leaves and work restrictions with a medical reason', () => {
  it('masks a restriction with its length, in English and Spanish', () => {
    expect(medical('Return-to-work plan for Omar: no lifting over 12 kg for 8 weeks.')).toContain(
      'no lifting over 12 kg for 8 weeks',
    );
    expect(medical('OH advice for Priya: light duties for four weeks.')).toContain('light duties for four weeks');
    expect(medical('Tras la operación de Luis: sin cargar pesos durante 3 semanas.')).toContain(
      'sin cargar pesos durante 3 semanas',
    );
  });

  it('leaves a policy’s limits and advice to the reader alone', () => {
    expect(medical('Warehouse rule: no lifting over 25 kg without a team lift.')).toEqual([]);
    expect(medical('After a hip replacement most patients avoid driving for 6 weeks.')).toEqual([]);
    expect(medical('Tras una prótesis de cadera, normalmente sin cargar pesos durante 6 semanas.')).toEqual([]);
  });

  it('keeps a restriction in a note to a manager or a letter to the patient', () => {
    expect(medical('Hi Sam, can you note for Priya: no lifting over 10 kg for 6 weeks.')).toContain(
      'no lifting over 10 kg for 6 weeks',
    );
    expect(medical('Dear Mr Khan, your fit note says no driving for 6 weeks.')).toContain('no driving for 6 weeks');
  });

  it('reads maternity leave, reduced hours for a treatment and a dated incapacity as someone’s', () => {
    // The clause after the comma: the salary and the month stay out.
    expect(medical('Applicant 2: £27,400 basic, on maternity leave until April.')).toContain('on maternity leave');
    expect(medical('Cotitular: Txaro, con reducción de jornada por un tratamiento oncológico.')).toContain(
      // The clause after the name found.
      'con reducción de jornada por un tratamiento oncológico',
    );
    expect(medical('La asegurada refiere cervicalgia, incapacidad de 8 días.')).toContain(
      'La asegurada refiere cervicalgia, incapacidad de 8 días',
    );
  });

  it('leaves an inability to pay and a leave policy alone', () => {
    expect(medical('La incapacidad de pago del deudor quedó acreditada.')).toEqual([]);
    // A leave given its cause stays, across a wrapped line too.
    expect(
      medical('La trabajadora está en incapacidad temporal por\nembarazo de riesgo desde marzo.').join(' '),
    ).toContain('incapacidad temporal por\nembarazo de riesgo');
    expect(medical('Policy: staff on maternity leave keep accruing holiday.')).toEqual([]);
  });
});

describe('what a finding says with it', () => {
  it('takes the type, a pregnancy’s length, a weight change, a new dose and a hospital stay', () => {
    // Spans are the statements' clauses.
    expect(medical('Paciente con trastorno bipolar tipo II.').join(' ')).toContain('trastorno bipolar tipo II');
    expect(medical('Mi cuñada está embarazada de 8 meses.').join(' ')).toContain('embarazada de 8 meses');
    expect(medical('Pupil seen by the nurse: weight loss 4 kg since June.')).toContain('weight loss 4 kg');
    expect(medical('Patient: sertraline was increased to 150 mg.')).toContain('sertraline was increased to 150 mg');
    expect(medical('Mi padre estuvo internado por una bronquitis.').join(' ')).toContain(
      'internado por una bronquitis',
    );
  });
});

describe('a vet’s referral names the animal by breed and chip', () => {
  it('drops the animal’s condition and keeps the owner’s', () => {
    const referral =
      'DERIVACIÓN — Cardiología — Paciente: "Rayo", bóxer macho 6 años, chip 941000012345678\n' +
      'Soplo grado III/VI, sospecha de cardiomiopatía dilatada.\n' +
      'Propietario: Tomás Herrero. Nota: el dueño tiene asma y pide no entrar a la sala.';
    const found = medical(referral);
    expect(found.some((v) => v.includes('cardiomiopatía'))).toBe(false);
    expect(found.some((v) => v.includes('asma'))).toBe(true);
  });

  it('keeps a person’s condition in texts that share the vet cue words', () => {
    // The clause after the commas that name who.
    expect(medical('El propietario del piso, mi padre, tiene EPOC y no sube escaleras.')).toContain(
      'tiene EPOC y no sube escaleras',
    );
    expect(medical('Raza y especie no aplican: la paciente Marta Gil tiene epilepsia.')).toContain('tiene epilepsia');
  });
});
