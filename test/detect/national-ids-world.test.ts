import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { beAccount, esCcc, noKontonummer } from '../../src/detect/validators/bank-accounts-checked.js';
import {
  atSvnr,
  brCns,
  brPis,
  esNuss,
  grAfm,
  isKennitala,
  kzIin,
  lkNic,
  luMatricule,
  lvPersonalCode,
  plNip,
  ptNif,
  ruSnils,
  twNationalId,
} from '../../src/detect/validators/national-ids-world.js';
import { typedSpansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const typed = (text: string) => typedSpansOf(engine, text).filter(([, type]) => !['PERSON', 'LOCATION'].includes(type));

describe('check digits of published id layouts', () => {
  it('accepts a valid number and refuses the same with its check digit changed', () => {
    const cases: Array<[(v: string) => unknown, string, string]> = [
      [isKennitala, '190484-5729', '190484-5739'],
      [lvPersonalCode, '021182-13933', '021182-13934'],
      [plNip, '573-571-43-28', '573-571-43-29'],
      [grAfm, '117853759', '117853758'],
      [atSvnr, '4668 070277', '4669 070277'],
      [ruSnils, '174-319-546 80', '174-319-546 81'],
      [kzIin, '630828350554', '630828350555'],
      [twNationalId, 'A292062419', 'A292062418'],
      [brCns, '138 7212 4561 0888', '138 7212 4561 0889'],
      [brPis, '157.03451.42-0', '157.03451.42-1'],
      [esNuss, '14/27115632/28', '14/27115632/29'],
      [ptNif, '338132120', '338132121'],
      [esCcc, '9999 1462 91 0148014432', '9999 1462 92 0148014432'],
      [noKontonummer, '6862.50.34632', '6862.50.34633'],
      [beAccount, '733-6292777-29', '733-6292777-30'],
    ];
    for (const [check, good, bad] of cases) {
      expect(check(good), good).not.toBeNull();
      expect(check(bad), bad).toBeNull();
    }
  });

  it('reads the dates and day numbers inside the layouts', () => {
    expect(isKennitala('190484-5721')).toBeNull(); // century digit 1 is never issued
    expect(lkNic('640179587V')).not.toBeNull();
    expect(lkNic('644179587V')).toBeNull(); // day 417 of the year
    expect(lkNic('196784709972')).not.toBeNull();
    expect(luMatricule('1983071210228')).not.toBeNull();
    expect(luMatricule('1983131210228')).toBeNull();
  });

  it('leaves the Taiwanese sample everyone prints and ISBNs that look like an old NIC', () => {
    expect(twNationalId('A123456789')).toBeNull();
    expect(twNationalId('B163453441')).not.toBeNull();
    expect(lkNic('841020004X')).toBeNull(); // an ISBN-10 whose check is X
  });
});

describe('ids of Europe, Asia and Latin America in prose, forms and chats', () => {
  it('reports the layouts that count alone', () => {
    expect(typed('Guest register: Sigrún Hallsdóttir, 250791-7639, arriving Friday')).toContainEqual([
      '250791-7639',
      'IS_KENNITALA',
    ]);
    expect(typed('Darbinieks: Kārlis Ozols, p.k. 280462-16064')).toContainEqual(['280462-16064', 'LV_PERSONAL_CODE']);
    expect(typed('Faktura VAT dla Anny Sowy, NIP 870-853-37-94, płatne przelewem')).toContainEqual([
      '870-853-37-94',
      'PL_NIP',
    ]);
    expect(typed('Анкета: Орлова В. П., СНИЛС 177-402-106 54')).toContainEqual(['177-402-106 54', 'RU_SNILS']);
    expect(typed('Applicant B163453441 (Taiwan), visa on arrival')).toContainEqual(['B163453441', 'TW_NATIONAL_ID']);
    expect(typed('Borrower CNIC 47350-9366895-6, Lahore branch')).toContainEqual(['47350-9366895-6', 'PK_CNIC']);
    expect(typed('his NIC is 860813855V and he lives in Kandy')).toContainEqual(['860813855V', 'LK_NIC']);
    expect(typed('Paciente: Caetano Siqueira, CNS 295 1424 9742 8288')).toContainEqual([
      '295 1424 9742 8288',
      'BR_CNS',
    ]);
    expect(typed('PIS do empregado: 172.70025.77-9')).toContainEqual(['172.70025.77-9', 'BR_PIS']);
    expect(typed('Alta de Garazi Oyarzun: número 16/35564948/30, desde el lunes')).toContainEqual([
      '16/35564948/30',
      'ES_NUSS',
    ]);
    expect(typed('Cliente: Yader Obando, cédula 569-040565-4781F, Managua')).toContainEqual([
      '569-040565-4781F',
      'NI_CEDULA',
    ]);
    expect(typed('Solicitante con identidad 0508-1983-96972, San Pedro Sula')).toContainEqual([
      '0508-1983-96972',
      'HN_DNI',
    ]);
  });

  it('reports the numbers without a layout of their own after their names', () => {
    expect(typed('Mieter: Florian Brandl, SV-Nummer 4668 070277')).toContainEqual(['4668 070277', 'AT_SVNR']);
    expect(typed('ΑΦΜ ενοικιαστή: 117853759')).toContainEqual(['117853759', 'GR_AFM']);
    expect(typed('клиент, ИИН 630828350554, Астана')).toContainEqual(['630828350554', 'KZ_IIN']);
    expect(typed('Fatura para Leonor Barros, contribuinte n.º 338132120')).toContainEqual(['338132120', 'PT_NIF']);
    expect(typed('TAJ szám: 319 805 822, háziorvos: dr. Kiss')).toContainEqual(['319 805 822', 'HU_TAJ']);
    expect(typed('Empleada doméstica, carné de identidad 80111911107, La Habana')).toContainEqual([
      '80111911107',
      'CU_NI',
    ]);
    expect(typed('Employee file: SSS No. 39-0067492-7, PhilHealth 15-581276140-3')).toEqual(
      expect.arrayContaining([
        ['39-0067492-7', 'PH_ID'],
        ['15-581276140-3', 'PH_ID'],
      ]),
    );
  });

  it('reads national account layouts with their checks as bank accounts', () => {
    expect(typed('Domiciliad el recibo en 3430 8733 28 8055318935, a mi nombre')).toContainEqual([
      '3430 8733 28 8055318935',
      'ES_CCC',
    ]);
    expect(typed('Betal husleien til 4359.42.79655 innen den 5.')).toContainEqual(['4359.42.79655', 'NO_KONTONUMMER']);
    expect(typed('Gelieve te storten op 669-4883115-54')).toContainEqual(['669-4883115-54', 'BE_ACCOUNT']);
  });

  it('leaves a Belgian identity card number, checked like an account, to its identity cue', () => {
    // The eID card number shares the account's 3-7-2 layout and mod-97 check: the card's name decides.
    expect(typed("numéro de carte d'identité 592-3618204-88")).toEqual([['592-3618204-88', 'NATIONAL_ID']]);
  });

  it('leaves phones, orders and look-alikes that fail the check or lack the name', () => {
    expect(typed('Order 4668 070277 shipped; call 4668 070277 for the depot')).not.toContainEqual([
      '4668 070277',
      'AT_SVNR',
    ]);
    expect(typed('Invoice 570-853-37-94 is overdue')).toEqual([]);
    expect(typed('Part B163453442 replaced under warranty')).toEqual([]);
    expect(typed('pedido 16/35564948/30 enviado')).toEqual([]);
    expect(typed('Build 197657701917 passed all tests')).toEqual([]);
    expect(typed('IBAN de prueba con control erróneo: ES00 3430 8733 28 8055318935')).not.toContainEqual([
      '3430 8733 28 8055318935',
      'ES_CCC',
    ]);
  });
});

describe('health and personal numbers read after their names', () => {
  it('reports health card numbers of Germany, New Zealand and Canada', () => {
    expect(typed('Versichertennummer der Patientin: R730192842')).toContainEqual(['R730192842', 'DE_KVNR']);
    expect(typed('Referral for Mere Ngata, NHI DWP3197, to the fracture clinic')).toContainEqual(['DWP3197', 'NZ_NHI']);
    expect(typed('New NHI format: MQR43FH for the baby')).toEqual([]);
    expect(typed('NHI number MQR43FH for the baby')).toContainEqual(['MQR43FH', 'NZ_NHI']);
    expect(typed('BC PHN 9447 102 171, family doctor in Kelowna')).toContainEqual(['9447 102 171', 'CA_HEALTH_CARD']);
  });

  it('leaves the reserved test range of NHI numbers and plates of the same shape', () => {
    expect(typed('NHI ZAC5361 (training environment)')).toEqual([]);
    expect(typed('Plate HKT3185 was towed from the car park')).toEqual([]);
  });
});

describe('identity cards written without their usual punctuation', () => {
  it('reads a MyKad number without dashes and a Bolivian C.I. with its department', () => {
    expect(typed('Borang: Ahmad Faris, no. IC 870915086241, Shah Alam')).toContainEqual(['870915086241', 'MY_MYKAD']);
    expect(typed('Inquilino: Teodoro Mamani, C.I. 5093182 SC, Santa Cruz')).toContainEqual(['5093182 SC', 'BO_CI']);
    expect(typed('CI pipeline 5093182 OR the next job')).toEqual([]);
  });
});

describe('tax and licence numbers of Ecuador, India and Tanzania', () => {
  it('reports them in their printed layouts', () => {
    expect(typed('Factura a nombre de Mayra Tipán, RUC 1305192831001')).toContainEqual(['1305192831001', 'EC_RUC']);
    expect(typed('Consultant invoice, GSTIN 07KQRTM4821P1ZL, Delhi')).toContainEqual(['07KQRTM4821P1ZL', 'IN_GSTIN']);
    expect(typed('Driver Omkar Kulkarni, DL MH14 20170083415, valid to 2037')).toContainEqual([
      'MH14 20170083415',
      'IN_DRIVING_LICENCE',
    ]);
    expect(typed('Mteja: Neema Mushi, NIDA 19910725-62018-00451-19')).toContainEqual([
      '19910725-62018-00451-19',
      'TZ_NIDA',
    ]);
  });

  it('leaves date-led transaction ids and codes that fail the check', () => {
    expect(typed('txn 20250101123456789012 settled')).not.toContainEqual(['20250101123456789012', 'TZ_NIDA']);
    expect(typed('Consultant invoice, GSTIN 07KQRTM4821P1ZM')).toEqual([]);
    expect(typed('Factura 1305192832001 pendiente')).toEqual([]);
  });
});
