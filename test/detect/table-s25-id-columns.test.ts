import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const of = (text: string, label: string) => spansOf(engine, text, [label]);

describe('id, account and phone columns named by their header', () => {
  it('types every cell under an NHS number column, also when a name split in two cells shifts the row', () => {
    const text = `Here is the clinic export, can you sort it by surname?
patient,born,nhs_no,ward
Orla Brennan-Tate,1958-04-02,401 223 9117,Elm
Femi Adeyinka,1971-10-19,612 870 3345,Oak
Brennan-Tate,Orla,1958-04-02,401 223 9117,Elm`;
    expect(of(text, 'NATIONAL_ID')).toEqual(['401 223 9117', '612 870 3345', '401 223 9117']);
  });

  it('types a Spanish dump: dni, cuenta and teléfono columns of a semicolon CSV', () => {
    const text = `nombre;apellidos;dni;telefono;cuenta
Irene;Solís Bravo;50213874Q;611 408 273;2085 0131 77 0300114521
Mateo;Gil Prado;47120598K;622 913 080;0049 1500 05 1234567891`;
    expect(of(text, 'NATIONAL_ID')).toEqual(['50213874Q', '47120598K']);
    expect(of(text, 'PHONE')).toEqual(['611 408 273', '622 913 080']);
    expect(of(text, 'BANK_ACCOUNT')).toEqual(['2085 0131 77 0300114521', '0049 1500 05 1234567891']);
  });

  it('reads a pg_dump COPY block by its column list', () => {
    const text = `--
-- Data for Name: socios; Type: TABLE DATA; Schema: public
--
COPY public.socios (id, nombre, curp, nss, clabe, password) FROM stdin;
1	Rocío Mendoza	MEOR900312MJCNCC08	43179012345	032180004519273607	Girasol#44
2	Tomás Ibarra	\\N	12988031456	138180011223344557	\\N
\\.

SELECT pg_catalog.setval('public.socios_id_seq', 2, true);`;
    const ids = of(text, 'NATIONAL_ID');
    expect(ids).toContain('MEOR900312MJCNCC08');
    expect(ids).toContain('43179012345');
    expect(ids).toContain('12988031456');
    expect(of(text, 'BANK_ACCOUNT')).toEqual(['032180004519273607', '138180011223344557']);
    expect(of(text, 'SECRET')).toEqual(['Girasol#44']);
  });

  it('leaves masked accounts, dates, words, counts and headers that describe the id', () => {
    const text = `customer,account_number,id_type,id_verified,phone_type
Lena Fischer,****4471,passport,2026-01-14,mobile
Ravi Kumar,xxxx-xxxx-0917,driving licence,2026-02-02,landline`;
    expect(of(text, 'BANK_ACCOUNT')).toEqual([]);
    expect(of(text, 'NATIONAL_ID')).toEqual([]);
    const prices = `producto;precio sin iva;stock
Silla;120.50;14
Mesa;310.00;3`;
    expect(of(prices, 'NATIONAL_ID')).toEqual([]);
    const support = `team,support phone,office
Billing,0800 123 4567,Leeds`;
    expect(of(support, 'PHONE')).toEqual([]);
  });
});

describe('INSERT statements and data frames name their columns too', () => {
  it('types the values of an INSERT with a column list, NULL left out', () => {
    const text = `INSERT INTO empleados (id, nombre, rfc, nss, cuenta_clabe, telefono) VALUES
  (7, 'Ximena Ruiz', 'RUXI880415AB3', '03158812763', '646180123450987659', '55 4410 2291'),
  (8, 'Héctor Lara', NULL, '21089944120', '127180008761234091', NULL);`;
    const ids = of(text, 'NATIONAL_ID');
    expect(ids).toContain('03158812763');
    expect(ids).toContain('21089944120');
    expect(of(text, 'BANK_ACCOUNT')).toEqual(['646180123450987659', '127180008761234091']);
    expect(of(text, 'PHONE')).toEqual(['55 4410 2291']);
  });

  it('types a passport column of a data frame printed with aligned blanks', () => {
    const text = `    traveller        passport_no    nationality
0   Sven Aaltonen    XP4419027      FIN
1   Maire Kask       KF0381556      EST`;
    expect(of(text, 'NATIONAL_ID')).toEqual(['XP4419027', 'KF0381556']);
  });
});

describe('ids, accounts and phones under a named key of a JSON record', () => {
  it('labels each value by its key, over what a rule reads in the value alone', () => {
    const text = `{"ts":"2026-11-30T10:12:00Z","paciente":"Ona Vidal","nhs_number":"401 223 9117","nss":"03158812763"}
{"ts":"2026-11-30T10:13:41Z","beneficiario":"Leo Prats","clabe":"646180123450987659","passport_no":"XP4419027","account_number":"20385521","sort_code":"30-92-18"}`;
    const ids = of(text, 'NATIONAL_ID');
    expect(ids).toEqual(['401 223 9117', '03158812763', 'XP4419027']);
    expect(of(text, 'BANK_ACCOUNT')).toEqual(['646180123450987659', '20385521', '30-92-18']);
  });

  it('leaves keys that describe the value and values that are no id', () => {
    const text = `{"id_type":"passport","account_status":"active","nss":"pending","telefono":"n/a","order_ref":"JD0146000038"}`;
    expect(of(text, 'NATIONAL_ID')).toEqual([]);
    expect(of(text, 'BANK_ACCOUNT')).toEqual([]);
    expect(of(text, 'PHONE')).toEqual([]);
  });
});
