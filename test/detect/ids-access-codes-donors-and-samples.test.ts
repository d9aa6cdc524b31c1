import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { iePps } from '../../src/detect/validators/national-ids-checked.js';
import { accessCode, urlCredentials } from '../../src/detect/validators/secrets.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const found = (text: string, label: string) => spansOf(detector, text, [label]);

describe('access codes written after the lock, box or gate they open', () => {
  it('reads the code a few words after the object, in English and Spanish', () => {
    expect(found('Access: key safe on the wall by the meter, code 6093; fob with the porter', 'SECRET')).toEqual([
      '6093',
    ]);
    expect(found('Lockbox on the back railing - the code is 2-9-0-6', 'SECRET')).toEqual(['2-9-0-6']);
    expect(found('If nobody answers, the garage keypad takes code 8154#', 'SECRET')).toEqual(['8154#']);
    expect(found('Acceso: código portón #7714* y luego la puerta azul', 'SECRET')).toEqual(['#7714*']);
    expect(found('la llave está en una caja con clave 5318 junto al contador', 'SECRET')).toEqual(['5318']);
    expect(found('Llaves: caja de seguridad del patio, con código 4062, devolverlas después', 'SECRET')).toEqual([
      '4062',
    ]);
  });

  it('leaves other codes that follow such a word', () => {
    expect(found('the alarm panel shows error code 4031 since the update', 'SECRET')).toEqual([]);
    expect(found('Gate 12 at the depot, area code 0161 for the office line', 'SECRET')).toEqual([]);
    expect(found('Portón nuevo instalado, código postal 28045, factura adjunta', 'SECRET')).toEqual([]);
    expect(found('key safe code 1234 for the demo flat', 'SECRET')).toEqual([]);
  });

  it('takes a keypad code that opens with # or *, and still drops sample runs', () => {
    expect(accessCode('#2961*')).not.toBeNull();
    expect(accessCode('*4408')).not.toBeNull();
    expect(accessCode('#1234')).toBeNull();
    expect(accessCode('#0000*')).toBeNull();
  });
});

describe('session cookies in a HAR entry or a JSON log', () => {
  it('reads an app-prefixed session id in a cookie header written as a name and a value', () => {
    expect(
      found('{"name": "cookie", "value": "shop_sid=9c1e7a44d0b25f8e6a3c19d7e02b4f61; theme=dark"}', 'SECRET'),
    ).toEqual(['9c1e7a44d0b25f8e6a3c19d7e02b4f61']);
    expect(found('{"name":"Set-Cookie","value":"app-sessid=Qm7xK2pV9tLr4NwZ8c; Path=/; HttpOnly"}', 'SECRET')).toEqual([
      'Qm7xK2pV9tLr4NwZ8c',
    ]);
    expect(found('Cookie: lang=es; tienda_session_id=f04b8e2a91c7d36e5b0a7f18c2d9e463', 'SECRET')).toEqual([
      'f04b8e2a91c7d36e5b0a7f18c2d9e463',
    ]);
  });

  it('leaves cookies that hold no session', () => {
    expect(found('{"name": "cookie", "value": "theme=dark; lang=en; consent=yes"}', 'SECRET')).toEqual([]);
    expect(found('{"name": "cookie", "value": "ab_sid=variant_b"}', 'SECRET')).toEqual([]);
  });
});

describe("Ireland's PPS number after its name", () => {
  it('checks the letter: the digits weigh 8 to 2, a second letter weighs 9', () => {
    expect(iePps('4729105N')?.type).toBe('IE_PPS');
    expect(iePps('1938204PA')?.type).toBe('IE_PPS');
    expect(iePps('4729105WA')?.type).toBe('IE_PPS');
    expect(iePps('4729105M')).toBeNull();
    expect(iePps('1938204GA')).toBeNull();
  });

  it('reads it on welfare, tax and death-registration papers, in English and Spanish', () => {
    expect(found('Deceased: Brendan Hughes, PPS no. 4729105N, died at home', 'NATIONAL_ID')).toEqual(['4729105N']);
    expect(found('PPS number needed for the death registration form: 3051177F', 'NATIONAL_ID')).toEqual(['3051177F']);
    expect(found('Para Revenue necesitan su número PPS 8820461G y el de su madre', 'NATIONAL_ID')).toEqual([
      '8820461G',
    ]);
  });

  it('leaves the same shape without the cue or with a wrong letter', () => {
    expect(found('order 4729105N shipped from the Athlone depot', 'NATIONAL_ID')).toEqual([]);
    expect(found('PPS no. 4729105M', 'NATIONAL_ID')).toEqual([]);
  });
});

describe('dates of birth in an airline passenger record', () => {
  it("reads a child's or an infant's date of birth and the SSR DOCS dates", () => {
    const pnr =
      ' 1.MORALES/ELENA MRS(INFMORALES/NOA/11SEP24)  2.MORALES/LUCA MSTR(CHD/07JUN19)\n' +
      ' 3  IB 3166 Y 19DEC 5 MADLHR HK2  0710 0835\n' +
      ' 4 SSR DOCS IB HK1 P/ESP/X1234567/ESP/30JAN79/F/12OCT31/MORALES/ELENA\n' +
      ' 5 SSR INFT IB HK1 MORALES/NOA 11SEP24/P1\n';
    expect(found(pnr, 'DATE')).toEqual(['11SEP24', '07JUN19', '30JAN79', '12OCT31', '11SEP24']);
  });

  it("reads the traveller's document in SSR DOCS and the card of the form of payment", () => {
    const pnr =
      ' 4 SSR DOCS LH HK1 P/POL/EK4821937/POL/02FEB88/F/11MAR32/NOWAK/EWA/P1\n' +
      ' 5 SSR DOCS LH HK1 I/ESP/48211937T/ESP/19AUG90/M/01JAN30/GIL/PAU/P2\n' +
      ' 9 FP CCVI4539148803436467/0927\n';
    expect(found(pnr, 'NATIONAL_ID')).toEqual(['EK4821937', '48211937T']);
    expect(found(pnr, 'CREDIT_CARD')).toEqual(['4539148803436467']);
    expect(found(' 9 FP CCCA5425233430109903/1126*E', 'CREDIT_CARD')).toEqual(['5425233430109903']);
    expect(found(' 9 FP CCVI4539148803436468/0927\n 10 FP CASH', 'CREDIT_CARD')).toEqual([]);
  });

  it('leaves flight segments and the record stamp', () => {
    expect(
      found('RP/MADIB08AA/MADIB08AA  AA/SU  3DEC26/1422Z  Q8LM2T\n 4  IB 3166 Y 19DEC 5 MADLHR HK1', 'DATE'),
    ).toEqual([]);
  });
});

describe("a blood donor's session and deferral dates", () => {
  it('reads them in English and Spanish letters', () => {
    expect(found('Thanks for coming to the donor session in the village hall on 6 March 2027.', 'DATE')).toEqual([
      '6 March 2027',
    ]);
    expect(found('Because of your recent tattoo you are deferred until 30 June 2027.', 'DATE')).toEqual([
      '30 June 2027',
    ]);
    expect(found('Podrá volver a donar a partir del 4 de mayo de 2027, le esperamos.', 'DATE')).toEqual([
      '4 de mayo de 2027',
    ]);
    expect(found('Su donación del 12 de enero de 2027 no pudo procesarse.', 'DATE')).toEqual(['12 de enero de 2027']);
  });

  it('leaves a campaign date with no donor in it', () => {
    expect(found('The release was postponed; the roadmap review is on 6 March 2027.', 'DATE')).toEqual([]);
  });
});

describe('an opt-out date in a payroll row', () => {
  it("reads the date under an opt-out column as the employee's", () => {
    const tsv =
      'Staff\tPayroll no\tDept\tSalary\tCycle-to-work opt-out\n' +
      'Daniel Oyelowo-Marsh\tP-2231\tOps\t31,200\t14/09/2026\n' +
      'Anjali Menon\tP-2240\tFinance\t42,750\t\n' +
      'Tom Leckie\tP-2251\tIT\t38,000\t02/02/2027\n';
    expect(found(tsv, 'DATE')).toEqual(['14/09/2026', '02/02/2027']);
    expect(
      found('Empleado;DNI;Opt-out pensión;Salario\nLucía Férriz Gómez;48211937T;12/05/2026;2.140', 'DATE'),
    ).toEqual(['12/05/2026']);
  });

  it("leaves a newsletter's opt-out deadline", () => {
    expect(found('The newsletter opt-out deadline is 28/02/2027 for every subscriber.', 'DATE')).toEqual([]);
  });
});

describe('documentation keys and local default credentials', () => {
  it('drops a test-mode or EXAMPLE key that a guide presents as a sample', () => {
    const guide =
      'For local testing use the documented sandbox credentials:\n' +
      '  AWS_SECRET_ACCESS_KEY=Rk2vT9qLmZ8wXy4Bn7Pc/H3sJd6FEXAMPLEKEY01\n' +
      '  STRIPE_KEY=sk_test_Lq84MhwT2kPzR7cVn1Yd9sBx   (public sample key)\n';
    expect(found(guide, 'SECRET')).toEqual([]);
    expect(
      found('Ejemplo de la documentación: sk_test_Lq84MhwT2kPzR7cVn1Yd9sBx (clave de prueba pública)', 'SECRET'),
    ).toEqual([]);
  });

  it('keeps the same shapes in a private config or a support ticket', () => {
    expect(
      found('my .env has STRIPE_SECRET=sk_test_Lq84MhwT2kPzR7cVn1Yd9sBx and the webhook still fails', 'SECRET'),
    ).toEqual(['sk_test_Lq84MhwT2kPzR7cVn1Yd9sBx']);
    expect(
      found('Prod box config:\naws_secret_access_key = Rk2vT9qLmZ8wXy4Bn7Pc/H3sJd6FEXAMPLEKEY01', 'SECRET'),
    ).toEqual(['Rk2vT9qLmZ8wXy4Bn7Pc/H3sJd6FEXAMPLEKEY01']);
  });

  it('drops the user name repeated as the password on the local machine only', () => {
    expect(urlCredentials('postgres:postgres@localhost:5432')).toBeNull();
    expect(urlCredentials('root:root@127.0.0.1:3306')).toBeNull();
    expect(urlCredentials('app:app@db.internal:5432')).not.toBeNull();
    expect(urlCredentials('app:Vq8tL2mZ@localhost:5432')).not.toBeNull();
    expect(found('DATABASE_URL=mysql://shop:shop@10.4.7.21:3306/shop', 'SECRET')).toEqual(['shop:shop@10.4.7.21:3306']);
  });
});

describe('fictional numbers in a file of generated records', () => {
  it('drops 555-01xx numbers far below a synthetic-data heading or file name', () => {
    const rows = Array.from(
      { length: 4 },
      (_, i) =>
        `  {"id": "C-${i}", "name": "Sample Person ${i}", "plan": "gold", "notes": "renewal pending, no contact yet", "phone": "+1 312-555-01${20 + i}"},`,
    ).join('\n');
    expect(found(`// seed/customers.synthetic.json\n[\n${rows}\n]`, 'PHONE')).toEqual([]);
    expect(found(`Datos sintéticos para las pruebas de carga:\n[\n${rows}\n]`, 'PHONE')).toEqual([]);
  });

  it('keeps them in a letter that calls nothing synthetic', () => {
    expect(found('Hi Jo, my new number is (312) 555-0142, call me after six.', 'PHONE')).toEqual(['(312) 555-0142']);
  });
});

describe('registration and role mailboxes that are no one', () => {
  it("leaves a firm's registration number before its registered office", () => {
    expect(found('Acme Widgets Ltd (company no. 07315526, registered office 4 Mill Yard, Bolton)', 'PHONE')).toEqual(
      [],
    );
    expect(found('Northgate Bakers Limited, registered number 09872214; office hours 9 to 5', 'PHONE')).toEqual([]);
    expect(found('Acme Widgets Ltd, company no. 07315526. Call me on my mobile 4155552671.', 'PHONE')).toEqual([
      '4155552671',
    ]);
  });

  it("drops a privacy desk's or a look-alike sender's role mailbox", () => {
    expect(found('Ejerza sus derechos ARCO escribiendo a privacidad@example.com.', 'EMAIL')).toEqual([]);
    expect(found('Freeze requests: memberships@gymco.example.com', 'EMAIL')).toEqual([]);
    expect(found('Return-Path: <account-update@secure-n3tflix-billing.com>', 'EMAIL')).toEqual([]);
    expect(found('From: "Santander" <verify.account@santander-clientes-seguro.net>', 'EMAIL')).toEqual([]);
  });

  it('keeps a person whose address borrows one of those words', () => {
    expect(found('my email is ana.update@gmail.com, write anytime', 'EMAIL')).toEqual(['ana.update@gmail.com']);
    expect(found('From: Marta Ruiz <marta.privacidad@clinica-ruiz.es>', 'EMAIL')).toEqual([
      'marta.privacidad@clinica-ruiz.es',
    ]);
    expect(found('mi correo es privacidad@panaderia-rubio.es por si acaso', 'EMAIL')).toEqual([
      'privacidad@panaderia-rubio.es',
    ]);
  });
});
