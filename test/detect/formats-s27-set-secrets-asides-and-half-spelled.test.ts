import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();

describe('secrets given in prose or in a key file (secrets.yaml)', () => {
  it('reads a password someone set or reset, and what to', () => {
    expect(spansOf(engine, 'I reset his password to Harbour!Wren-5520, can you check it?', ['SECRET'])).toEqual([
      'Harbour!Wren-5520',
    ]);
    expect(spansOf(engine, 'reset your password to regain access to the portal', ['SECRET'])).toEqual([]);
  });

  it("reads an app's named secret after 'is'", () => {
    const text = 'The cookie secret in production is 9b1e77a0c3d54f2e8a6b0d9c1f3e5a7b and never rotates.';
    expect(spansOf(engine, text, ['SECRET'])).toEqual(['9b1e77a0c3d54f2e8a6b0d9c1f3e5a7b']);
  });

  it("reads a service account file's key id and a B2 key id in an rclone config", () => {
    const json = '{\n  "type": "service_account",\n  "private_key_id": "5d2c8e1f0a9b7c6d4e3f2a1b0c9d8e7f6a5b4c3d",\n}';
    expect(spansOf(engine, json, ['SECRET'])).toContain('5d2c8e1f0a9b7c6d4e3f2a1b0c9d8e7f6a5b4c3d');
    const conf = '[b2-music]\ntype = b2\naccount = 0027f3c9a1d4e60000000005\nhard_delete = false';
    expect(spansOf(engine, conf, ['SECRET'])).toEqual(['0027f3c9a1d4e60000000005']);
  });
});

describe('an id whose label carries a bracketed aside (national-ids-cue-asides.yaml)', () => {
  it('reads the value after the aside and the colon', () => {
    expect(spansOf(engine, 'Steuer-ID (as printed on the tax office letter): 61839027455', ['NATIONAL_ID'])).toEqual([
      '61839027455',
    ]);
  });

  it('reads a regional health card code that prints the birth date then a letter and a serial', () => {
    expect(spansOf(engine, 'CIP Castilla (TSI): BUGA580923H027', ['NATIONAL_ID'])).toEqual(['BUGA580923H027']);
  });
});

describe('a number half read out, half typed (contact.yaml, phone-spelled)', () => {
  it('reads the digit words and the digit groups as one number', () => {
    expect(spansOf(engine, 'escríbeme al móvil: seis tres ocho, 41 27 95', ['PHONE'])).toEqual([
      'seis tres ocho, 41 27 95',
    ]);
  });

  it('leaves times and counts', () => {
    expect(spansOf(engine, 'llámame a las dos o tres, 15 20 minutos antes', ['PHONE'])).toEqual([]);
  });
});
