import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('a purchase-order number named a few words before it is no phone', () => {
  it('leaves the PO number of a sales chat', () => {
    const chat = [
      '[2026-03-02 10:14] Jana Richter: Kasimir called, the delivery address is unchanged',
      '[2026-03-02 10:15] Jana Richter: and the PO number will be 3800-21947 for the renewal',
      '[2026-03-02 10:16] Tom Reyes: purchase order 7100-55203 attached to the ticket',
    ].join('\n');
    expect(spansOf(detector, chat, ['PHONE'])).toEqual([]);
  });

  it('keeps a person’s phone in the same chat', () => {
    const chat = [
      '[2026-03-02 10:15] Jana Richter: the PO number will be 3800-21947',
      '[2026-03-02 10:17] Jana Richter: their buyer is Kasimir Lorenz, mobile 0172 5583 9014',
    ].join('\n');
    expect(spansOf(detector, chat, ['PHONE'])).toEqual(['0172 5583 9014']);
  });
});

describe('a sort code and account written as a pair after "DD" (direct debit)', () => {
  it('finds the pair a customer gives for the direct debit', () => {
    const mail =
      'Hello, this is Carys Pembury at 4 Mill Row, Ludlow SY8 1AB. Phone 01584 555 201. DD from 40-18-27 63019482 please.';
    expect(spansOf(detector, mail, ['BANK_ACCOUNT'])).toEqual(['40-18-27 63019482']);
    expect(spansOf(detector, 'Happy for the DD to come from 30-12-74 58820193 each month', ['BANK_ACCOUNT'])).toEqual([
      '30-12-74 58820193',
    ]);
  });

  it('leaves a date under a spelled-out date format and a sort code alone', () => {
    expect(
      spansOf(detector, 'Date of birth (DD-MM-YY): 12-05-84 44512890 is her staff number', ['BANK_ACCOUNT']),
    ).toEqual([]);
    expect(spansOf(detector, 'Write dates as DD-MM-YY, e.g. 01-02-26', ['BANK_ACCOUNT'])).toEqual([]);
  });
});

describe('a password given in a chat without a verb', () => {
  it('finds it after a spaced slash that pairs it with the user', () => {
    const chat =
      '[03/02/2026 11:30] Pilar Soto: el portal de proveedores: usuario compras_central / contraseña Factura#Nov2026!';
    expect(spansOf(detector, chat, ['SECRET'])).toEqual(['Factura#Nov2026!']);
    expect(spansOf(detector, 'login for the kiosk: user ops_admin / password Deploy#Jan2027!', ['SECRET'])).toEqual([
      'Deploy#Jan2027!',
    ]);
  });

  it('finds it after a possessive and the words naming which password', () => {
    expect(
      spansOf(detector, 'in the drawer: a card with my home broadband password Tejo4Harbour!71. Also keys.', [
        'SECRET',
      ]),
    ).toEqual(['Tejo4Harbour!71']);
  });

  it('leaves prose about passwords', () => {
    expect(spansOf(detector, 'my online banking password expired yesterday', ['SECRET'])).toEqual([]);
    expect(spansOf(detector, 'Settings / Password reset-flow is broken', ['SECRET'])).toEqual([]);
    expect(spansOf(detector, 'the new password policy v2.1 applies from Monday', ['SECRET'])).toEqual([]);
  });
});

describe('password hashes in crypt formats', () => {
  it('finds bcrypt, argon2, SHA-crypt and Django PBKDF2 hashes in dumps', () => {
    const dump = [
      "INSERT INTO `admins` VALUES (12,'kiosk2','$2b$12$NrWehkSfzcj1ZgCj0fnAfWeAdpJZqnLvlwTkgfy90M54SKDvDiK9P',1);",
      'u.moreno:$argon2id$v=19$m=65536,t=3,p=4$DtkwtDDb+xHKas1VOqg6YY$ZYn9ZhyiA4uoRgnatmUdjAWtGSU8po+799NksnRH9uc',
      'backup:$6$ySqbKjFStRAOAwCX$Bx9RbbH6FwQ3QSiAlB6xPy7.7QinVx7u1OjW5Xistobr5q6Qroa/lp1wzbEzJCNFZofR4Zora2v.ruq6nfN7lf:19720:0:99999:7:::',
      "  password = 'pbkdf2_sha256$600000$fqrc5XlrWi0B26R08qzjI6$/PlJhx2jIclHkCiHp6bR1IqfEouHgxzNNAL5wIScGeb='",
    ].join('\n');
    expect(spansOf(detector, dump, ['SECRET'])).toEqual([
      '$2b$12$NrWehkSfzcj1ZgCj0fnAfWeAdpJZqnLvlwTkgfy90M54SKDvDiK9P',
      '$argon2id$v=19$m=65536,t=3,p=4$DtkwtDDb+xHKas1VOqg6YY$ZYn9ZhyiA4uoRgnatmUdjAWtGSU8po+799NksnRH9uc',
      '$6$ySqbKjFStRAOAwCX$Bx9RbbH6FwQ3QSiAlB6xPy7.7QinVx7u1OjW5Xistobr5q6Qroa/lp1wzbEzJCNFZofR4Zora2v.ruq6nfN7lf',
      'pbkdf2_sha256$600000$fqrc5XlrWi0B26R08qzjI6$/PlJhx2jIclHkCiHp6bR1IqfEouHgxzNNAL5wIScGeb=',
    ]);
  });

  it('leaves a template hash and the format reference’s published example shown as an example', () => {
    expect(spansOf(detector, 'hash: $2b$12$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ['SECRET'])).toEqual(
      [],
    );
    expect(
      spansOf(
        detector,
        'For example, bcrypt stores $2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy: the cost, then salt and digest.',
        ['SECRET'],
      ),
    ).toEqual([]);
    expect(spansOf(detector, 'the prefix $2b$ marks bcrypt and $6$ marks SHA-512 crypt', ['SECRET'])).toEqual([]);
  });
});

describe('a card in an airline booking’s form of payment without a brand code', () => {
  it('finds the card glued to CC', () => {
    expect(spansOf(detector, '  9 FP CC4716093481270538/0329*CV', ['CREDIT_CARD'])).toEqual(['4716093481270538']);
  });

  it('leaves a number that fails the card check', () => {
    expect(spansOf(detector, '  9 FP CC4716093481270539/0329*CV', ['CREDIT_CARD'])).toEqual([]);
  });
});

describe('the identity-document column of a register of people', () => {
  it('finds every passport or id card number under a document header beside a nationality or birth column', () => {
    const csv = [
      'check_in,room,guest,country,doc_no,birth_date,mobile',
      '2026-11-02,12,Anneke Vos,NLD,NW8K31TP2,1978-03-09,+31 6 4418 2290',
      '2026-11-02,14,Radu Ionescu,ROU,051847296,1988-12-30,+40 722 118 905',
      '2026-11-02,19,Émile Garnier,FRA,21CK60492,1992-07-15,06 41 88 20 17',
    ].join('\n');
    expect(spansOf(detector, csv, ['NATIONAL_ID'])).toEqual(['NW8K31TP2', '051847296', '21CK60492']);
    const manifest = [
      '| Surname | Given names | Nationality | Document number | Seat |',
      '|---|---|---|---|---|',
      '| KOWALCZYK | Marta | POL | ER4418207 | 14C |',
      '| OKONJO | Tunde | NGA | B02917734 | 14D |',
    ].join('\n');
    expect(spansOf(detector, manifest, ['NATIONAL_ID'])).toEqual(['ER4418207', 'B02917734']);
  });

  it('leaves a ledger’s document numbers and a guest list’s booking references', () => {
    const ledger = ['doc_no,date,customer,amount', 'SI0041827,2026-02-03,Harlow Paints,410.00'].join('\n');
    expect(spansOf(detector, ledger, ['NATIONAL_ID'])).toEqual([]);
    const guests = ['guest_name,nationality,booking_ref,room', 'Anneke Vos,NLD,BK4418207,21'].join('\n');
    expect(spansOf(detector, guests, ['NATIONAL_ID'])).toEqual([]);
    expect(spansOf(detector, 'The doc no 40418227 of the guest list is on file', ['NATIONAL_ID'])).toEqual([]);
  });
});

describe('a mobile after its country code is one international number', () => {
  it('reads a Dutch or Chilean mobile whole, not its tail after the country code', () => {
    expect(spansOf(detector, 'her mobile +31 6 4418 2290 after six', ['PHONE'])).toEqual(['+31 6 4418 2290']);
    expect(spansOf(detector, 'celular +56 9 6612 3490', ['PHONE'])).toEqual(['+56 9 6612 3490']);
  });

  it('keeps a Chilean number written after its one-digit lead', () => {
    expect(spansOf(detector, 'Apoderada: Paula Riquelme, cel. 9 6612 3490', ['PHONE'])).toEqual(['9 6612 3490']);
  });
});

describe('an Indian mobile with its trunk 0 glued to the first group of five', () => {
  it('finds it in a contact table and after a cue', () => {
    const rows = [
      'Id        Name              MobilePhone      City',
      '003A1     Lakshmi Menon     098470 12345     Thrissur',
    ].join('\n');
    expect(spansOf(detector, rows, ['PHONE'])).toEqual(['098470 12345']);
    expect(spansOf(detector, 'mobile 093304 61857 (WhatsApp)', ['PHONE'])).toEqual(['093304 61857']);
  });

  it('leaves groups that open with no mobile digit, and reference numbers', () => {
    expect(spansOf(detector, 'batch 012345 67890 shipped', ['PHONE'])).toEqual([]);
    expect(spansOf(detector, 'invoice 098470 12345 paid', ['PHONE'])).toEqual([]);
  });
});
