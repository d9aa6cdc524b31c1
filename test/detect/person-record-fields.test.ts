import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { keyKind } from '../../src/detect/nlp/field-keys.js';
import { spansOf } from '../support/spans.js';

// A record's (key, value) pairs in any format, the key saying the value is a person's name or login
// (src/detect/nlp/field-keys.ts, person-fields.ts); every value is invented.
const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('the key vocabulary', () => {
  it('reads name parts, roles and logins from any spelling of a key', () => {
    expect(keyKind('FirstName')).toBe('given');
    expect(keyKind('first_name')).toBe('given');
    expect(keyKind('Last')).toBe('family');
    expect(keyKind('apellido2')).toBe('family');
    expect(keyKind('primer_apellido')).toBe('family');
    expect(keyKind('nombre_completo')).toBe('name');
    expect(keyKind('patient_name')).toBe('full');
    expect(keyKind('nombre_alumno')).toBe('full');
    expect(keyKind('Beneficiario')).toBe('role');
    expect(keyKind('Reviewed by')).toBe('role');
    expect(keyKind('Atendido por')).toBe('role');
    expect(keyKind('sAMAccountName')).toBe('login');
    expect(keyKind('User-Name')).toBe('login');
  });

  it('says nothing of keys about anything else', () => {
    for (const key of ['last_login', 'lastModified', 'product_name', 'hostname', 'nombre_empresa', 'first_seen', 'by'])
      expect(keyKind(key)).toBeUndefined();
  });
});

describe('names in the fields of a record', () => {
  it('reads PowerShell hashtables, toString dumps and JSON members whatever the words', () => {
    const ps = [
      '$new = @(',
      '  @{First="Orlaith"; Last="Mac Con Iomaire"; Team="Payroll"},',
      '  @{First="Kojo"; Last="Boateng-Mensah"; Team="Audit"},',
      '  @{First="Luminita"; Last="Ciobanu"; Team="Audit"}',
      ')',
    ].join('\n');
    expect(people(ps)).toEqual(expect.arrayContaining(['Mac Con Iomaire', 'Boateng-Mensah', 'Ciobanu']));
    const dump = 'Lead:{Id=00Q7x0000ABCdEf, FirstName=Caetano, LastName=Moura Bastos, Email=tmb@example.com}';
    expect(people(dump)).toEqual(expect.arrayContaining(['Moura Bastos']));
    const json = '{"socio":"A-19","nombre":"Anouar","apellidos":"Ben Haddou Alaoui","cuota":40}';
    expect(people(json)).toEqual(expect.arrayContaining(['Ben Haddou Alaoui']));
  });

  it("reads a form's role label at a line's start and a role key in a line of fields", () => {
    expect(people('Passenger: Akello Joy Ocaya\nSeat: 14C')).toEqual(['Akello Joy Ocaya']);
    expect(people('Reviewed by: K. Adeyemi-Lowe, senior radiographer')).toEqual(['K. Adeyemi-Lowe']);
    expect(people('Llamada 112 a las 03:10. Denunciante: Remedios Albero Cuartero (vecina), tel. aparte.')).toEqual([
      'Remedios Albero Cuartero',
    ]);
  });

  it('reads every person a role field lists on its line, a role in brackets after each', () => {
    expect(people('Logged by: Maeve (night carer), T. Oduya-Finch (nurse)')).toEqual(
      expect.arrayContaining(['T. Oduya-Finch']),
    );
    expect(people('Witnessed by: Rhodri Evans, Hope Asante-Clarke and Ines Varela')).toEqual([
      'Rhodri Evans',
      'Hope Asante-Clarke',
      'Ines Varela',
    ]);
    expect(people('Bioquímica firmante: P. Larrañaga, MP 3391')).toEqual(['P. Larrañaga']);
    expect(people('Reviewed by: Will Call, Grace Period Team')).toEqual([]);
  });

  it("reads a mail header's sender and a meeting's chair and minute-taker, not a place or a team there", () => {
    expect(people('From: Coorong Ashworth - Ashworth Fencing (sole trader)\nSubject: invoice 118')).toEqual([
      'Coorong Ashworth',
    ]);
    expect(people('Chair: T. Okonjo-Bell\nMinutes: R. Faulkner\nApologies: none')).toEqual([
      'T. Okonjo-Bell',
      'R. Faulkner',
    ]);
    expect(people('From: Sydney Office\nMinutes: 45\nChair: Ops Review Board')).toEqual([]);
  });

  it('reads a label of a few words after a sentence, and lets a longer label veto its last word', () => {
    expect(people('Consent signed on the ward. Witnessed by: R. Oyelaran-Finch, HCA')).toEqual(['R. Oyelaran-Finch']);
    expect(people('Plan member name: LAM Siu Ming (Kelvin)')).toEqual(expect.arrayContaining(['LAM Siu Ming']));
    expect(people('Product name: Harbour Lantern\nCompany name: Tidewell Marsh')).toEqual([]);
  });

  it('reads a CSV column whose compound key names a name part', () => {
    const csv = 'id;nombre_alumno;apellidos_alumno;curso\n7;Itahisa;Perdomo Cabrera;2B\n8;Ancor;Melián Suárez;2B';
    expect(people(csv)).toEqual(expect.arrayContaining(['Itahisa', 'Ancor', 'Perdomo Cabrera', 'Melián Suárez']));
  });

  it("reads a query string's name field, its words parted by %20 or +", () => {
    const log = '{"method":"GET","uri":"/tickets/list?name=Rhiannon%20Pengelly&page=2"}';
    expect(people(log)).toEqual(expect.arrayContaining(['Rhiannon%20Pengelly']));
    expect(people('{"method":"GET","uri":"/shop/search?name=Garden%20Hose&page=2"}')).toEqual([]);
  });

  it('reads the name of an MT940 :86: line', () => {
    const mt = ':61:2611031103CR120,00NTRFNONREF\n:86:/EREF/RF-5521/NAME/Solenne Marchetti-Roux/REMI/Refund 5521';
    expect(people(mt)).toEqual(expect.arrayContaining(['Solenne Marchetti-Roux']));
  });
});

describe('logins in the fields of a record', () => {
  it('reads an XML user element and a FreeRADIUS login, with the login said again', () => {
    const xml = '<server>\n  <id>nexus-snapshots</id>\n  <username>tnakashima</username>\n</server>';
    expect(people(xml)).toEqual(['tnakashima']);
    const radius = [
      'Tue Nov  3 09:12:40 2026 : Auth: (5521) Login incorrect (pap): [dchakraborty/Wrong#Pass1] (client ap-3)',
      'Tue Nov  3 09:13:02 2026 : Auth: (5522) Login OK: [dchakraborty/<via Auth-Type = PAP>] (client ap-3)',
    ].join('\n');
    expect(people(radius)).toEqual(['dchakraborty', 'dchakraborty']);
  });

  it('leaves service, shared and function accounts alone', () => {
    const xml =
      '<server><id>ci</id><username>jenkins</username></server>\n<User>mwale_ftp</User>\n<user>svc-build</user>';
    expect(people(xml)).toEqual([]);
    expect(people('Tue : Auth: (1) Login OK: [printer-lab2/<via Auth-Type = PAP>] (client sw-1)')).toEqual([]);
  });
});

describe('what the fields do not name', () => {
  it('leaves products, firms, boats and teams written where a name goes', () => {
    expect(people('Name: "Sea Swallow III", Westerly 22ft, sail no. 3310')).toEqual([]);
    expect(people('owner: Platform Team\nname: checkout-service')).toEqual([]);
  });

  it("leaves template placeholders and a table's own headers", () => {
    expect(people('"fname": "Erika", "lname": "Mustermann", "uid": "emuster"')).toEqual([]);
    expect(people("const fake = { nombre: 'Menganito de Tal', apellidos: 'Placeholder Placeholder' };")).toEqual([]);
    expect(people('columns: first_name: Last Name')).toEqual([]);
  });

  it('needs both halves for a bare First or Last key', () => {
    expect(people('last: Tuesday\nfirst: Ebbe')).toEqual([]);
  });
});
