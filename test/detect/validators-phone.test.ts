import { describe, expect, it } from 'vitest';
import { phone, spelledPhone, trunkPhone } from '../../src/detect/validators/phone.js';

describe('trunkPhone (bare national numbers with their trunk 0)', () => {
  it('accepts numbers valid in a country that dials with a leading 0', () => {
    // The first country in the list where the number is valid gives the prefix; the finding is what matters.
    expect(trunkPhone('07911123456')?.normalized).toBe('+447911123456');
    expect(trunkPhone('05324182793')?.type).toBe('PHONE');
    expect(trunkPhone('09175550134')?.type).toBe('PHONE');
  });
  it('rejects other digit runs', () => {
    expect(trunkPhone('7700900123')).toBeNull();
    expect(trunkPhone('00123456789')).toBeNull();
    expect(trunkPhone('0000000000')).toBeNull();
    expect(trunkPhone('0123456789')).toBeNull();
  });
});

describe('phone', () => {
  it('reads a dotted 3-3-4 group as a North American number, not a version', () => {
    expect(phone('212.555.0147')).not.toBeNull();
    expect(phone('1.12.3')).toBeNull();
    expect(phone('10.4.2')).toBeNull();
  });
});

describe('phone, dotted groups', () => {
  it('takes three groups of three or more digits for a number, short groups for a version', () => {
    expect(phone('612.345.678')).not.toBeNull();
    expect(phone('2.14.3')).toBeNull();
  });
});

describe('phone, groups on separate lines', () => {
  it('reads line breaks between groups as spaces', () => {
    expect(phone('612\n345\n678')?.normalized).toBe('+34612345678');
  });
});

describe('phone, dotted triples that are no version', () => {
  it('takes two long groups or a trunk 0 for a number, keeps one long group a version', () => {
    expect(phone('07700.063.966')).not.toBeNull();
    expect(phone('41.555.267')).not.toBeNull();
    for (const v of ['10.0.19045', '2.104.1', '1.2.3', '4.17.21']) expect(phone(v), v).toBeNull();
  });
});

describe('phone, international prefixes written loosely', () => {
  it('reads +00 and "+ " as the international prefix', () => {
    expect(phone('+0034 612 345 678')?.normalized).toBe('+34612345678');
    expect(phone('+ 34-963 41 27 05')?.type).toBe('PHONE_INTL');
  });
  it('keeps a country code written without + under the threshold until a cue lifts it', () => {
    const found = phone('34-607819141');
    expect(found).not.toBeNull();
    expect(found?.score).toBeLessThan(0.5);
  });
});

describe('phone, dotted quads', () => {
  it('leaves four dotted groups that each fit a byte to the address rule', () => {
    for (const v of ['10.0.12.4', '84.19.203.7', '172.20.9.31', '95.130.48.221']) expect(phone(v)).toBeNull();
  });
  it('still reads dotted numbers with a group over 255 as phones', () => {
    expect(phone('670.97.10.26')).not.toBeNull();
    expect(phone('981.33.40.00')).not.toBeNull();
  });
});

describe('spelledPhone', () => {
  it('reads digit words, double and triple, and a leading plus', () => {
    expect(spelledPhone('oh seven nine one one, four three two, double eight five')?.type).toBe('PHONE_SPELLED');
    expect(spelledPhone('seis uno dos, tres cuatro cinco, seis siete ocho')?.normalized).toBe('+34612345678');
    expect(spelledPhone('plus three four, six one two, three four five, six seven eight')?.normalized).toBe(
      '+34612345678',
    );
  });
  it('refuses other words, short runs and a dangling double', () => {
    expect(spelledPhone('one two three four')).toBeNull();
    expect(spelledPhone('six one two three four five six seven eight double')).toBeNull();
    expect(spelledPhone('six one two and three four five six seven eight')).toBeNull();
  });
});
