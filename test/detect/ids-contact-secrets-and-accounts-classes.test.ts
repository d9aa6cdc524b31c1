import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { esCif } from '../../src/detect/validators/national-ids.js';
import { phone } from '../../src/detect/validators/phone.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const found = (text: string, label: string) => spansOf(detector, text, [label]);

describe('passwords someone tried at a login, with no cue before the value', () => {
  it('reads the values tried in a helpdesk ticket or a chat, near a login or password word', () => {
    expect(
      found(
        'cant get into outlook after the reset, tried Gardenia#2025 and my old one Brasov_1979, neither works',
        'SECRET',
      ),
    ).toEqual(['Gardenia#2025', 'Brasov_1979']);
    expect(found('VPN login fails: she typed Harbour_Light9 twice and got locked out', 'SECRET')).toEqual([
      'Harbour_Light9',
    ]);
    expect(found('no me deja entrar al portal, probé con Lince#7731 y la anterior Cuenca_1984', 'SECRET')).toEqual([
      'Lince#7731',
      'Cuenca_1984',
    ]);
    expect(found('intenté con Brezal_2207 y la contraseña sigue rechazada', 'SECRET')).toEqual(['Brezal_2207']);
  });

  it('leaves what a ticket says was tried when it is no password', () => {
    expect(found('cannot log in, tried restarting the laptop and clearing the cache', 'SECRET')).toEqual([]);
    expect(found('login broken on the new build, tried Windows11 and Office365 images', 'SECRET')).toEqual([]);
    expect(found('login still fails, tried KB0012034 and the old one from the wiki', 'SECRET')).toEqual([]);
    expect(found('probé con la versión v2.4.1 y no me deja entrar', 'SECRET')).toEqual([]);
    // No login or password word anywhere near: a product code in a shop chat.
    expect(found('we tried Gardenia#2025 seeds in the greenhouse this spring', 'SECRET')).toEqual([]);
  });

  it('reads a password "set to" a value, in English and Spanish', () => {
    expect(found('User says the temp password was set to Kestrel!88 by the night shift.', 'SECRET')).toEqual([
      'Kestrel!88',
    ]);
    expect(found('the password for jmoreno has been reset to Quarry_5521 until Monday', 'SECRET')).toEqual([
      'Quarry_5521',
    ]);
    expect(found('la contraseña se ha cambiado a Brezo_4410 hasta el lunes', 'SECRET')).toEqual(['Brezo_4410']);
    expect(found('the password was set to expire after 90 days', 'SECRET')).toEqual([]);
  });

  it('does not read a record id as a key in a message or a payload', () => {
    expect(found('topic=orders.v1 partition=2 key=cust_5530219 offset=88', 'SECRET')).toEqual([]);
    expect(found('{"userId":"usr_4471920","key":"acct_99123","event":"LOGIN"}', 'SECRET')).toEqual([]);
    expect(found('producer.send(key="ord-7730021", value=payload)', 'SECRET')).toEqual([]);
    // A generated value under the same name stays a secret.
    expect(found('signing_key = "Kq2mZ8xR4vT7wP1nB5cY9dF3hJ6"', 'SECRET')).toEqual(['Kq2mZ8xR4vT7wP1nB5cY9dF3hJ6']);
  });
});

describe('identity numbers after their cue', () => {
  it('reads a Nigerian BVN, in prose and in a JSON payload', () => {
    expect(found('Customer BVN 22931075148 verified on onboarding.', 'NATIONAL_ID')).toEqual(['22931075148']);
    expect(found('{"name":"Ada Obi","bvn":"22931075148","tier":2}', 'NATIONAL_ID')).toEqual(['22931075148']);
    expect(found('Su BVN es 40918273645 según el banco.', 'NATIONAL_ID')).toEqual(['40918273645']);
  });

  it('reads a UK residence permit number after its cue', () => {
    expect(found('- holds BRP RK4419035, expiring with the visa', 'NATIONAL_ID')).toEqual(['RK4419035']);
    expect(found('Biometric residence permit: ZT6120384', 'NATIONAL_ID')).toEqual(['ZT6120384']);
    expect(found('Tarjeta de residencia: ZW3018872 (Reino Unido)', 'NATIONAL_ID')).toEqual(['ZW3018872']);
  });

  it('leaves a regulator’s firm reference number in a letter footer', () => {
    expect(found('Harrow Credit Ltd, registered in England no. 07764411, FCA FRN 612093.', 'NATIONAL_ID')).toEqual([]);
    expect(found('Authorised and regulated by the FCA, firm reference number 588120.', 'NATIONAL_ID')).toEqual([]);
    // A broker's own FRN is public too: the FCA register lists firms and approved people alike (4f28fb1).
    expect(found('Broker FRN 774512 (FCA register)', 'NATIONAL_ID')).toEqual([]);
    // A Korean foreign registration number (FRN) has thirteen digits and stays an id.
    expect(found('외국인등록번호 FRN 900101-5234567', 'NATIONAL_ID')).toEqual(['900101-5234567']);
  });

  it('checks a Spanish CIF’s control character and reads it only after its cue', () => {
    expect(esCif('B37118403')?.type).toBe('ES_CIF');
    expect(esCif('B37118404')).toBeNull();
    // Kinds P, Q, R, S, W take a letter; A, B, E, H a digit.
    expect(esCif('Q2874510G')).not.toBeNull();
    expect(esCif('Q28745107')).toBeNull();
    expect(esCif('A0839215A')).toBeNull();
    expect(found('Cliente: Reformas Duero S.L., CIF B37118403, Burgos', 'NATIONAL_ID')).toEqual(['B37118403']);
    expect(found('Asociación Vecinal El Olmo (NIF G-28745107)', 'NATIONAL_ID')).toEqual(['G-28745107']);
    expect(found('Supplier: Envases Norte S.A., tax ID A08392151', 'NATIONAL_ID')).toEqual(['A08392151']);
    expect(found('Pedido B37118403 enviado por mensajería', 'NATIONAL_ID')).toEqual([]);
  });

  it('drops the stand-in numbers of forms and brochures presented as examples', () => {
    expect(found('EJEMPLO (datos ficticios): Cliente: Ana Ejemplo · DNI 11111111H', 'NATIONAL_ID')).toEqual([]);
    expect(found('Sample applicant, DNI 00000000T (example only)', 'NATIONAL_ID')).toEqual([]);
    // Without such words a valid number stays.
    expect(found('nif: 00000001-R', 'NATIONAL_ID')).toEqual(['00000001-R']);
    // A climbing run is no issued CPF, and eleven digits after a VAT cue are a firm's VAT number.
    expect(found('CPF 123.456.789-09', 'NATIONAL_ID')).toEqual([]);
    expect(found('Partita IVA 52998224725, sede di Torino', 'NATIONAL_ID')).toEqual([]);
    expect(found('CPF 529.982.247-25', 'NATIONAL_ID')).toEqual(['529.982.247-25']);
  });
});

describe('phones', () => {
  it('reads an Argentine mobile written with the area code and the 15 prefix', () => {
    expect(found('cel 351 15-512-3344 (dueña)', 'PHONE')).toEqual(['351 15-512-3344']);
    expect(found('llamame al 11 15 4471-2290 después de las 18', 'PHONE')).toEqual(['11 15 4471-2290']);
    expect(found('Tel. (0223) 15-444-5566, pedir por Julieta', 'PHONE')).toEqual(['(0223) 15-444-5566']);
    expect(found('Celular: 2954 15 60 2219', 'PHONE')).toEqual(['2954 15 60 2219']);
    expect(phone('351 15-512-3344')?.normalized).toBe('+5493515123344');
  });

  it('drops Ofcom drama numbers only where the text says they are fictional', () => {
    expect(found('Name: [FULL NAME] · 07700 900417 (Ofcom drama number) · you@example.com', 'PHONE')).toEqual([]);
    expect(found('Script, scene 4: she dials 0161 496 0735 (drama number, reserved)', 'PHONE')).toEqual([]);
    expect(found('My landlord’s mobile is 07700 900461, ring after six.', 'PHONE')).toEqual(['07700 900461']);
    expect(found('callback on 0113 496 0281 after 2pm', 'PHONE')).toEqual(['0113 496 0281']);
  });

  it('drops organisations’ lines: UK 0300 and freephone, Spanish 900', () => {
    expect(found('Queries: DVLA contact centre 0300 790 6801 or write to us.', 'PHONE')).toEqual([]);
    expect(found('Tel. +44 300 200 3300', 'PHONE')).toEqual([]);
    expect(found('Contacto de prensa: prensa@grupo.es · Tel. 900 10 20 30', 'PHONE')).toEqual([]);
    expect(found('Más información en el 900 123 456 o en la web.', 'PHONE')).toEqual([]);
    expect(found('Pensions enquiries: customer services 0345 600 1234', 'PHONE')).toEqual([]);
  });

  it('keeps numbers of other countries that share those digits', () => {
    // A Colombian mobile is read as UK 0300 when no trunk 0 says UK.
    expect(found('Cel: 300 555 7193 (Bogotá)', 'PHONE')).toEqual(['300 555 7193']);
    // A German Berlin number and a Halle number written with the slash.
    expect(found('or try me on 030 / 4471 2290 in the office', 'PHONE')).toEqual(['030 / 4471 2290']);
    expect(found('Mi móvil es 612 34 56 78 y el fijo 901 598 663', 'PHONE')).toEqual(['612 34 56 78', '901 598 663']);
    // Two numbers after one country code each stay.
    expect(found('Tel: +34 611 204 357 - 913 456 789', 'PHONE')).toEqual(['+34 611 204 357', '913 456 789']);
  });

  it('leaves an HR mobility desk at a documentation domain', () => {
    expect(found('Questions: HR Mobility (mobility@example.com)', 'EMAIL')).toEqual([]);
    expect(found('Escribe a movilidad@example.org para el visado.', 'EMAIL')).toEqual([]);
    expect(found('Contact wei.zhang@example.net about the move.', 'EMAIL')).toEqual(['wei.zhang@example.net']);
  });
});

describe('bank details', () => {
  it('reads a sort code and account paid into after a payment word', () => {
    expect(found('Payment of the lump sum to: 11-22-58 73920461 (Nationwide)', 'BANK_ACCOUNT')).toEqual([
      '11-22-58 73920461',
    ]);
    expect(found('Refund of the overpayment to: 20-61-58 41223390 (Barclays)', 'BANK_ACCOUNT')).toEqual([
      '20-61-58 41223390',
    ]);
    expect(found('tax-free cash paid into 60-47-12 44120987 please (HSBC)', 'BANK_ACCOUNT')).toEqual([
      '60-47-12 44120987',
    ]);
  });

  it('leaves an organisation’s own account printed for members to pay into', () => {
    expect(
      found('Subs are £30 this year, pay to the club account (Norbury Harriers, 20-61-58 41223390).', 'BANK_ACCOUNT'),
    ).toEqual([]);
    expect(
      found('Renewals: pay Norbury Harriers, sort code 20-61-58, account 41223390, ref SUBS.', 'BANK_ACCOUNT'),
    ).toEqual([]);
    expect(
      found('Cuota anual: transferencia a la cuenta del club, cuenta 0049 1500 05 1234567892', 'BANK_ACCOUNT'),
    ).toEqual([]);
    expect(found('Donations payable to St Anne’s Parish, 30-12-80 11873345, thank you', 'BANK_ACCOUNT')).toEqual([]);
  });

  it('keeps a person’s account in texts that use the same words', () => {
    // A member's refund from the club account goes to his own.
    expect(
      found(
        'Brian’s subs refund: the club account will send it back to his own 20-61-58 41223390 this week.',
        'BANK_ACCOUNT',
      ),
    ).toEqual(['20-61-58 41223390']);
    // A collection for a member, paid to him.
    expect(
      found(
        'Cards for Brian, and if you want to chip in for flowers, pay Brian Tennant, 20-61-58 41223390.',
        'BANK_ACCOUNT',
      ),
    ).toEqual(['20-61-58 41223390']);
    expect(found('Pay subs to the club account. Jo’s refund goes to 11-22-58 73920461 today.', 'BANK_ACCOUNT')).toEqual(
      ['11-22-58 73920461'],
    );
  });

  it('leaves a form’s stand-in sort code and a creditor’s account reference', () => {
    expect(found('Bank: sort code 00-00-00, account 12345678', 'BANK_ACCOUNT')).toEqual([]);
    expect(found('Our ref: DC/1182/PL  Creditor: Brightwell Energy (account 700391226)', 'BANK_ACCOUNT')).toEqual([]);
    expect(found('Acreedor: Gas Levante S.A., cuenta 88214471 del cliente', 'BANK_ACCOUNT')).toEqual([]);
    // A bank word before it keeps it a bank account.
    expect(found('Creditor refund by bank transfer to account 41223390, sort code 20-61-58', 'BANK_ACCOUNT')).toEqual([
      '41223390',
      '20-61-58',
    ]);
  });
});

describe('dates of a person’s record', () => {
  it('reads a day and month that can only be a date, beside a person’s event', () => {
    expect(found('spoke w/ insured mr a. nowak, says the tank overflowed 27/11 while he was away', 'DATE')).toEqual([
      '27/11',
    ]);
    expect(found('Plan: weekly visits with the patient, review 09/01.', 'DATE')).toEqual(['09/01']);
    expect(found('El asegurado cuenta que el robo fue el 18/09 de madrugada.', 'DATE')).toEqual(['18/09']);
    expect(found('La paciente acude a consulta el 3/02 por dolor lumbar.', 'DATE')).toEqual(['3/02']);
  });

  it('leaves fractions, scores, pressures and 24/7', () => {
    expect(found('He is on call 24/7 for the patient.', 'DATE')).toEqual([]);
    expect(found('Paciente con TA 13/8 y FC 80.', 'DATE')).toEqual([]);
    expect(found('The patient completed 15/20 sessions, pain 8/10.', 'DATE')).toEqual([]);
    expect(found('Tenant moved out of Flat 14/3 last week.', 'DATE')).toEqual([]);
    expect(found('Paciente con presión intraocular de 15/11 mmHg en la consulta.', 'DATE')).toEqual([]);
    expect(found('La paciente toma paracetamol 1 g/8 h y Nolotil 20/8 h.', 'DATE')).toEqual([]);
    expect(found('Perimetría 30/2 de la paciente, sin defectos.', 'DATE')).toEqual([]);
  });

  it('reads the due date of a person’s debt in a collection letter', () => {
    expect(found('Estimada Sra. Pérez: la cuota vence el 15/12/2026 y no consta el pago.', 'DATE')).toEqual([
      '15/12/2026',
    ]);
    expect(found('Dear Mr Adeyemi, the balance of £820 was due on 02/11/2026 and remains unpaid.', 'DATE')).toEqual([
      '02/11/2026',
    ]);
    expect(
      found('Deudor: Sr. Julián Ferreyra. Saldo: $ 512.300 al 31/10/2026. El deudor pidió un plan.', 'DATE'),
    ).toEqual(['31/10/2026']);
    expect(found('Factura 44 a Metales Sur S.A., vence el 30/12/2026.', 'DATE')).toEqual([]);
  });
});
