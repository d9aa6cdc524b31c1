import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('passenger names of an airline reservation', () => {
  it('finds SURNAME/GIVEN with a title, a passenger number or a passenger tag, and the infant glued to its tag', () => {
    const pnr = [
      'Explain this booking.',
      'RP/MADIB0812/MADIB0812            AA/SU  2NOV26/0915Z   Q7TZ2M',
      '  1.GARRIDO/ISMAEL MR   2.GARRIDO/LUNA MISS(CHD/11JAN19)',
      '  3.PEREZ/ANA MARIA MRS(INFGARRIDO/TEO/04APR25)',
      '  8 SSR DOCS IB HK1 P/ESP/X1234567/ESP/02FEB80/M/10OCT31/GARRIDO/ISMAEL/P1',
      '  9 SSR INFT IB HK1 GARRIDO/TEO 04APR25/P3',
    ].join('\n');
    expect(people(pnr)).toEqual([
      'GARRIDO/ISMAEL',
      'GARRIDO/LUNA',
      'PEREZ/ANA MARIA',
      'GARRIDO/TEO',
      'GARRIDO/ISMAEL',
      'GARRIDO/TEO',
    ]);
    expect(people('Explica la reserva: 1.1QUISPE/ROSARIO MRS 2.1QUISPE/NINA MS, vuelo LA 2045')).toEqual([
      'QUISPE/ROSARIO',
      'QUISPE/NINA',
    ]);
    expect(people('Pax list:\n 1.MCBRIDE/KIERAN MR\n 2.ODONNELL/AOIFE MS\n')).toEqual([
      'MCBRIDE/KIERAN',
      'ODONNELL/AOIFE',
    ]);
  });

  it('leaves codes and capital pairs of ordinary writing alone', () => {
    expect(people('RP/LONBA1234/LONBA1234  AA/SU  12DEC26/1422Z\n 4  BA 074 Y 19DEC 5 LOSLHR HK2')).toEqual([]);
    expect(people('PLEASE TICK YES/NO AND/OR MR OR MRS BELOW')).toEqual([]);
    expect(people('The I/O MS-DOS driver and the TCP/IP MS stack')).toEqual([]);
  });

  it('takes a numbered pair for a passenger only in a booking record', () => {
    expect(people('See section 3.AUTH/LOGIN of the guide before 4.API/USAGE.')).toEqual([]);
    expect(people('Step 2.READ/WRITE access is granted by the admin.')).toEqual([]);
    expect(people('RP/MADIB2100/\n 1.SALGADO/NURIA\n 2 IB3166 Y 14MAR MADLHR HK1')).toEqual(['SALGADO/NURIA']);
    expect(people(' 1.SALGADO/NURIA  2.SALGADO/PAU')).toEqual(['SALGADO/NURIA', 'SALGADO/PAU']);
  });
});

describe('logins of directory and logon records', () => {
  it('finds the account of an LDIF entry, a Windows event and a Spanish event', () => {
    const ldif =
      'Disable this leaver.\n\ndn: CN=Teodora Vilches,OU=Users,DC=corp\ncn: Teodora Vilches\nsAMAccountName: tvilches\n';
    expect(people(ldif)).toContain('tvilches');
    const event =
      'Event 4624\nNew Logon:\n    Security ID:      ACME\\k.ferreira\n    Account Name:     k.ferreira\n    Account Domain:   ACME\n';
    expect(people(event)).toContain('k.ferreira');
    const es = 'Evento 4740\nCuenta bloqueada:\n    Nombre de cuenta:    mjimenez\n    Dominio de cuenta:   OFICINA\n';
    expect(people(es)).toContain('mjimenez');
    expect(people('uid: oabiodun\nmail: oabiodun@example.org\n')).toContain('oabiodun');
  });

  it('leaves machine, built-in and service accounts and a bank form alone', () => {
    const event =
      'Subject:\n    Security ID:   SYSTEM\n    Account Name:  WKS-22$\n    Account Name:  svc_backup\n    Account Name:  Administrator\n';
    expect(people(event)).toEqual([]);
    expect(people('Payment details\nAccount Name: Savings\nAccount name: Business Current\n')).toEqual([]);
    expect(people('uid: 1002\nuid: root\n')).toEqual([]);
  });
});

describe('subject initials of a study log', () => {
  it('reads the Initials column of a log whose columns are parted by wide gaps, pipes or commas', () => {
    const wide = [
      'Check eligibility.',
      'Scr#    Initials  DOB          Notes',
      '201-004  J.P.      02-Mar-1961  ok',
      '201-005  K.L-M.    19-Apr-1977  on insulin; HbA1c 8.1',
      '201-006  TRB       01-Jan-1990  none',
    ].join('\n');
    expect(people(wide)).toEqual(['J.P.', 'K.L-M.', 'TRB']);
    expect(people('Revisa el registro\nSujeto | Iniciales | Edad\n07-112 | M.A.G. | 54\n07-113 | PRS | 61\n')).toEqual([
      'M.A.G.',
      'PRS',
    ]);
    expect(people('subject,initials,visit\n0031,D.W.,V2\n0032,E.O-B.,V3\n')).toEqual(['D.W.', 'E.O-B.']);
  });

  it('leaves dotted abbreviations alone where no column holds initials', () => {
    expect(people('Shipped to the U.K. and the U.S. by 5 p.m.; N.B. the E.U. rules apply.')).toEqual([]);
    expect(people('Site | Initials | Country\n01 | A.B. | UK\n02 | C.D. | US\n')).toEqual(['A.B.', 'C.D.']);
  });
});

describe('handles of a social-listening export', () => {
  it("finds each poster's handle, but not the account the posts are addressed to", () => {
    const csv = [
      'Cluster these posts.',
      'platform,handle,posted,text',
      'x,@lottie_b_92,2026-10-01,"@SwiftBoxUK where is my parcel"',
      'reddit,u/sadbeans_throwaway,2026-10-02,"@SwiftBoxUK never again"',
      'instagram,kam.ozturk.pics,2026-10-02,"box crushed"',
      'x,@SwiftBoxUK,2026-10-03,"Hi there, please DM us"',
    ].join('\n');
    expect(people(csv)).toEqual(['lottie_b_92', 'sadbeans_throwaway', 'kam.ozturk.pics']);
    const es = [
      'Agrupa estas quejas',
      'red | usuario | fecha | texto',
      'tiktok | @yare.mtz07 | 12/11 | @TiendaSolMX mi pedido no llega',
      'x | @pollo_rdz | 12/11 | @TiendaSolMX me cobraron doble',
      'x | @TiendaSolMX | 13/11 | Hola, ya revisamos tu caso',
    ].join('\n');
    expect(people(es)).toEqual(['yare.mtz07', 'pollo_rdz']);
    expect(people('author;network;text\n@minnie.k;x;@AcmeHelp refund?\n@AcmeHelp;x;on it\n')).toEqual(['minnie.k']);
    // One poster answering another: both are people.
    expect(people('handle,network,text\n@jo_wren,x,@ParcelCoUK lost again\n@bea.m,x,@jo_wren same here\n')).toEqual([
      'jo_wren',
      'bea.m',
      'jo_wren',
    ]);
  });
});

describe('a full name spelled by the address or the login of the same text', () => {
  it('finds a rare full name whose e-mail local part or login is given initial or name, separator, family name', () => {
    const mail =
      'Triage this.\nTo: h.vanleeuwen@freight.example.co.uk\n\nThe user (Hidde Vanleeuwen, payroll) clicked it.';
    expect(people(mail)).toContain('Hidde Vanleeuwen');
    const login = 'Account Name:     t.mahlangu\nAccount Domain: CORP\n\nSame account. Thandeka Mahlangu was on leave.';
    expect(people(login)).toContain('Thandeka Mahlangu');
    const word = 'Account Name:  g.mwale\nAccount Domain: CORP\n\nLocked again. Grace Mwale says she typed it right.';
    expect(people(word)).toContain('Grace Mwale');
    const es = 'Reenvía a yaretzi_cuauhtle@correo.example.mx; la alumna Yaretzi Cuauhtle no recibió la beca.';
    expect(people(es)).toContain('Yaretzi Cuauhtle');
  });

  it('leaves a department address and a name the address does not spell alone', () => {
    expect(people('Write to sales.team@acme.example, the Sales Team answers in a day.')).toEqual([]);
    expect(people('Mail h.vanleeuwen@freight.example about the Harbour Vanleeuwen depot.')).toEqual([]);
  });
});

describe('parties of a sale, a tax return and a statement', () => {
  it('reads the value of a buyer, assessee or statement field as a person', () => {
    expect(people('Summarise.\n\nBuyer: Obiageli Nwankwo, 0803 000 1111')).toEqual(['Obiageli Nwankwo']);
    expect(people('Assessee: Venkatesh Subramanian Pillai, PAN on file')).toEqual(['Venkatesh Subramanian Pillai']);
    expect(people('Statement of: Tendai Chikore   Occupation: nurse')).toEqual(['Tendai Chikore']);
    expect(people('Comprador: Julián Ortega Paz\nDenunciante: Rocío Ibarra')).toEqual([
      'Julián Ortega Paz',
      'Rocío Ibarra',
    ]);
  });

  it('leaves a firm or a description in those fields alone', () => {
    expect(people('Buyer: Samsung Electronics\nSuspect: White Ford Transit\nVictim: Not Known')).toEqual([]);
  });
});

describe('things that look like names', () => {
  it('reads a name before "& Asoc." or "& Sons" as a firm, and keeps two people joined by "&"', () => {
    expect(people('Cliente: ESTUDIO CONTABLE ROLDÁN & ASOC. S.R.L.')).toEqual([]);
    expect(people('Supplier: Hartley Pike & Sons, Leeds')).toEqual([]);
    expect(people('Tenants: John Pike & Mary Pike, both on the lease')).toEqual(['John Pike', 'Mary Pike']);
    expect(people('Clientes: Marta Vidal y Ana Gil')).toEqual(['Marta Vidal', 'Ana Gil']);
  });

  it('reads "X Park" after a preposition of place as the park, and keeps a person named Park', () => {
    expect(people('He ran off towards Alexandra Park and I lost him.')).toEqual([]);
    expect(people('We had a picnic in Victoria Park on Sunday.')).toEqual([]);
    expect(people('I sent the signed lease to Jin Park yesterday, she lives at 4 Elm Road.')).toContain('Jin Park');
    expect(people('Private note: the lease is in Jin Park’s name, tenant since May.')).toContain('Jin Park');
    // "Sun-hee Park": a Korean given name of two syllables before the family name (person-east-asian.ts).
    expect(people('Notes: Sun-hee Park called at 9; her son Min Park is at the school in Elm Park.')).toEqual([
      'Sun-hee Park',
      'Min Park',
    ]);
  });

  it('reads a car model after its maker as the car, and keeps the driver', () => {
    expect(people('Contrato · Renault Duster 2024 placa JTK-482')).toEqual([]);
    expect(people('Alquiló un Kia Picanto y un Suzuki Vitara.')).toEqual([]);
    expect(people('Conductor: Andrés Duarte, Renault Duster gris')).toEqual(['Andrés Duarte']);
    expect(people('Customer Orla Brennan returned the Nissan Navara with a dent, phone 0871234567.')).toContain(
      'Orla Brennan',
    );
  });

  it("reads a department's mail display name as no person, and keeps a person's", () => {
    expect(people('From: "PayPal Billing" <billing@paypa1-secure.com>\nTo: me@example.org')).toEqual([]);
    expect(people('De: "Facturación Pagos" <pagos@tienda.example>')).toEqual([]);
    expect(people('From: Zbigniew Wrona <t.wrona@example.org>\nSubject: account security')).toEqual(['Zbigniew Wrona']);
    expect(people('De: Lucía Paredes <lparedes@correo.example>\nAsunto: pagos pendientes')).toEqual(['Lucía Paredes']);
  });
});
