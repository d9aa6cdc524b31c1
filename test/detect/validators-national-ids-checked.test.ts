import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { datedNationalId } from '../../src/detect/validators/national-ids.js';
import {
  aeEmiratesId,
  balticPersonalCode,
  beNationalNumber,
  chAhv,
  checkedNationalId,
  cnResidentId,
  frNir,
  hkId,
  myMyKad,
  noFodselsnummer,
  roCnp,
} from '../../src/detect/validators/national-ids-checked.js';
import { spansOf } from '../support/spans.js';

// Every value below was made up and its check characters computed from the published algorithm.
describe('checked national ids', () => {
  it('China: mod 11-2 over seventeen digits, X for 10', () => {
    // weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 over 44030519870614271: 309; 309 mod 11 = 1 -> '10X98765432'[1] = 0
    expect(cnResidentId('440305198706142710')?.type).toBe('CN_RESIDENT_ID');
    expect(cnResidentId('11010819921103452X')?.normalized).toBe('11010819921103452X');
    expect(cnResidentId('11010819921103452x')).not.toBeNull();
    expect(cnResidentId('440305198706142711')).toBeNull();
    expect(cnResidentId('440305198713142710')).toBeNull();
  });

  it('France: key 97 - n mod 97, Corsica as 19/18', () => {
    expect(frNir('2 87 06 75 123 148 55')?.type).toBe('FR_NIR');
    expect(frNir('1 92 05 13 201 047 55')).not.toBeNull();
    expect(frNir('1 88 06 2A 004 017 31')?.normalized).toBe('188062A00401731');
    expect(frNir('2 87 06 75 123 148 54')).toBeNull();
    expect(frNir('2 87 15 75 123 148 55')).toBeNull();
  });

  it('Switzerland and the Emirates: EAN-13 and Luhn', () => {
    // 7,5,6,9,2,1,7,0,7,6,9,8 weighted 1,3: 7+15+6+27+2+3+7+0+7+18+9+24 = 125 -> check 5
    expect(chAhv('756.9217.0769.85')?.normalized).toBe('7569217076985');
    expect(chAhv('756.9217.0769.84')).toBeNull();
    expect(aeEmiratesId('784-1986-4710392-2')?.type).toBe('AE_EMIRATES_ID');
    expect(aeEmiratesId('784-1986-4710392-3')).toBeNull();
  });

  it('Belgium: mod 97 key, with a 2 before the digits for births since 2000', () => {
    expect(beNationalNumber('03.02.14-157.14')?.type).toBe('BE_NATIONAL_NUMBER');
    expect(beNationalNumber('03.02.14-157.15')).toBeNull();
  });

  it('Hong Kong: weights 9..2, space as 36, A for 10', () => {
    // ' K' -> 36*9 + 20*8 = 484; 7*7+1*6+9*5+4*4+8*3+6*2 = 152; 636 mod 11 = 9; 11 - 9 = 2
    expect(hkId('K719486(2)')?.normalized).toBe('K7194862');
    expect(hkId('XA304917(2)')).not.toBeNull();
    expect(hkId('K719486(3)')).toBeNull();
  });

  it('Malaysia: birth date and a used place-of-birth code', () => {
    expect(myMyKad('890412-14-5273')?.type).toBe('MY_MYKAD');
    expect(myMyKad('890412-18-5273')).toBeNull();
    expect(myMyKad('891312-14-5273')).toBeNull();
  });

  it('Norway, Estonia/Lithuania and Romania', () => {
    expect(noFodselsnummer('15038947645')?.type).toBe('NO_FODSELSNUMMER');
    expect(noFodselsnummer('15038947646')).toBeNull();
    expect(balticPersonalCode('38706152747')?.type).toBe('EE_LT_PERSONAL_CODE');
    expect(balticPersonalCode('38706152748')).toBeNull();
    // 1,8,5,0,7,1,2,4,0,1,2,3 weighted 2,7,9,1,4,6,3,5,8,2,7,9 = 206; 206 mod 11 = 8
    expect(roCnp('1850712401238')?.type).toBe('RO_CNP');
    expect(roCnp('1850712401231')).toBeNull();
    expect(roCnp('1850712991238')).toBeNull();
    expect(roCnp('2961123035179')?.type).toBe('RO_CNP');
  });

  it('reads the shape before the scheme', () => {
    expect(checkedNationalId('K719486(2)')?.type).toBe('HK_ID');
    expect(checkedNationalId('756 9217 0769 85')?.type).toBe('CH_AHV');
    expect(checkedNationalId('12345')).toBeNull();
    expect(datedNationalId('15038947645')?.type).toBe('NO_FODSELSNUMMER');
    expect(datedNationalId('2961123035179')?.type).toBe('RO_CNP');
  });
});

describe('checked national ids in the engine', () => {
  const engine = createDetector({ extras: [] });
  const ids = (text: string) => spansOf(engine, text, ['NATIONAL_ID']);

  it('finds them in sentences', () => {
    expect(ids('Mon numéro de sécurité sociale est le 2 87 06 75 123 148 55.')).toEqual(['2 87 06 75 123 148 55']);
    expect(ids('Bitte AHV-Nummer 756.9217.0769.85 angeben')).toEqual(['756.9217.0769.85']);
    expect(ids('HKID: K719486(2)')).toEqual(['K719486(2)']);
  });

  it('leaves checksum failures and order numbers alone', () => {
    expect(ids('ticket 756.9217.0769.84, build 440305198706142711')).toEqual([]);
    expect(ids('order 784-1986-4710392-2')).toEqual([]);
  });
});
