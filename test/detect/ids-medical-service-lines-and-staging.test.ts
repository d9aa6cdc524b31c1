import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const found = (text: string, label: string) => spansOf(detector, text, [label]);

describe("organisations' service lines", () => {
  it('leaves a ten-digit 600 shared-cost line, whoever is told to call it', () => {
    expect(found('Ante cualquier duda, llame a Fonoayuda Municipal 600 412 3390.', 'PHONE')).toEqual([]);
    expect(found('Estimada Sra. Paredes: para reagendar su hora llame al 600 731 2200.', 'PHONE')).toEqual([]);
    expect(found('Customer line (Chile): 600 228 4410, weekdays 9 to 18.', 'PHONE')).toEqual([]);
  });

  it('still reads a nine-digit Spanish mobile opening with 600', () => {
    expect(found('llámame al 600 41 22 87 cuando salgas', 'PHONE')).toEqual(['600 41 22 87']);
    expect(found('Mi móvil: 600 412 287', 'PHONE')).toEqual(['600 412 287']);
  });

  it("leaves a freephone number a privacy notice gives for requests about one's data", () => {
    expect(
      found('Para ejercer sus derechos ARCO escriba a datos@ejemplo.mx o llame al 800 712 3456.', 'PHONE'),
    ).toEqual([]);
    expect(found('To exercise your data protection rights, call 1-888-204-7731 or write to our DPO.', 'PHONE')).toEqual(
      [],
    );
    expect(found('Aviso de privacidad: solicitudes al 800 832 4455, de lunes a viernes.', 'PHONE')).toEqual([]);
  });

  it("leaves a number labelled as a hotel's or a firm's switchboard, reception or reservations line", () => {
    expect(found('Reservas: hola@ejemplo.es · Centralita +34 957 41 22 80 · Calle Real 4', 'PHONE')).toEqual([]);
    expect(found('Switchboard: 0113 243 8877. Visiting hours 2-8 pm.', 'PHONE')).toEqual([]);
    expect(found('Hotel Mirador — reception +44 1904 622 310, front desk open all night', 'PHONE')).toEqual([]);
    expect(found('Conmutador: 55 5081 4400 ext. 210', 'PHONE')).toEqual([]);
  });

  it("keeps a person's number in a text that names a reception or reservations", () => {
    expect(found('Complaint: reception never called me back on my mobile 07911 234567.', 'PHONE')).toEqual([
      '07911 234567',
    ]);
    expect(found('Reservas a nombre de Lucía Gómez, teléfono de contacto 612 908 447.', 'PHONE')).toEqual([
      '612 908 447',
    ]);
    expect(found('Centralita del hotel +34 958 411 200; móvil de la huésped, Rocío: 655 443 221', 'PHONE')).toEqual([
      '655 443 221',
    ]);
  });
});

describe('ids named by their cue', () => {
  it('reads a US employer identification number after EIN or FEIN, not as a phone', () => {
    expect(found('Employer: Ridgeway Pallets LLC, FEIN 27-5190438', 'NATIONAL_ID')).toEqual(['27-5190438']);
    expect(found('EIN: 84-3372091 (W-2 box b)', 'NATIONAL_ID')).toEqual(['84-3372091']);
    expect(found('employer identification number 61-2045817 on the 1099', 'NATIONAL_ID')).toEqual(['61-2045817']);
    expect(found('Employer: Ridgeway Pallets LLC, FEIN 27-5190438', 'PHONE')).toEqual([]);
  });

  it('leaves the same shape without the cue', () => {
    expect(found('Part 27-5190438 is back in stock', 'NATIONAL_ID')).toEqual([]);
  });

  it('reads twelve digits in fours after Aadhaar even when the check digit fails', () => {
    expect(found('Aadhaar 4821 9930 1176, PAN on file', 'NATIONAL_ID')).toEqual(['4821 9930 1176']);
    expect(found('aadhaar no: 7390-2214-5581', 'NATIONAL_ID')).toEqual(['7390-2214-5581']);
    expect(found('Aadhaar number: 6120 4471 0093, attached', 'NATIONAL_ID')).toEqual(['6120 4471 0093']);
    expect(found('Aadhaar format e.g. 4821 9930 1176', 'NATIONAL_ID')).toEqual([]);
  });

  it('reads a refund account named a/c as the account even when the next line names a mobile', () => {
    const text = 'Bank a/c for refund: 40218833957 (IFSC HDFC0001234)\nMobile linked to PAN: 98450 12345';
    expect(found(text, 'BANK_ACCOUNT')).toEqual(['40218833957']);
    expect(found(text, 'PHONE')).toEqual(['98450 12345']);
    expect(found('Savings account for the refund: 50100234987\nPhone: 98450 12345', 'BANK_ACCOUNT')).toEqual([
      '50100234987',
    ]);
  });
});

describe('obstetric, fertility and oncology short forms', () => {
  it('reads SOP as polycystic ovary syndrome in Spanish clinical text', () => {
    expect(found('AP: SOP diagnosticado en 2017, hipotiroidismo.', 'MEDICAL')).toContain(
      'SOP diagnosticado en 2017, hipotiroidismo',
    );
    // The span is the statement's clause, after the age (medical/clause-join.ts grows a term to it).
    expect(found('Paciente de 29 años con SOP y ciclos irregulares.', 'MEDICAL')).toContain(
      'con SOP y ciclos irregulares',
    );
    expect(found('Antecedentes: SOPQ, resistencia a la insulina.', 'MEDICAL')).toContain(
      'SOPQ, resistencia a la insulina',
    );
  });

  it('leaves an SOP that is a procedure', () => {
    expect(found('Please follow the hospital SOP for patient transfers.', 'MEDICAL')).toEqual([]);
    expect(found('Actualizar el SOP de limpieza del almacén antes del lunes.', 'MEDICAL')).toEqual([]);
  });

  it("reads a woman's obstetric formula and a bare gravida count in a fertility note", () => {
    expect(found('Obstetric history: G2P1A1, LMP 3 Nov.', 'MEDICAL')).toContain('G2P1A1');
    expect(found('Mujer de 36 años, G3 P2 C1, FUM 12/10.', 'MEDICAL')).toContain('G3 P2 C1');
    expect(found('Infertilidad primaria de 3 años. G0. Estudios: AMH 2,1 ng/ml.', 'MEDICAL')).toContain('G0');
    // The referral after the comma continues the statement (clause-continuation.ts).
    expect(found('Nulliparous, G0, referred for a fertility work-up.', 'MEDICAL')).toContain(
      'Nulliparous, G0, referred for a fertility work-up',
    );
  });

  it("reads a tumour's grade, stage and TNM code", () => {
    // The receptor status after the grade belongs to the same finding (a pathology panel).
    expect(found('Biopsy: invasive ductal carcinoma, G2, ER positive.', 'MEDICAL').join(' ')).toContain(
      'invasive ductal carcinoma, G2',
    );
    expect(found('Cáncer de mama estadio IIB, en quimioterapia.', 'MEDICAL').join(' ')).toContain('estadio IIB');
    expect(found('Histology: adenocarcinoma pT2 N0 M0, margins clear.', 'MEDICAL').join(' ')).toContain(
      'adenocarcinoma pT2 N0 M0',
    );
    expect(found('Prostate biopsy: Gleason 3+4=7, ISUP grade 2.', 'MEDICAL')).toEqual([
      'Prostate biopsy: Gleason 3+4=7, ISUP grade 2',
    ]);
  });

  it('leaves G-codes, product names and project stages', () => {
    expect(found('The printer sends G0 X10 Y20 before each layer.', 'MEDICAL')).toEqual([]);
    expect(found('Stage II of the migration starts on Monday.', 'MEDICAL')).toEqual([]);
    expect(found('Our 5G and G4 routers ship next week.', 'MEDICAL')).toEqual([]);
    expect(found('Press T2 then N0 to reset the counter.', 'MEDICAL')).toEqual([]);
  });

  it("reads a test's verdict written without a number", () => {
    expect(found('Espermograma de la pareja: normal según OMS 2010.', 'MEDICAL').join(' ')).toContain(
      'normal según OMS 2010',
    );
    expect(found('Semen analysis: normal per WHO criteria, no repeat needed.', 'MEDICAL').join(' ')).toContain(
      'normal per WHO criteria',
    );
    expect(found('Citología cervical: negativa, control en 3 años.', 'MEDICAL').join(' ')).toContain('negativa');
  });

  it('leaves a test named with its possible verdicts in a leaflet', () => {
    expect(found('If the mammogram is normal, the next one is in three years.', 'MEDICAL')).toEqual([]);
    expect(found('A semen analysis checks count, motility and morphology.', 'MEDICAL')).toEqual([]);
  });
});

describe("set 12's classes: numbers that name something else", () => {
  it("leaves a meeting's dial-in bridge and conference id", () => {
    expect(found('Dial in by phone: +44 20 3481 5237,,77120945# United Kingdom', 'PHONE')).toEqual([]);
    expect(found('Phone conference ID: 771 209 45#', 'PHONE')).toEqual([]);
    expect(found('Número de acceso: +34 910 48 72 16; PIN 5521#', 'PHONE')).toEqual([]);
    // The caller's own number in the same invite stays.
    expect(found('Dial-in: +44 20 3481 5237. Claimant mobile for the follow-up: 07911 234567', 'PHONE')).toEqual([
      '07911 234567',
    ]);
  });

  it('leaves a police report, a notice or a file numbered by year and serial', () => {
    expect(found('ATESTADO Nº 2026-004417 - Policía Local', 'PHONE')).toEqual([]);
    expect(found('Denuncia 2025-018832 presentada en comisaría', 'PHONE')).toEqual([]);
    expect(found('CONTRACT NOTICE 2026/S 118-552301', 'PHONE')).toEqual([]);
  });

  it("reads a Mexican doctor's cédula profesional as a medical licence, not a national id", () => {
    const text = 'Médico: Dra. Inés Valdés Ruiz, Cédula profesional 6631902, UMF No. 12';
    expect(found(text, 'NATIONAL_ID')).toEqual([]);
    expect(found(text, 'MEDICAL')).toContain('6631902');
  });

  it('leaves EU CPV codes and container numbers, and CFDI catalogue keys', () => {
    expect(found('CPV: 45210000-2, 45310000-3. Presupuesto base', 'NATIONAL_ID')).toEqual([]);
    expect(found('Contenedores retenidos: MSKU 552190 4 y contenedor TCNU 733021 6', 'NATIONAL_ID')).toEqual([]);
    expect(found('<cfdi:Concepto ClaveProdServ="43211503" ClaveUnidad="H87" Cantidad="2"/>', 'SECRET')).toEqual([]);
    expect(found('clave: Lince#7731', 'SECRET')).toEqual(['Lince#7731']);
  });

  it("leaves an AWS account id in a log, not a bank's", () => {
    expect(found('{"eventName":"GetObject","accountId":"582913047716","region":"eu-west-1"}', 'BANK_ACCOUNT')).toEqual(
      [],
    );
    expect(found('bank account number 58291304', 'BANK_ACCOUNT')).toEqual(['58291304']);
  });
});
