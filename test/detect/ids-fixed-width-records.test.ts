import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('fixed-width records: ids at one column of every line', () => {
  it('finds a declarant CIF and the payees NIF / NIE glued in a tax return file (es)', () => {
    const text = [
      'Hacienda rechaza el fichero, ¿qué columna está corrida?',
      '',
      '1190202500B82144072TALLERES DEL NORTE SL                   0000000000000',
      '2190202500B8214407231415926L         GARCIA MORENO LUIS            28A 0000000120000',
      '2190202500B82144072X4412097F         NOWAK ANNA                    28A 0000000098000',
    ].join('\n');
    expect(spansOf(detector, text, ['NATIONAL_ID'])).toEqual([
      'B82144072',
      'B82144072',
      '31415926L',
      'B82144072',
      'X4412097F',
    ]);
  });

  it('finds DNI values at one column of an export with no separators (en)', () => {
    const text = [
      'Our HR export (fixed width) fails to load, which column is misaligned?',
      'EMP00127182818SRIVERA PAZ        20250101',
      'EMP00250607080LMARTIN ROJO       20250301',
      'EMP00366120034WBLANCO SIERRA     20250415',
    ].join('\n');
    expect(spansOf(detector, text, ['NATIONAL_ID'])).toEqual(['27182818S', '50607080L', '66120034W']);
  });

  it('finds an NIE column with a company CIF before it', () => {
    const text = [
      'Registros del modelo (longitud fija):',
      '2190202500Q2816004BZ1203398C         SOUZA LIMA ANA                 01',
      '2190202500Q2816004BY3390215Y         IVANOV PETR                    01',
    ].join('\n');
    expect(spansOf(detector, text, ['NATIONAL_ID'])).toEqual(['Q2816004B', 'Z1203398C', 'Q2816004B', 'Y3390215Y']);
  });

  it('leaves product codes of the same shape alone when most of their column fails the check', () => {
    const text = [
      'Stock file from the warehouse, fixed width:',
      '000001B12345670WIDGET BLUE 30CM      0000001999',
      '000002B12345681WIDGET RED 30CM       0000001999',
      '000003B12345692WIDGET GREEN 30CM     0000002499',
      '000004B12345703WIDGET BLACK 40CM     0000002999',
      '000005B12345714WIDGET WHITE 40CM     0000002999',
    ].join('\n');
    expect(spansOf(detector, text, ['NATIONAL_ID'])).toEqual([]);
  });
});

describe('fixed-width records: a COBOL copybook cuts the records below it', () => {
  const copybook = (ssn: string, dob: string, acct: string) =>
    [
      '       05 CUST-ID        PIC 9(8).',
      '       05 CUST-NAME      PIC X(30).',
      `       05 ${ssn}       PIC 9(9).`,
      `       05 ${dob}       PIC 9(8).`,
      `       05 ${acct}      PIC 9(12).`,
      '       05 CUST-STATUS    PIC X(1).',
    ].join('\n');

  it('finds the SSN, birth date and account fields of each record (en)', () => {
    const text = `Split this record into JSON fields.\n${copybook('CUST-SSN', 'CUST-DOB', 'CUST-ACCT')}\n\n${[
      '00770012HOLLOWAY GRACE E              52331840719750822009921004417A',
      '00770013NDIAYE OUSMANE                61240977119881130009921005532C',
    ].join('\n')}`;
    expect(spansOf(detector, text, ['NATIONAL_ID', 'DATE', 'BANK_ACCOUNT'])).toEqual([
      '523318407',
      '19750822',
      '009921004417',
      '612409771',
      '19881130',
      '009921005532',
    ]);
  });

  it('reads the fields one column off after a name typed one blank short', () => {
    const text = `${copybook('CUST-SSN', 'CUST-DOB', 'CUST-ACCT')}\n${[
      '00770012HOLLOWAY GRACE E             52331840719750822009921004417A',
    ].join('\n')}`;
    expect(spansOf(detector, text, ['NATIONAL_ID', 'DATE', 'BANK_ACCOUNT'])).toEqual([
      '523318407',
      '19750822',
      '009921004417',
    ]);
  });

  it('reads Spanish field names (NIF, fecha de nacimiento, cuenta)', () => {
    const text = `Pásame este registro a CSV.\n${copybook('CLI-NIF ', 'CLI-FNAC', 'CLI-CUENTA')}\n${[
      '00880021ORTEGA VIDAL CARMEN           31415926L19690214004900112233A',
    ].join('\n')}`.replace('CLI-FNAC', 'CLI-FEC-NAC');
    expect(spansOf(detector, text, ['NATIONAL_ID', 'DATE', 'BANK_ACCOUNT'])).toEqual([
      '31415926L',
      '19690214',
      '004900112233',
    ]);
  });

  it('leaves a product copybook and its records alone', () => {
    const text = [
      '       05 PROD-ID        PIC 9(8).',
      '       05 PROD-DESC      PIC X(30).',
      '       05 PROD-EAN       PIC 9(13).',
      '       05 PROD-PRICE     PIC 9(7)V99.',
      '',
      '00012001HEX BOLT M8 ZINC              8412345678905000001299',
      '00012002HEX NUT M8 ZINC               8412345678912000000349',
    ].join('\n');
    expect(spansOf(detector, text, ['NATIONAL_ID', 'DATE', 'BANK_ACCOUNT', 'PHONE'])).toEqual([]);
  });
});

describe('fixed-width records: UK BACS payment lines', () => {
  it('finds destination and originating sort code + account of each payment line', () => {
    const text = [
      'The bank rejects our payroll file at record 2, which field is off?',
      'HDR1A123456S  1123456000123000100010026001 26001',
      '40112260281437099201544903318822    0000125000WHITLOCK R        JAN27 PAY',
      '09012873302918099201544903318822    0000098750ADEYEMI T         JAN27 PAY',
      '20154490331882017201544903318822    0000223750CONTRA ACME LTD',
    ].join('\n');
    expect(spansOf(detector, text, ['BANK_ACCOUNT'])).toEqual([
      '40112260281437',
      '20154490331882',
      '09012873302918',
      '20154490331882',
      '20154490331882',
      '20154490331882',
    ]);
  });

  it('finds them without a header when several lines share the layout', () => {
    const text = [
      'Fichero de pagos BACS del cliente británico:',
      '6083711234567809930841287654321     0000040000PEREZ L',
      '6083718765432109930841287654321     0000055000STONE M',
    ].join('\n');
    expect(spansOf(detector, text, ['BANK_ACCOUNT'])).toEqual([
      '60837112345678',
      '30841287654321',
      '60837187654321',
      '30841287654321',
    ]);
  });

  it('leaves a stock file of long item codes alone', () => {
    const text = [
      'Inventory export, fixed width:',
      '84123456789050120000040000000012 SHELF BRACKET',
      '84123456789120220000055000000007 SHELF PIN',
      '84123456789360320000015000000150 WALL PLUG',
    ].join('\n');
    expect(spansOf(detector, text, ['BANK_ACCOUNT', 'NATIONAL_ID', 'PHONE'])).toEqual([]);
  });
});

describe('fixed-width records: US ACH entry detail records', () => {
  const pad = (s: string, n: number) => s.padEnd(n, ' ');
  const entry = (code: string, routing: string, account: string, amount: string, name: string) =>
    `6${code}${routing}${pad(account, 17)}${amount}${pad('INV0042', 15)}${pad(name, 22)}  0091000010000001`;

  it('finds the receivers’ accounts after routing numbers that pass the ABA check', () => {
    const text = [
      'which of these debits bounced?',
      entry('27', '021000021', '7302184455', '0000012500', 'QUILLFEATHER JO'),
      entry('37', '011401533', '00098123776', '0000008000', 'VANTERPOOL R'),
    ].join('\n');
    expect(spansOf(detector, text, ['BANK_ACCOUNT'])).toEqual(['7302184455', '00098123776']);
  });

  it('leaves records whose routing number fails its check, and a lone line in a text that names no ACH file', () => {
    const bad = [
      'x',
      entry('27', '021000022', '7302184455', '0000012500', 'A'),
      entry('27', '011401534', '55', '0000000001', 'B'),
    ];
    expect(spansOf(detector, bad.join('\n'), ['BANK_ACCOUNT'])).toEqual([]);
    const lone = `order export\n${entry('22', '021000021', '7302184455', '0000012500', 'A')}`;
    expect(spansOf(detector, lone, ['BANK_ACCOUNT'])).toEqual([]);
  });
});
