import { describe, expect, it } from 'vitest';
import { bitlockerRecoveryKey } from '../../src/detect/validators/bitlocker.js';
import { dicomPersonName } from '../../src/detect/validators/dicom.js';

describe('a BitLocker recovery password', () => {
  it('takes eight groups that are each a multiple of 11 below 720,896', () => {
    const groups = [12, 4400, 65535, 1, 300, 7777, 0, 42].map((n) => String(n * 11).padStart(6, '0'));
    expect(bitlockerRecoveryKey(groups.join('-'))).not.toBeNull();
    expect(bitlockerRecoveryKey(groups.join(' '))).not.toBeNull();
  });

  it('refuses a mistyped group, a group over the limit and the wrong number of groups', () => {
    const groups = [12, 4400, 65535, 1, 300, 7777, 0, 42].map((n) => String(n * 11).padStart(6, '0'));
    expect(bitlockerRecoveryKey([...groups.slice(0, 7), '000463'].join('-'))).toBeNull();
    expect(bitlockerRecoveryKey([...groups.slice(0, 7), String(65536 * 11)].join('-'))).toBeNull();
    expect(bitlockerRecoveryKey(groups.slice(0, 7).join('-'))).toBeNull();
  });
});

describe('a DICOM person name', () => {
  it('takes family and given names, in capitals or not', () => {
    expect(dicomPersonName('QUILLAN^MAEVE^R')).not.toBeNull();
    expect(dicomPersonName("O'DWYER^Sean")).not.toBeNull();
  });

  it("refuses an anonymiser's placeholders and empty components", () => {
    expect(dicomPersonName('ANONYMOUS')).toBeNull();
    expect(dicomPersonName('ANON^')).toBeNull();
    expect(dicomPersonName('PHANTOM^QA')).toBeNull();
    expect(dicomPersonName('^')).toBeNull();
  });
});
