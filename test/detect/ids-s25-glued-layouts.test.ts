import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const ids = (text: string) => spansOf(engine, text, ['NATIONAL_ID']);
const accounts = (text: string) => spansOf(engine, text, ['BANK_ACCOUNT']);
const ibans = (text: string) => spansOf(engine, text, ['IBAN']);

describe('checksum values glued inside fixed-width records', () => {
  it('finds a CLABE glued before a CURP in a payroll dispersion file, one record or several', () => {
    const text = `Layout de pago a empleados, registro D (sin separadores):
D0001032180004519273607MOGA910214HJCRRL00MORALES GARCIA ALEJANDRO      000000125000
D0002138180011223344557SAVE860903MMCNLR05SANCHEZ VELA MARIA ROSARIO    000000098050`;
    expect(ids(text)).toEqual(['MOGA910214HJCRRL00', 'SAVE860903MMCNLR05']);
    expect(accounts(text)).toEqual(['032180004519273607', '138180011223344557']);
    const one = 'Solo este renglón falla: D0003646180123450987659TOPJ000517HGTRRN07TORRES PEREZ JUAN  000000050000';
    expect(ids(one)).toEqual(['TOPJ000517HGTRRN07']);
    expect(accounts(one)).toEqual(['646180123450987659']);
  });

  it('finds CLABEs at one column of three records or more when no CURP sits beside them', () => {
    const text = `Archivo de dispersión (cuenta destino, importe, fecha, referencia):
0001 032180004519273607000000125000202701150000001
0002 138180011223344557000000098050202701150000002
0003 646180123450987659000000050000202701150000003
0004 127180008761234091000000071500202701150000004`;
    expect(accounts(text)).toEqual([
      '032180004519273607',
      '138180011223344557',
      '646180123450987659',
      '127180008761234091',
    ]);
  });

  it('finds an IBAN glued after the debtor fields of a legacy SEPA record', () => {
    const text = `Fichero de adeudos (formato antiguo), dos registros individuales:
5680B87654321000REC2027-0113   ES5324692999820569209479000000006000
5680B87654321000REC2027-0114   ES9707809029681975319755000000004500`;
    expect(ibans(text)).toEqual(['ES5324692999820569209479', 'ES9707809029681975319755']);
  });

  it('leaves runs of order numbers, amounts and hashes whose digits pass no check at a column', () => {
    const text = `Export of the warehouse scanner (item, lot, qty, timestamp):
ITM00420031877450012200000012202612011530
ITM00420031877450012300000004202612011531
ITM00420031877450012400000010202612011533
sha256 9F2C4E81A0B7D3362E5F10C9A8B74D2E6F013A5C9B8E7D4F2A1C0B9E8D7F6A5B`;
    expect(ids(text)).toEqual([]);
    expect(accounts(text)).toEqual([]);
    expect(ibans(text)).toEqual([]);
  });

  it('leaves a CURP-shaped run whose check digit fails and a record of amounts beside it', () => {
    const text = `Registro con error: D0005MOGA910214HJCRRL09000000125000202701150000001
y otro: D0006SAVE860903MMCNLR01000000098050202701150000002`;
    expect(ids(text)).toEqual([]);
    expect(accounts(text)).toEqual([]);
  });
});
