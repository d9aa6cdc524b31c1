import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import {
  auMedicare,
  caSin,
  cuedId,
  deRvnr,
  jpMyNumber,
  krRegistration,
  nhsNumber,
  passportNumber,
  ptCitizenCard,
} from '../../src/detect/validators/national-ids-formats.js';
import { spansOf } from '../support/spans.js';

// Check characters below were computed by hand from each scheme's published algorithm.
describe('German pension insurance number', () => {
  it('weights 2,1,2,5,7,1,2,1,2,1,2,1 with the letter as its place in the alphabet', () => {
    // 12 010185 M(13) 04: products 2,2,0,5,0,1,16,5,2,3,0,4; digit sums 2+2+0+5+0+1+7+5+2+3+0+4 = 31 -> 1
    expect(deRvnr('12010185M041')?.type).toBe('DE_RVNR');
    expect(deRvnr('12 010185 M 041')?.normalized).toBe('12010185M041');
    expect(deRvnr('12010185M042')).toBeNull();
    // Day 53 is day 3 with 50 added: 5,3,2,4,0,3,7,1,K(11),5,1 -> 1+3+4+2+0+3+5+1+2+1+1+1 = 24 -> 4
    expect(deRvnr('53240371K514')?.type).toBe('DE_RVNR');
  });

  it('rejects impossible dates and the empty area', () => {
    expect(deRvnr('12011385M041')).toBeNull();
    expect(deRvnr('00010185M041')).toBeNull();
  });
});

describe('Portuguese citizen card', () => {
  it('doubles every second value from the right, letters counting 10..35', () => {
    // 8 + (B 11*2=22 -> 13) + A 10 + 4 + 5 + 8 + 9 + 6 + 8 + 2 + 7 + 0 = 80
    expect(ptCitizenCard('07183945 2 AB 8')?.normalized).toBe('071839452AB8');
    expect(ptCitizenCard('071839452AB9')).toBeNull();
    expect(ptCitizenCard('0718394522B8')).toBeNull();
  });
});

describe('Korean registration numbers', () => {
  it('checks citizens with 11 - r and foreigners with 13 - r or 11 - r', () => {
    // 850317 2 12704: weighted sum 171, r = 6, (11 - 6) mod 10 = 5
    expect(krRegistration('850317-2127045')?.type).toBe('KR_RRN');
    // 850317 6 12704: weighted sum 203, r = 5, (13 - 5) mod 10 = 8
    expect(krRegistration('850317-6127048')?.type).toBe('KR_FRN');
    // 11 - r = 6: foreigner numbers issued with the citizens' check are valid as well
    expect(krRegistration('850317-6127046')?.type).toBe('KR_FRN');
    expect(krRegistration('850317-6127047')).toBeNull();
    expect(krRegistration('850317-2127048')).toBeNull();
    expect(krRegistration('850317-9127048')).toBeNull();
    expect(krRegistration('851317-2127045')).toBeNull();
  });
});

describe('Canadian social insurance number', () => {
  it('is nine digits with a Luhn check, never opening with 8', () => {
    // from the right, every second digit doubled (less 9 above 9): 7+7+7+3+5+8+3+9+1 = 50
    expect(caSin('193 456 787')?.normalized).toBe('193456787');
    expect(caSin('193-456-788')).toBeNull();
    expect(caSin('812345676')).toBeNull(); // Luhn-valid, but 8 is not issued
  });

  it('outranks the phone reading after its cue', () => {
    const engine = createDetector({ extras: [] });
    const found = engine.detect('My SIN is 193-456-787.').map((f) => f.label);
    expect(found).toEqual(['NATIONAL_ID']);
  });
});

describe('Japanese Individual Number', () => {
  it('weights the eleven body digits 6,5,4,3,2,7,6,5,4,3,2 and takes 11 minus the remainder', () => {
    // 4,0,7,1,8,2,9,3,5,6,1: 24+0+28+3+16+14+54+15+20+18+2 = 194, 194 mod 11 = 7 -> check 4
    expect(jpMyNumber('407182935614')?.type).toBe('JP_MY_NUMBER');
    expect(jpMyNumber('4071 8293 5614')?.normalized).toBe('407182935614');
    expect(jpMyNumber('407182935615')).toBeNull();
  });

  it('writes 0 when the remainder is 0 or 1', () => {
    // 3,0,...,0,2: 18+4 = 22, remainder 0 -> check 0
    expect(jpMyNumber('300000000020')?.type).toBe('JP_MY_NUMBER');
    expect(jpMyNumber('300000000021')).toBeNull();
  });

  it('needs twelve digits that are not a run', () => {
    expect(jpMyNumber('40718293561')).toBeNull();
    expect(jpMyNumber('111111111111')).toBeNull();
  });
});

describe('cued identifiers', () => {
  it('keeps lettered ids whose digits run, drops digit-only placeholders', () => {
    expect(cuedId('PAB123456')).not.toBeNull();
    expect(cuedId('123456789')).toBeNull();
    expect(cuedId('000000000')).toBeNull();
    expect(cuedId('T7R20K9153')?.normalized).toBe('T7R20K9153');
  });

  it('drops round placeholders and passport numbers of the wrong length', () => {
    expect(cuedId('600-000-000')).toBeNull();
    expect(cuedId('12.17.0')).toBeNull();
    expect(cuedId('1.020.456.789')).not.toBeNull();
    expect(passportNumber('K482916')).toBeNull();
    expect(passportNumber('K4829163')?.normalized).toBe('K4829163');
    expect(passportNumber('XDA482913')).not.toBeNull();
  });

  it('holds SSN-shaped values to the SSN and ITIN rules', () => {
    expect(cuedId('912-78-4031')).not.toBeNull();
    expect(cuedId('912-89-4031')).toBeNull();
    expect(cuedId('000-12-3456')).toBeNull();
  });
});

describe('new national-id rules in the engine', () => {
  const engine = createDetector({ extras: [] });
  const ids = (text: string) => spansOf(engine, text, ['NATIONAL_ID']);

  it('reports the printed Costa Rican cédula, the RVNR and the citizen card without a cue', () => {
    expect(ids('Registro: 2-0718-0395, Alajuela')).toEqual(['2-0718-0395']);
    expect(ids('Versicherungsnummer 12 010185 M 041 bitte angeben')).toEqual(['12 010185 M 041']);
    expect(ids('doc 071839452AB8')).toEqual(['071839452AB8']);
  });

  it('leaves look-alikes alone', () => {
    expect(ids('Call 03-1234-5678 (Tokyo) or see order 2-0718-0395')).toEqual([]);
    expect(ids('part 12010185M042, release 1.2.3, uuid 0f8fad5b-d9cb-469f-a165-70867728950e')).toEqual([]);
    expect(ids('sha 071839452ab9e4c1 and 31-09-482716-35')).toEqual([]);
  });
});

describe('health-service numbers of a person', () => {
  it('NHS/CHI: first nine weighted 10..2, check 11 - sum mod 11', () => {
    // 4,0,1,0,2,3,8,7,5 x 10..2 = 40+0+8+0+12+15+32+21+10 = 138; 138 mod 11 = 6; 11 - 6 = 5
    expect(nhsNumber('401 023 8755')?.type).toBe('UK_NHS_NUMBER');
    expect(nhsNumber('401-023-8755')?.normalized).toBe('4010238755');
    expect(nhsNumber('401 023 8754')).toBeNull();
    expect(nhsNumber('0000000000')).toBeNull();
    expect(nhsNumber('401 023 875')).toBeNull();
  });
  it('Medicare: first digit 2-6, eight weighted 1,3,7,9 mod 10 = ninth, an issue digit and an optional position', () => {
    // 2,4,6,8,1,3,5,7 x 1,3,7,9,1,3,7,9 = 2+12+42+72+1+9+35+63 = 236 -> 6
    expect(auMedicare('2468 13576 1')?.type).toBe('AU_MEDICARE');
    expect(auMedicare('2468 13576 1/3')?.normalized).toBe('2468135761');
    expect(auMedicare('2468 13575 1')).toBeNull();
    expect(auMedicare('7468 13576 1')).toBeNull();
  });
  it('after their cue they are national ids, not a hospital record number', () => {
    const d = createDetector();
    const nhs = d.detect('Referral for Mr Ian Dobbs, NHS No: 712 664 0935, seen on the ward');
    expect(nhs.find((f) => f.type === 'UK_NHS_NUMBER')?.label).toBe('NATIONAL_ID');
    expect(nhs.some((f) => f.label === 'MEDICAL' && f.type === 'MEDICAL_RECORD_NUMBER')).toBe(false);
    const chi = d.detect('CHI number 630 918 2749 on the GP letter');
    expect(chi.map((f) => f.type)).toContain('UK_NHS_NUMBER');
    const mc = d.detect('Medicare card: 3826 40151 1 (position 2)');
    expect(mc.find((f) => f.type === 'AU_MEDICARE')?.label).toBe('NATIONAL_ID');
    // Same digits without the cue: a phone or a reference, left alone.
    expect(d.detect('ring 630 918 2749 after 6pm').some((f) => f.label === 'NATIONAL_ID')).toBe(false);
  });
});
