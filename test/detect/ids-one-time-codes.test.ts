import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('one-time codes sent by SMS or an app', () => {
  it('finds the code after its cue, in Spanish and English', () => {
    expect(
      spansOf(detector, 'Me llamaron del banco. Código de verificación enviado por SMS: 582039', ['SECRET']),
    ).toEqual(['582039']);
    expect(
      spansOf(detector, 'the bank texted me a one-time code 4417 and I read it to the caller', ['SECRET']),
    ).toEqual(['4417']);
    expect(spansOf(detector, 'le di la clave dinámica 90317 al supuesto asesor', ['SECRET'])).toEqual(['90317']);
  });

  it('leaves a help text, a sample code and a date after the cue alone', () => {
    expect(spansOf(detector, 'Enter the verification code we sent you within 10 minutes', ['SECRET'])).toEqual([]);
    expect(spansOf(detector, 'In the sandbox the verification code is always 123456', ['SECRET'])).toEqual([]);
    expect(spansOf(detector, 'El código de seguridad se envió el 2026-03-12 a las 10:00', ['SECRET'])).toEqual([]);
  });
});
