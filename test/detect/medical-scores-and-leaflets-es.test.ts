import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Every text below is invented for these tests.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const engine = createDetector();
const medical = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('MedicalDetector: a Spanish leaflet speaks to anyone who has the condition', () => {
  it('drops the conditions of a leaflet whose only "tiene" is "si tiene"', () => {
    const a =
      'Resume este prospecto.\nNaproxeno Normon 500 mg comprimidos EFG\n' +
      'Indicado para la artrosis, la gota y el dolor menstrual.\n' +
      'No lo tome si tiene asma, insuficiencia renal grave o úlcera de estómago.';
    expect(kept(a)).toEqual([]);
    const b =
      'Explícame este folleto: Loratadina 10 mg alivia la rinitis alérgica y la urticaria. ' +
      'Consulte a su farmacéutico si usted padece epilepsia o insuficiencia hepática.';
    expect(kept(b)).toEqual([]);
    const c =
      'Advertencias: no use este jarabe si tiene diabetes o hipertensión; si está embarazada consulte antes. ' +
      'Alivia la tos seca y la faringitis.';
    expect(kept(c)).toEqual([]);
  });

  it('keeps them when someone is said to have one', () => {
    expect(kept('Mi padre tiene insuficiencia renal y toma naproxeno 500 mg.')).toEqual(
      expect.arrayContaining(['insuficiencia renal']),
    );
    expect(kept('Pregunta si puede tomarlo: su hija tiene asma desde los 4 años.')).toEqual(
      expect.arrayContaining(['asma']),
    );
    expect(kept('Dice que tiene epilepsia y no sabe si tiene que dejar la loratadina.')).toEqual(
      expect.arrayContaining(['epilepsia']),
    );
  });
});

describe('clinical scales and vital signs without a unit', () => {
  it('masks a consciousness, performance or pain score written against a patient', () => {
    expect(medical('Handover: found on the floor, GCS 12, smells of alcohol.')).toContain('GCS 12');
    expect(medical('Urgencias: paciente desorientado, GCS 13/15.')).toContain('GCS 13/15');
    expect(medical('Review before cycle 4: ECOG 2, eating less.')).toContain('ECOG 2');
    expect(medical('Valoración oncológica: ECOG PS 1, buen estado general.')).toContain('ECOG PS 1');
    expect(medical('Tras 8 sesiones, EVA inicial 9 → actual 4.')).toContain('EVA inicial 9 → actual 4');
    expect(medical('Knee pain VAS 7 -> 3 after injection.')).toContain('VAS 7 -> 3');
    expect(medical('Dolor cervical, EVA de 7 por la mañana.')).toContain('EVA de 7');
  });

  it('takes a bare heart or breathing rate only beside another vital sign on its line', () => {
    // The row's readings, a comma apart, come out as one span (list-join.ts, session 32): the bare rate is in it.
    expect(medical('Obs on arrival: HR 44, BP 86/50, SpO2 90% on air')).toEqual(['HR 44, BP 86/50, SpO2 90%']);
    expect(medical('Signos: TA 160/95, FC 110, Tª 38,2 ºC')).toEqual(['TA 160/95, FC 110, Tª 38,2 ºC']);
    expect(medical('Obs: BP 99/61, HR 126, RR 30')).toEqual(['BP 99/61, HR 126, RR 30']);
  });

  it('reads a weight in a trial form with the subject sex as its person', () => {
    expect(medical('Subject 318-0042   Sex: M\nWeight 77.9 kg   Height 181 cm')).toContain('Weight 77.9 kg');
    expect(medical('Sexo: M\nPeso 92 kg')).toContain('Peso 92 kg');
  });

  it('leaves ranges, headcounts and storage alone', () => {
    expect(medical('Eligibility: ECOG 0-1, life expectancy over 12 weeks.')).toEqual([]);
    expect(medical('Criterio de inclusión: ECOG 0 o 1.')).toEqual([]);
    expect(medical('HR 12, Sales 40, Ops 9 — headcount by team.')).toEqual([]);
    expect(medical('Move the exports to GCS 3 buckets in eu-west.')).toEqual([]);
    expect(medical('Eva de 9 años viene con su madre.')).toEqual([]);
  });
});

describe('denied risks, examination signs and a leave with its reason', () => {
  it('masks a denial with what was denied and a sign with its result', () => {
    expect(medical('Risk review: denies SI, safety plan in place. Patient calm.')).toContain('denies SI');
    expect(medical('MSE: denied homicidal ideation, mood low.')).toContain('denied homicidal ideation');
    expect(medical('Paciente tranquilo. Niega ideas autolíticas.')).toContain('Niega ideas autolíticas');
    expect(medical('Patient: knee review. Anterior drawer now negative, full ROM.')).toContain(
      'Anterior drawer now negative',
    );
    expect(medical('Exploración de la paciente: maniobra de Phalen positiva bilateral.')).toContain(
      // The sign with its side: the clause after the heading.
      'maniobra de Phalen positiva bilateral',
    );
    expect(medical('Hip exam: positive Trendelenburg sign on the left.')).toContain(
      'positive Trendelenburg sign on the left',
    );
  });

  it('masks days of sick leave with the reason in brackets', () => {
    expect(medical('Pay docked for 4 days unpaid sick leave (food poisoning), please check.')).toContain(
      // The clause, up to the request to check it.
      'Pay docked for 4 days unpaid sick leave (food poisoning)',
    );
    expect(medical('Nómina: descuento de 2 días de baja (lumbalgia).')).toContain(
      'descuento de 2 días de baja (lumbalgia)',
    );
    expect(medical('HR note: two weeks sick leave (shingles) approved.')).toContain(
      'two weeks sick leave (shingles) approved',
    );
    expect(medical('Policy: up to 5 days sick leave (unpaid) per year.')).toEqual([]);
  });

  it('leaves a denial of anything else and a unit system alone', () => {
    expect(medical('The supplier denies any delay; no SI units were used in the old sheet.')).toEqual([]);
  });
});

describe('services, audits and the Danish CPR cue are not treatments', () => {
  it('drops a service that names a document or a department', () => {
    expect(kept('PHYSIOTHERAPY DISCHARGE SUMMARY\nPatient: J. Doe, seen for 6 sessions.')).toEqual([]);
    expect(kept('Resume esta nota de fisioterapia para la mutua. Paciente: Ana Gil.')).toEqual([]);
    expect(kept('Please format the radiotherapy department letter for Mr Kahn.')).toEqual([]);
  });

  it('drops a condition that names a ward audit or pathway', () => {
    expect(kept('She joined in 2020 and led the sepsis audit with Mr Jones.')).toEqual([]);
    expect(kept('Patient flow: he wrote the stroke pathway for the ward.')).toEqual([]);
    expect(kept('His asthma protocol project won the prize; Mrs Diaz presented it.')).toEqual([]);
  });

  it('reads CPR before a Danish personal number as its cue, and as resuscitation otherwise', () => {
    expect(kept('Patient: Lars H.  CPR: 120571-3349')).toEqual([]);
    expect(kept('Investigator notes, CPR (see source): 020290-1234')).toEqual([]);
    expect(kept('Patient collapsed; CPR was started by his wife.')).toContain('CPR');
  });
});

describe('who has it: the writer, a table row, a certificate', () => {
  it('reads an ambiguous abbreviation right after "I have" as the writer own', () => {
    expect(kept('Customer wrote: "i am shaking, i have PTSD since the crash."')).toContain('PTSD');
    expect(kept('Message: sorry for the delay, I have a fever and stayed home.')).toContain('fever');
    expect(kept('Escribe: "no puedo ir, tengo migraña desde ayer".')).toContain('migraña');
  });

  it('keeps the conditions in a table whose header names each row person', () => {
    const guests =
      '| Guest | Table | Diet |\n|---|---|---|\n| Omar Haddad | 2 | type 2 diabetic, no dessert |\n' +
      '| Lucy Tran | 5 | coeliac, no gluten |';
    expect(kept(guests)).toEqual(expect.arrayContaining(['type 2 diabetic', 'coeliac']));
    const squad = 'player,dob,notes\nKofi,2013-04-02,epilepsy\nIvan,2013-09-12,asthma';
    expect(kept(squad)).toEqual(expect.arrayContaining(['epilepsy', 'asthma']));
    const invitados = 'Invitado | Mesa | Menú\nRocío Paz | 3 | celíaca\nLuis Ortega | 1 | hipertensión';
    expect(kept(invitados)).toEqual(expect.arrayContaining(['hipertensión']));
  });

  it('leaves a table about nothing personal alone', () => {
    expect(kept('| Campaign | Month |\n|---|---|\n| asthma awareness | May |\n| flu season | Oct |')).toEqual([]);
  });

  it('keeps a disc herniation with its level and what it needs, and one a certificate was presented for', () => {
    expect(kept('Expediente 77: presentó certificado por hernia discal L4-L5, con indicación quirúrgica.')).toContain(
      'hernia discal L4-L5, con indicación quirúrgica',
    );
    expect(kept('Patient: R. Obi. Herniated disc L5/S1, awaiting surgery.')).toEqual(
      expect.arrayContaining([expect.stringContaining('L5/S1, awaiting surgery')]),
    );
    expect(kept('Certificado médico por hernia de disco L3-L4 presentado el lunes.')).toContain(
      'hernia de disco L3-L4',
    );
  });

  it('reads a chart number after "chart #" and a wound with its site and size', () => {
    expect(kept('Pt: J. Okoro   chart #K-20931')).toContain('K-20931');
    expect(medical('I: laceration R forearm 4cm, bleeding controlled')).toContain('laceration R forearm 4cm');
    expect(medical('Lesiones: herida en antebrazo izquierdo de 5 cm.')).toContain(
      'herida en antebrazo izquierdo de 5 cm',
    );
    expect(medical('Cut the fabric 2 cm from the edge, then hem it.')).toEqual([]);
  });
});

describe('one clinical phrase, one finding', () => {
  it('joins findings a list or an aside holds, with a treatment after a dash', () => {
    const squad =
      'no,player,dob,notes\n3,Kofi,2013-04-02,asthma - reliever inhaler in kit bag\n' +
      '4,Ivan,2013-09-12,"ADHD, takes methylphenidate at noon"\n5,Ola,2013-01-20,"epilepsy - rectal diazepam"';
    expect(kept(squad)).toEqual(
      expect.arrayContaining([
        'asthma - reliever inhaler',
        'ADHD, takes methylphenidate',
        'epilepsy - rectal diazepam',
      ]),
    );
    expect(kept('My dad: COPD (emphysema), on home oxygen.')).toEqual(['COPD (emphysema), on home oxygen']);
    expect(kept('Mi abuelo: EPOC (enfisema), usa inhalador.')).toEqual(['EPOC (enfisema)']);
    expect(kept('Mi madre: epilepsia - toma levetiracetam 500 mg')).toEqual(['epilepsia - toma levetiracetam 500 mg']);
  });

  it('leaves a bare list apart, each finding on its own', () => {
    const es = kept('Paciente: Rosa. Antecedentes: diabetes tipo 2, hipertensión arterial y EPOC.');
    expect(es).toContain('diabetes tipo 2');
    expect(es.length).toBeGreaterThan(1);
    expect(kept('Patient: Ann. PMH: asthma, gout and eczema.')).toEqual(['asthma', 'gout', 'eczema']);
  });

  it('keeps separate findings apart across a sentence, a cell or a name', () => {
    const found = kept('Patient: Ana. Asthma. Her brother Tom has eczema | Diet: gluten free');
    expect(found).not.toContain(expect.stringContaining('Asthma. Her'));
    expect(kept('Mr Diaz has gout and Mrs Lee takes warfarin.')).toEqual(['gout', 'warfarin']);
  });

  it('takes the whole value of a diagnosis or presenting field', () => {
    expect(kept('Patient: Joe Bloggs\nDx: Grade III MCL sprain L knee with bone bruising\nSeen by Dr Ng')).toContain(
      'Grade III MCL sprain L knee with bone bruising',
    );
    expect(
      kept('Paciente: Luis\nDiagnóstico: lumbalgia mecánica con irradiación a MII. Control en 2 semanas.'),
    ).toContain('lumbalgia mecánica con irradiación a MII');
    expect(kept('Client: Sam\nPresenting: panic attacks since the accident, insomnia')).toContain(
      'panic attacks since the accident, insomnia',
    );
  });

  it('reads the complaint after "c/o" in a patient note, and not an address "care of"', () => {
    expect(kept('Pt: Ann Roe\nc/o dull aching UL quadrant x2/7. Sent home.')).toContain('dull aching UL quadrant');
    expect(kept('Patient: K. Li, c/o sharp chest pain on exertion, worse on stairs.')).toEqual(
      expect.arrayContaining([expect.stringContaining('sharp chest pain on exertion')]),
    );
    expect(kept('Pt: Bo Ek\nc/o itchy rash both forearms x1/52')).toContain('itchy rash both forearms');
    expect(kept('Send the parcel to J. Smith c/o Acme Ltd, 4 Mill Lane.')).toEqual([]);
    expect(kept('Invoice addressed c/o accounts payable, 2nd floor.')).toEqual([]);
  });
});

describe('curly apostrophes and dental charts', () => {
  it('reads a curly apostrophe as the lists straight one', () => {
    expect(kept('My dad has Parkinson’s and takes co-careldopa.')).toContain('Parkinson’s');
    expect(kept('Mi madre tiene Alzheimer’s desde 2021.')).toContain('Alzheimer’s');
    expect(kept('Patient: Ann. She has Hashimoto’s thyroiditis.')).toEqual(
      expect.arrayContaining([expect.stringContaining('Hashimoto’s')]),
    );
  });

  it('masks a tooth with its finding or its treatment', () => {
    expect(medical('O/E: UR6 deep mesial caries, periapical widening on the film.')).toContain(
      // The clause after the heading.
      'UR6 deep mesial caries, periapical widening on the film',
    );
    // The follow-up after the comma is the plan's too (clause-continuation.ts).
    expect(medical('Plan: XLA LL7 under LA, review 1/52.')).toContain('XLA LL7 under LA, review 1/52');
    expect(medical('Presupuesto: implante en 46 con elevación de seno, corona zirconio')).toContain(
      'implante en 46 con elevación de seno, corona zirconio',
    );
    expect(medical('Tratamiento: endodoncia 14 y limpieza.')).toContain('endodoncia 14 y limpieza');
  });

  it('leaves look-alike codes alone', () => {
    expect(medical('Stock: UR6 and LL2 cartons, bay 4.')).toEqual([]);
    expect(medical('La corona 25 aniversario del club se entrega el sábado.')).toEqual([]);
  });
});

describe('a leave of a stated length taken for a condition or an operation', () => {
  it('masks the leave with what it was for', () => {
    expect(kept('In 2022 she took six weeks’ leave after her hip replacement and came back.')).toContain(
      'six weeks’ leave after her hip replacement',
    );
    expect(kept('Mi compañera estuvo dos semanas de baja por neumonía el año pasado.')).toContain(
      'dos semanas de baja por neumonía',
    );
    expect(kept('He had 3 weeks off for his hernia repair in May.')).toContain('3 weeks off for his hernia repair');
  });

  it('leaves a leave with no length to the term alone', () => {
    expect(kept('She is on leave after her hip replacement.')).toContain('hip replacement');
  });
});
