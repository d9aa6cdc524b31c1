import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { ecCedula, uyCedula } from '../../src/detect/validators/national-ids-checked.js';
import { cuedId, failsItsCheck } from '../../src/detect/validators/national-ids-formats.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();
const ids = (text: string) => spansOf(detector, text, ['NATIONAL_ID']);

describe('a value in a checked document’s layout that fails the check', () => {
  it('is no id after a generic identity cue', () => {
    const table = [
      'Casos de prueba: documentos inválidos para el formulario',
      '| tipo | valor |',
      '| DNI | 46703462A |',
      '| RUT | 11.708.612-3 |',
      '| CUIT | 20-64476633-5 |',
      '| DNI | 22222222 |',
    ].join('\n');
    expect(ids(table)).toEqual([]);
    expect(ids('DNI 46703462A')).toEqual([]);
    expect(ids('RUT 11.708.612-3')).toEqual([]);
    expect(ids('CUIT 20-64476633-5')).toEqual([]);
  });

  it('still counts when the check fits', () => {
    expect(ids('DNI 46703462F')).toEqual(['46703462F']);
    expect(ids('RUT 11.708.612-7')).toEqual(['11.708.612-7']);
    expect(ids('CUIT 20-64476633-1')).toEqual(['20-64476633-1']);
    // A Peruvian DNI with its check digit, and digits without a check after the cue.
    expect(ids('DNI 41927365-7')).toEqual(['41927365-7']);
    expect(ids('cédula de ciudadanía 1.047.318.562')).toEqual(['1.047.318.562']);
  });

  it('reads the layout whatever separates the groups', () => {
    expect(failsItsCheck('20 64476633 5')).toBe(true);
    expect(failsItsCheck('20-64476633-1')).toBe(false);
    expect(failsItsCheck('111.444.777-36')).toBe(true);
    expect(failsItsCheck('40817263')).toBe(false);
    expect(cuedId('46703462A')).toBeNull();
    expect(cuedId('K58201736')).not.toBeNull();
  });
});

describe('digits, a dash and a check digit after other countries’ cues', () => {
  it('keeps a Salvadoran DUI and a São Paulo RG whose checks fit, drops them when not', () => {
    expect(ids('DUI 04817263-9')).toEqual(['04817263-9']);
    expect(ids('DUI 04817263-5')).toEqual([]);
    expect(ids('RG 12.345.678-2')).toEqual(['12.345.678-2']);
  });
});

describe('Uruguayan and Ecuadorian cédulas', () => {
  it('checks their check digits', () => {
    expect(uyCedula('4.618.273-9')).not.toBeNull();
    expect(uyCedula('4.618.273-5')).toBeNull();
    expect(ecCedula('1713175071')).not.toBeNull();
    expect(ecCedula('1713175072')).toBeNull();
    // Province 25 does not exist; a third digit 6 is a public body's.
    expect(ecCedula('2513175071')).toBeNull();
  });

  it('finds a Uruguayan cédula after C.I.', () => {
    expect(ids('C.I. 4.618.273-9, Montevideo')).toEqual(['4.618.273-9']);
    expect(ids('C.I. 4.618.273-5, Montevideo')).toEqual([]);
  });
});

describe('a Brazilian CNPJ needs its printed layout or its cue', () => {
  it('leaves fourteen bare digits of an order summary', () => {
    expect(ids('Resumen del pedido: mayorista ref 07583179339888, 12 cajas')).toEqual([]);
    expect(ids('Order summary: wholesale reference 23060310838613, 40 units, delivered')).toEqual([]);
  });

  it('finds the slashed form alone and the bare one after CNPJ', () => {
    expect(ids('Fornecedor: 07.583.179/3398-88')).toEqual(['07.583.179/3398-88']);
    expect(ids('CNPJ 23060310838613')).toEqual(['23060310838613']);
  });
});

describe('documents Veil did not know', () => {
  it('finds seafarers’ discharge books in a crew list column and after their names', () => {
    const crew = [
      'CREW LIST - MV Nordkapp Star',
      'No | Surname | Given names | Rank | Nationality | Date of birth | Discharge book no.',
      '1 | Solberg | Eirik | Master | NOR | 1971-04-12 | N-4471920',
      '2 | Villanueva | Jomar | AB | PHL | 1988-09-02 | C0847215',
      '3 | Nowicki | Zbigniew | Oiler | POL | 1979-01-30 | WG 0318842',
    ].join('\n');
    expect(ids(crew)).toEqual(['N-4471920', 'C0847215', 'WG 0318842']);
    expect(ids("Seaman's book number: MUM 204816 (issued Mumbai)")).toEqual(['MUM 204816']);
    expect(ids('Seafarer ID (SID): UA 604218')).toEqual(['UA 604218']);
  });

  it('leaves a ship’s IMO number and fees near a discharge book', () => {
    expect(ids('discharge book attached, IMO 9384172')).toEqual([]);
    expect(ids("Seaman's book renewal fee: 4500")).toEqual([]);
  });

  it('finds Peruvian libretas and DNIs in a fishing crew list', () => {
    const crew = [
      'Tripulantes de la embarcación Señor de Luren II',
      'Nombre | Cargo | DNI/LE',
      'Teodoro Ccahuana | patrón | LE-0716359',
      'Elvira Chumpitaz | cocinera | 40817263',
    ].join('\n');
    expect(ids(crew)).toEqual(['LE-0716359', '40817263']);
    expect(ids('identificado con Libreta Electoral N° 07734512, domiciliado en Paita')).toEqual(['07734512']);
    expect(ids('pedido LE-0716359')).toEqual([]);
  });

  it('finds a residence card number named earlier in the sentence', () => {
    expect(ids('[10:02] Iciar: hola, te paso lo de la tarjeta de residencia, el número es FE 418263')).toEqual([
      'FE 418263',
    ]);
    expect(ids('Nº de soporte de la TIE: E04718236')).toEqual(['E04718236']);
    expect(ids('tarjeta de residencia: cita el día 14, expediente 2026 481733')).toEqual([]);
  });

  it('finds Venezuelan cédulas with their nationality letter', () => {
    expect(ids('Titular: Ramón Urdaneta, C.I. V-14.872.305')).toEqual(['V-14.872.305']);
    expect(ids('cédula venezolana E-84.217.903')).toEqual(['E-84.217.903']);
    expect(ids('precio E-84.217.903')).toEqual([]);
  });
});
