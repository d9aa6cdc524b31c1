import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { password, strongPassword } from '../../src/detect/validators/secrets.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

describe('a password after its cue and an aside about it', () => {
  it('takes a punctuated password after a parenthesis or a clause, in English and Spanish', () => {
    expect(secrets('Backup passphrase (the word I add after the twelve) I chose: Tundra%Owl58')).toContain(
      'Tundra%Owl58',
    );
    expect(secrets('My password, the same one I use for the gym app, is Ciruela#0917 sorry')).toContain('Ciruela#0917');
    expect(secrets('Te paso la contraseña (la del router del almacén): Palet!Norte62')).toContain('Palet!Norte62');
    expect(secrets('mi clave, la del portal del empleado, era Grulla$2208 y ya no entra')).toContain('Grulla$2208');
  });

  it('leaves rules about passwords, key points and codes', () => {
    expect(secrets('Password policy (from the handbook): minimum 14 characters, no reuse')).toEqual([]);
    expect(secrets('Dato clave del informe: 40% más de ventas!')).toEqual([]);
    expect(secrets('The password expiry (90 days) is set in GPO: Default Domain Policy')).toEqual([]);
  });
});

describe('chess moves are not passwords', () => {
  it('rejects numbered and annotated moves in English and Spanish notation', () => {
    for (const move of ['31.Nxf7!', '18...Dxh2+', '40.Txa8#', '12.O-O!?', '27.exd6!!']) {
      expect(strongPassword(move)).toBeNull();
      expect(password(move)).toBeNull();
    }
  });

  it('keeps passwords that merely hold a square and a digit', () => {
    expect(strongPassword('Knight#e4Tower')).not.toBeNull();
    expect(password('Bxe5!Larch77')).not.toBeNull();
  });

  it('leaves a key move after "clave" in a game report', () => {
    expect(secrets('Jugada clave en la mesa 4: 31.Axf7+! y la partida cambió.')).toEqual([]);
  });
});

describe('a figure after "clave" is a key point, not a password', () => {
  it('rejects percentages and amounts, keeps numeric passwords', () => {
    for (const figure of ['40%', '+12,5%', '€350', '7.5°']) expect(password(figure)).toBeNull();
    expect(password('83920174')).not.toBeNull();
    expect(password('Reno%2291')).not.toBeNull();
  });
});
