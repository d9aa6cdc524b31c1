import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('names in the fixed places of machine formats', () => {
  it('finds the patient and the clinicians of HL7 v2 segments, whatever their case', () => {
    const msg = [
      'MSH|^~\\&|LAB|NORTH|HUB|ICE|20250101120000||ADT^A04|M1|P|2.5',
      'PID|1||Q88121^^^NTH^MR||MWANGI^WANJIRU^K^^MRS||19850312|F',
      'PV1|1|O|CL2^R1^02^NTH||||D4471^HARTLEY^SIMON^^^DR',
    ].join('\n');
    expect(people(msg)).toEqual(['MWANGI^WANJIRU^K', 'HARTLEY^SIMON']);
    const kin = 'PID|1||X7^^^H^MR||Quispe^Rosa||19700101|F\nNK1|1|Quispe^Teodoro|SPO';
    expect(people(kin)).toEqual(['Quispe^Rosa', 'Quispe^Teodoro']);
    const repeated = 'PID|1||A1^^^H^MR||LINDQVIST^ELSA~LINDQVIST-ROY^ELSA||19901212|F';
    expect(people(repeated)).toEqual(['LINDQVIST^ELSA', 'LINDQVIST-ROY^ELSA']);
  });

  it('leaves codes in other HL7 fields alone', () => {
    const msg = 'MSH|^~\\&|EPIC|HOSP|RCV|ICE|20250101||ORU^R01|X1|P|2.4\nOBX|1|CE|GLU^Glucose^L||5.4|mmol/L';
    expect(people(msg)).toEqual([]);
  });

  it('finds the family and given names of FHIR HumanName objects', () => {
    const a = '{"resourceType":"Patient","name":[{"family":"Oyelaran-Bates","given":["Tobi","Rae"]}]}';
    expect(people(a)).toEqual(['Oyelaran-Bates', 'Tobi', 'Rae']);
    const b = '{"name": [{"use": "official", "family": "Ferreira", "given": ["Inês"]}], "gender": "female"}';
    expect(people(b)).toEqual(['Ferreira', 'Inês']);
    const c = '"practitioner": {"name": [{"family": "Mbeki", "given": ["Sipho", "T"]}]}';
    expect(people(c)).toContain('Mbeki');
  });

  it('reads a lone "family" key as no name (a font or product family)', () => {
    expect(people('{"font": {"family": "Helvetica Neue", "size": 12}}')).toEqual([]);
  });

  it('finds the senders of an exported WhatsApp chat, a saved label after the name included', () => {
    const en = [
      '[10:02, 14/03/2026] Kofi (Lloyds Pharmacy): hi, your prescription is ready',
      '[10:03, 14/03/2026] Meera: thanks, will collect later',
      '[10:05, 14/03/2026] Kofi (Lloyds Pharmacy): great see you',
    ].join('\n');
    expect(people(en)).toEqual(['Kofi', 'Meera', 'Kofi']);
    const es = '[19:20, 02/11/2025] Lucía (vecina 3ºB): ya te dejé las llaves\n[19:21, 02/11/2025] Ramiro: gracias!!';
    expect(people(es)).toEqual(['Lucía', 'Ramiro']);
    const android = '03/02/2026, 08:41 - Tomasz: running late\n03/02/2026, 08:42 - Ines: ok no rush';
    expect(people(android)).toEqual(['Tomasz', 'Ines']);
  });

  it('reads a business account or a role saved as the sender as no person', () => {
    const chat = [
      '[11:00, 05/05/2026] Farmacia Sol Naciente: su pedido está listo',
      '[11:02, 05/05/2026] Asesora Cobros: recuerde su cuota',
      '[11:03, 05/05/2026] Pharmacy Team: order ready',
    ].join('\n');
    expect(people(chat)).toEqual([]);
  });
});

describe('display names in mail headers', () => {
  it('finds the sender before an address that does not spell the name, and the same name signed below', () => {
    const mail =
      'From: Ngaio Eze-Lindahl <s7731002@uni.example.ac.uk>\nTo: office@example.org\n\nThanks,\nNgaio Eze-Lindahl (she/her)';
    expect(people(mail)).toEqual(['Ngaio Eze-Lindahl', 'Ngaio Eze-Lindahl']);
    expect(people('De: Xiomara Quintero-Baca <xq91@correo.example>\nAsunto: solicitud')).toEqual([
      'Xiomara Quintero-Baca',
    ]);
    expect(people('Cc: "Tavita Faleolo" <tf@example.net>')).toEqual(['Tavita Faleolo']);
  });

  it('reads a firm or a team before the address as no person', () => {
    expect(people('From: Harbour Pharmacy Team <orders@example.com>')).toEqual([]);
  });
});

describe('stand-in names of templates and test data', () => {
  it('reads John Doe, Jane Roe and the names beside them as stand-ins', () => {
    expect(people('Sample row: first_name: Peter   last_name: Doe   manager: Jane Roe')).toEqual([]);
    expect(people('Test customer for the merge: Anna Mustermann, Musterstraße 1')).toEqual([]);
  });

  it('reads Fulano, Mengana and Zutano as stand-ins in Spanish', () => {
    expect(people('- Nombre: Fulano de Tal / Zutana Gómez (plantilla)')).toEqual([]);
    expect(people('Ejemplo de firma: Mengano Ruiz, director de ventas')).toEqual([]);
  });

  it('keeps real names on other lines', () => {
    expect(people('Placeholder: John Doe\nSigned by Farida Osei')).toEqual(['Farida Osei']);
  });
});

describe('things named like people', () => {
  it('reads a name right after a vessel or a service noun as the vessel or the service', () => {
    expect(people('Transfer via barge "Wilhelmina Cornelia" at the terminal, then by truck.')).toEqual([]);
    expect(people('El servicio "Marisol" (facturación) reintenta dos veces.')).toEqual([]);
    expect(people('The service "Greta" drops events after a restart.')).toEqual([]);
  });

  it('reads a name before Infirmary or Hospice as the institution', () => {
    expect(people('In 1890 the Royal Albert Infirmary opened its doors.')).toEqual([]);
    expect(people('Volunteers are needed at St Hilda Hospice this winter.')).toEqual([]);
  });

  it('reads labels of a delivery note as no speakers', () => {
    const note = [
      'Origen: Almacén Norte, Polígono El Prado, nave 3, 41016 Sevilla',
      'Destino: Supermercado 0481, Calle Mayor 12, Toledo',
      'Transportista: Seur, envío 8812 0034',
      'Ruta: Sevilla – Toledo, salida 06:00',
    ].join('\n');
    expect(people(note)).toEqual([]);
    expect(people('Consignee: Harbour Foods Ltd\nShipper: Delta Mills\nCarrier: Nordline')).toEqual([]);
  });
});

describe('people of history named in a sentence that dates them', () => {
  it('reads a full name beside a Nobel prize or "in" a year before 1900 as history', () => {
    expect(
      people('The ward is named after Edith Carrow, who trained nurses in Lisbon from 1862 until her death.'),
    ).toEqual([]);
    expect(people('En 1911 recibió el premio Nobel junto a Tomás Ibarguren por sus trabajos sobre la retina.')).toEqual(
      [],
    );
    expect(people('Su discípula Amparo Lledó, premio Nobel de Química, siguió esa línea.')).toEqual([]);
  });

  it('keeps a person with a title, a field label or a recent year', () => {
    expect(people('Mrs Harriet Quayle called about the 1850 Heritage Trust event.')).toEqual(['Mrs Harriet Quayle']);
    expect(people('Harriet Quayle moved to 1842 Elm Street in 2019.')).toEqual(['Harriet Quayle']);
  });
});
