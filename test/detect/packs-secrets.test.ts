import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

describe('bare assigned secrets with punctuation', () => {
  it('keeps a comma that sits among punctuation inside the value', () => {
    expect(secrets('client_secret = Qm,.:-¨@*¿?!')).toEqual(['Qm,.:-¨@*¿?!']);
    expect(secrets('db_password=Tr0ub4,.dor')).toEqual(['Tr0ub4,.dor']);
  });

  it('still ends a value at a comma before a space or a word', () => {
    expect(secrets('token: Zq8rT2wLp9, next: 3')).toEqual(['Zq8rT2wLp9']);
    expect(secrets('pwd=Vx7#pQ2z,user=ana')).toEqual(['Vx7#pQ2z']);
  });
});

describe('fields that start with "pass"', () => {
  it('reads passenger, passport, passage and passthrough as other fields', () => {
    expect(secrets('Passenger: MariaLopez')).toEqual([]);
    expect(secrets('passthrough: enabled')).toEqual([]);
    expect(secrets('Passport: KX4829163')).toEqual([]);
    expect(secrets('PASSENGER_NAME=JSMITH')).toEqual([]);
  });

  it('still reads pass, passcode and dbPass as password keys', () => {
    expect(secrets('DB_PASS=Zq8rT2wL')).toEqual(['Zq8rT2wL']);
    expect(secrets('smtpPass: Zq8#rT2w')).toEqual(['Zq8#rT2w']);
    expect(secrets('passcode: Vx7-pQ2z')).toEqual(['Vx7-pQ2z']);
  });
});
