import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { isFictionalPhone, isFreephone } from '../../src/detect/validators/documented-samples.js';
import { iban, spelledCard } from '../../src/detect/validators/financial.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('a card number read out digit by digit after a card word', () => {
  it('is a card when the digits pass the issuer and Luhn checks, in English and Spanish', () => {
    expect(
      found(
        "00:01:10,200 --> 00:01:15,900\nAnd the card number? — Sure, it's four zero two six, one three three eight, eight one five zero, nine two seven eight.",
        'CREDIT_CARD',
      ),
    ).toEqual(['four zero two six, one three three eight, eight one five zero, nine two seven eight']);
    expect(
      found(
        'Cliente: el número de la tarjeta es cinco tres cero cuatro, uno siete siete dos, seis seis tres uno, ocho cuatro cero nueve',
        'CREDIT_CARD',
      ),
    ).toEqual(['cinco tres cero cuatro, uno siete siete dos, seis seis tres uno, ocho cuatro cero nueve']);
    expect(
      found(
        'agent: the long number on your debit card? caller: six oh one one, double oh four eight, double two seven three, nine one five three',
        'CREDIT_CARD',
      ),
    ).toEqual(['six oh one one, double oh four eight, double two seven three, nine one five three']);
  });

  it('is no card when a digit is off, or with no card word before it', () => {
    expect(
      found(
        'the card number is four zero two six, one three three eight, eight one five zero, nine two seven nine',
        'CREDIT_CARD',
      ),
    ).toEqual([]);
    expect(
      found(
        'the kids read out four zero two six, one three three eight, eight one five zero, nine two seven eight',
        'CREDIT_CARD',
      ),
    ).toEqual([]);
  });

  it('turns the words into the digits the Luhn check reads', () => {
    expect(spelledCard('cinco tres cero cuatro uno siete siete dos seis seis tres uno ocho cuatro cero nueve')).toEqual(
      { type: 'CARD_SPELLED', normalized: '5304177266318409' },
    );
    expect(spelledCard('plus four zero two six one three three eight eight one five zero nine two seven eight')).toBe(
      null,
    );
  });
});

describe('a social security number wrapped at one of its dashes', () => {
  it('is read across the line break, after either dash', () => {
    expect(found("Spouse's SSN\nLEE     PARK     401-55-\n7302", 'NATIONAL_ID')).toEqual(['401-55-\n7302']);
    expect(found('Your social security number 377-\n19-2046 (copy)', 'NATIONAL_ID')).toEqual(['377-\n19-2046']);
    expect(found('SSN: 512-83-  \n  6607', 'NATIONAL_ID')).toEqual(['512-83-  \n  6607']);
  });

  it('still fails the SSN checks (area 000 or 666)', () => {
    expect(found('SSN 000-83-\n6607', 'NATIONAL_ID')).toEqual([]);
    expect(found('SSN 666-83-\n6607', 'NATIONAL_ID')).toEqual([]);
  });
});

describe('UK sort codes with the account they belong to', () => {
  it('are one value when written as a pair after a payment word', () => {
    expect(found('Net pay 2,104.55 paid to 23-61-48 / 38821904 on Friday', 'BANK_ACCOUNT')).toEqual([
      '23-61-48 / 38821904',
    ]);
    expect(found('Please refund to my bank: 11-32-85/70412298', 'BANK_ACCOUNT')).toEqual(['11-32-85/70412298']);
    expect(found('Abono de la nómina en 04 00 75 3188 7240', 'BANK_ACCOUNT')).toEqual(['04 00 75 3188 7240']);
  });

  it('are no account without a payment word', () => {
    expect(found('Shift 23-61-48 / 38821904 logged by the gate', 'BANK_ACCOUNT')).toEqual([]);
  });

  it('are found in a column headed for them, with the account of the row', () => {
    const tsv =
      'emp\tname\tbank_sort\tbank_acc\nE1\tAnna Smith\t23-61-48\t38821904\nE2\tBob Jones\t11-02-93\t55108273\nE3\tCy Young\t41-72-05\t61220938';
    expect(found(tsv, 'BANK_ACCOUNT')).toEqual([
      '23-61-48',
      '38821904',
      '11-02-93',
      '55108273',
      '41-72-05',
      '61220938',
    ]);
    const markdown =
      '| Employee | Sort Code | Account No |\n|---|---|---|\n| R. Patel | 30-90-89 | 12093347 |\n| L. Grey | 09-01-55 | 44120987 |';
    expect(found(markdown, 'BANK_ACCOUNT')).toEqual(['30-90-89', '12093347', '09-01-55', '44120987']);
    const csv = 'name,sort_code,account_number\nMira Lowe,62-19-30,27714452\nTeo Park,40-11-08,71550921';
    expect(found(csv, 'BANK_ACCOUNT')).toEqual(['62-19-30', '27714452', '40-11-08', '71550921']);
  });

  it('are left alone in a column whose rows hold no account, and in prose', () => {
    expect(found('branch\tsort_code\ttown\nB1\t23-61-48\tLeeds\nB2\t11-02-93\tYork', 'BANK_ACCOUNT')).toEqual([]);
    expect(found('pay into my Lloyds account, sort code 30-94-57', 'BANK_ACCOUNT')).toEqual([]);
  });

  it('do not glue the next row number onto the account at the end of a row', () => {
    const rows = 'id\tsortcode\tacct\n1\t23-61-48\t38821904\n2\t11-02-93\t55108273\n3\t41-72-05\t61220938';
    expect(found(rows, 'BANK_ACCOUNT')).toEqual([
      '23-61-48',
      '38821904',
      '11-02-93',
      '55108273',
      '41-72-05',
      '61220938',
    ]);
    expect(found(rows, 'NATIONAL_ID')).toEqual([]);
  });
});

describe('a profile link written without its scheme', () => {
  it('is a personal URL on a CV or a signature', () => {
    expect(found('Lagos · +234 803 000 1111 · linkedin.com/in/ada-obi-dev · ada@mailbox.ng', 'URL')).toEqual([
      'linkedin.com/in/ada-obi-dev',
    ]);
    expect(found('Mi perfil: www.linkedin.com/in/jorge.salas. Gracias', 'URL')).toEqual([
      'www.linkedin.com/in/jorge.salas',
    ]);
    expect(found('side projects at github.com/lmarin88 and gitlab.com/lmarin', 'URL')).toEqual([
      'github.com/lmarin88',
      'gitlab.com/lmarin',
    ]);
  });

  it('is no profile when it names a repository or a section of the site', () => {
    expect(found('clone github.com/acme/payments and see github.com/pricing', 'URL')).toEqual([]);
  });
});

describe('a password handed on in a chat with who set it', () => {
  it('is a secret after the clause and its colon, in Spanish and English', () => {
    expect(found('usa el pass nuevo que puso Marta: Rio#Seco2031 y revisa el log', 'SECRET')).toEqual(['Rio#Seco2031']);
    expect(found('te paso la contraseña que me mandó soporte: Nube7#Gris ok', 'SECRET')).toEqual(['Nube7#Gris']);
    expect(found('use the pw Jon set yesterday: Teal#Fox-88 and retry', 'SECRET')).toEqual(['Teal#Fox-88']);
    expect(found('the new password Ana gave us: Corm#2290x, then restart', 'SECRET')).toEqual(['Corm#2290x']);
  });

  it('is a secret after the Spanish noun "el pass" and a verb', () => {
    expect(found('el pass del sftp es Bruma_4420 ok', 'SECRET')).toEqual(['Bruma_4420']);
    expect(found('oye mi pass para la vpn es Cielo2031, no lo compartas', 'SECRET')).toEqual(['Cielo2031']);
    expect(found('tu pass nuevo es nieve-2291, cámbialo', 'SECRET')).toEqual(['nieve-2291']);
  });

  it('is no secret when what follows is prose', () => {
    expect(found('the password policy that IT published: MFA for everyone', 'SECRET')).toEqual([]);
    expect(found('el pass es válido hasta el viernes', 'SECRET')).toEqual([]);
    expect(found('la contraseña que pusiste: no la recuerdo', 'SECRET')).toEqual([]);
  });
});

describe('identifiers written like addresses in calendar and mail headers', () => {
  it('are not e-mails', () => {
    expect(found('BEGIN:VEVENT\nUID:3b9d2a11-7c4e-4f0a-8d21-55e0c9a1b7f3@calendar.acme-health.org\n', 'EMAIL')).toEqual(
      [],
    );
    expect(found('Message-ID: <CAK7u2+Pq9rT@mail.gmail.com>', 'EMAIL')).toEqual([]);
    expect(found('In-Reply-To: <20261201.8812.abc@mx.acme.io>\nReferences: <a1@x.io> <b2@y.io>', 'EMAIL')).toEqual([]);
  });

  it('leave the people a header addresses', () => {
    expect(found('To: Ana Díaz <ana.diaz@acme.es>\nMessage-ID: <x9@mail.gmail.com>', 'EMAIL')).toEqual([
      'ana.diaz@acme.es',
    ]);
  });
});

describe("a sender's desk mailbox in mail headers", () => {
  it("is the sender company's, behind a display name or in Return-Path", () => {
    expect(found('Return-Path: <accounts@paypa1-secure.net>', 'EMAIL')).toEqual([]);
    expect(found('From: "Microsoft Account Team" <security@rnicro-soft.net>', 'EMAIL')).toEqual([]);
    expect(found('Remitente: "Banco Avisos" <avisos@banco-seguro-online.es>', 'EMAIL')).toEqual([]);
  });

  it('stays when someone gives it as their own', () => {
    expect(found('my email is billing@tallerdeluca.it', 'EMAIL')).toEqual(['billing@tallerdeluca.it']);
  });
});

describe('addresses at documentation domains in fixtures and templates', () => {
  it('are nobody when a heading above says the data is fake or example data', () => {
    const fixture =
      '# sample records generated with faker, NOT real people\nrows:\n  - name: A\n    email: jon.doe77@example.com\n  - name: B\n    email: kim.roe@example.org';
    expect(found(fixture, 'EMAIL')).toEqual([]);
    const sql = "-- así salen las filas repetidas (datos de ejemplo):\n-- 'Luis Mora', 'luis.mora@example.org', 20.00";
    expect(found(sql, 'EMAIL')).toEqual([]);
    expect(found('Correo: {{email}}   (ej.: nombre.apellido@ejemplo.es)', 'EMAIL')).toEqual([]);
  });

  it('are nobody when numbered sample records or a charity desk', () => {
    expect(found('users: [{email: fake.customer3@example.com}, {email: mock.person12@example.org}]', 'EMAIL')).toEqual(
      [],
    );
    expect(found("('Asociación Vecinal Sur', 'voluntariado@example.org', 75.50)", 'EMAIL')).toEqual([]);
  });

  it('stay when nothing presents them as samples', () => {
    expect(
      found("Why does this insert fail?\nINSERT INTO users VALUES ('Li Wei', 'li.wei@example.net')", 'EMAIL'),
    ).toEqual(['li.wei@example.net']);
  });
});

describe('public and fictional phone numbers', () => {
  it("are no one's when a freephone line is said to be free", () => {
    expect(found('For the Braille edition ring 0800 123 4567 (free from UK landlines).', 'PHONE')).toEqual([]);
    expect(found('Llame gratis al 900 102 030 para pedir el prospecto en letra grande.', 'PHONE')).toEqual([]);
    expect(found('Toll-free: 1 (888) 412-7730, Mon-Fri', 'PHONE')).toEqual([]);
  });

  it('stay without a free-call word', () => {
    expect(found('Please call us at 1-800-772-0000 between 8 and 7.', 'PHONE')).toEqual(['1-800-772-0000']);
    expect(isFreephone('+448001234567')).toBe(true);
    expect(isFreephone('+442079460958')).toBe(false);
  });

  it('count 555-01xx without an area code as fictional in a fixture', () => {
    const fixture =
      '# fixture file, fake data\nusers:\n  - phone: "+1 555-0142"\n  - phone: "+1 555-0187"\n  - phone: "555-0163"';
    expect(found(fixture, 'PHONE')).toEqual([]);
    expect(isFictionalPhone('5550142')).toBe(true);
    expect(isFictionalPhone('15550199')).toBe(true);
    expect(isFictionalPhone('5550242')).toBe(false);
  });
});

describe('an identity number shown as the format of a field', () => {
  it('is nobody\'s after "ejemplo", "formato" or "e.g."', () => {
    expect(found('DNI/NIE: {{dni}}   (ejemplo de formato: 00000001R)', 'NATIONAL_ID')).toEqual([]);
    expect(found('NIE (ejemplo: X1234567L) y DNI de ejemplo 00000023T', 'NATIONAL_ID')).toEqual([]);
    expect(found('Cédula (formato: 1.043.278.615)', 'NATIONAL_ID')).toEqual([]);
    expect(found('Social security number (format e.g. 536-22-1234)', 'NATIONAL_ID')).toEqual([]);
  });

  it("stays someone's after the cue alone", () => {
    expect(found('DNI 48392017V', 'NATIONAL_ID')).toEqual(['48392017V']);
    expect(found('Documento: DNI 87654321X', 'NATIONAL_ID')).toEqual(['87654321X']);
  });
});

describe('iban quick reject', () => {
  it('turns down a range that opens with a digit group before reading it', () => {
    expect(iban('91 2100 0418 4502 0005 1332')).toBeNull();
    expect(iban('2100 0418 4502 0005 1332 ES91')).toBeNull();
    expect(iban('E 91 2100 0418 4502 0005 1332')).toBeNull();
    expect(iban('es91 2100 0418 4502 0005 1332')?.type).toBe('IBAN_ES');
  });
});
