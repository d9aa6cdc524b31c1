import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { ghanaCard, ilIdNumber, ukUtr } from '../../src/detect/validators/national-ids-published.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const ids = (text: string) => spansOf(engine, text, ['NATIONAL_ID']);

describe('validators of published id layouts', () => {
  it('checks the Israeli identity number by Luhn over nine digits', () => {
    expect(ilIdNumber('318250644')).not.toBeNull();
    expect(ilIdNumber('20947135-8')).not.toBeNull();
    expect(ilIdNumber('55283915')).not.toBeNull(); // a leading zero left out
    expect(ilIdNumber('318250645')).toBeNull();
    expect(ilIdNumber('000000000')).toBeNull();
  });

  it('checks the UK UTR by its leading mod-11 digit', () => {
    expect(ukUtr('2482095173')).not.toBeNull();
    expect(ukUtr('48024 17736')).not.toBeNull();
    expect(ukUtr('2482095174')).toBeNull();
    expect(ukUtr('3482095173')).toBeNull();
    expect(ukUtr('248209517')).toBeNull();
  });

  it('reads the Ghana Card layout and leaves sample sequences', () => {
    expect(ghanaCard('GHA-402817365-3')?.normalized).toBe('GHA-402817365-3');
    expect(ghanaCard('GHA 730419258 6')).not.toBeNull();
    expect(ghanaCard('GHA-123456789-0')).toBeNull();
    expect(ghanaCard('GHA-111111111-1')).toBeNull();
    expect(ghanaCard('GHA-40281736-3')).toBeNull();
  });
});

describe('Israeli Teudat Zehut after its cue', () => {
  it('reports the number in forms, mails and chats in English, Spanish and Hebrew', () => {
    expect(ids('Relocation checklist for Noa Feldmann: Teudat Zehut 044172682, passport pending.')).toEqual([
      '044172682',
    ]);
    expect(ids('Hi Ariel, the bank needs your Israeli ID number: 278309158 (the one on the blue card).')).toEqual([
      '278309158',
    ]);
    expect(ids('Beneficiaria del seguro: Tamar Golan, número de identidad israelí 120938477.')).toEqual(['120938477']);
    expect(ids('שם: דנה לוי, ת.ז 318250644')).toEqual(['318250644']);
  });

  it('leaves the same digits without a cue, with a bad check or named as something else', () => {
    expect(ids('Shipment 044172682 left the Ashdod port on Monday.')).toEqual([]);
    expect(ids('Teudat Zehut 044172683 (typo, the bank rejected it)')).toEqual([]);
    expect(ids('Teudat Zehut copy attached; invoice 278309158 for the notary.')).toEqual([]);
  });
});

describe('Ghana Card PIN', () => {
  it('reports the GHA layout wherever it stands', () => {
    expect(ids('Borrower KYC — Ama Owusu-Boateng, GHA-402817365-3, MoMo wallet verified')).toEqual(['GHA-402817365-3']);
    expect(ids('{"customer": "Kofi Darko", "national_id": "GHA-730419258-6"}')).toEqual(['GHA-730419258-6']);
    expect(ids('El inquilino presentó su tarjeta ghanesa GHA-918273645-1 en la notaría.')).toEqual(['GHA-918273645-1']);
    expect(ids('NIA record: GHA 402817365 3')).toEqual(['GHA 402817365 3']);
  });

  it('leaves the samples of API docs and other GHA codes', () => {
    expect(ids('Request body: {"idNumber": "GHA-123456789-0"} returns a match in the sandbox')).toEqual([]);
    expect(ids('Flight GHA-4021 to Accra; seat 23C')).toEqual([]);
  });
});

describe('UK National Insurance number spoken and UTR', () => {
  it('reads a NINO read out with its letters apart and wide gaps, after its cue', () => {
    expect(
      ids('[00:41] Adviser: And your National Insurance number?\n[00:44] Caller: Sure, W K  3 0  9 2  1 8  A.'),
    ).toEqual(['W K  3 0  9 2  1 8  A']);
    expect(ids('Número de National Insurance: PE - 28 - 47 - 19 - B')).toEqual(['PE - 28 - 47 - 19 - B']);
  });

  it('leaves a spaced look-alike without the cue', () => {
    expect(ids('Grid ref W K  3 0  9 2  1 8  A on the old map')).toEqual([]);
    expect(ids('Seat plan: row T R  5 8  0 1  4 6  D reserved')).toEqual([]);
  });

  it('reads a UTR with its check digit, whole, in 5 + 5 or digit by digit, after its cue', () => {
    expect(ids('Self assessment 2025-26 — UTR 48024 17736, due 31 January.')).toEqual(['48024 17736']);
    expect(
      ids('[02:03] Accountant: I need your unique taxpayer reference.\n[02:09] Client: OK, 2 1 9 0 3 8 4 6 2 7.'),
    ).toEqual(['2 1 9 0 3 8 4 6 2 7']);
    expect(ids('Le paso mi UTR para la declaración: 5615830942')).toEqual(['5615830942']);
  });

  it('leaves a ten-digit number after the cue that fails the check', () => {
    expect(ids('Unique taxpayer reference: not sure yet, maybe the letter ref 4802417737?')).toEqual([]);
  });
});

describe('Colombian PPT after its abbreviation', () => {
  it('reads the permit number after "PPT"', () => {
    expect(ids('Trabajadora migrante, PPT nº 6120947, contrato por obra.')).toEqual(['6120947']);
  });
});

describe('Venezuelan cédula with its nationality letter', () => {
  it('reads V or E and the number after C.I., CI or cédula, dotted or plain', () => {
    expect(ids('Arrendataria: Oriana Pacheco, CI: V20418337, teléfono aparte.')).toEqual(['V20418337']);
    expect(ids('Datos del fiador — C.I. V 9.873.204, comerciante, Valencia')).toEqual(['V 9.873.204']);
    expect(ids('The applicant holds a Venezuelan ID card E-8102947 and a Colombian PPT.')).toContain('E-8102947');
  });

  it('leaves the same shape as a build or without a cue', () => {
    expect(ids('CI: build V20418337 passed on main')).toEqual([]);
    expect(ids('Modelo V20418337 descatalogado')).toEqual([]);
  });
});
