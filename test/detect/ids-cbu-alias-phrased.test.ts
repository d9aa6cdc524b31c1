import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('an Argentine CBU alias a few words after its cue', () => {
  it('finds the alias after "el alias del destino era", "el alias que me pasó es", "alias del vendedor:"', () => {
    expect(
      spansOf(
        detector,
        'Hice la transferencia desde mi cuenta y el alias\ndel destino era luna.roja.pampa, no era el mío',
        ['BANK_ACCOUNT'],
      ),
    ).toEqual(['luna.roja.pampa']);
    expect(
      spansOf(detector, 'Para la transferencia, el alias que me pasó es cielo.gris.tres según Mercado Pago', [
        'BANK_ACCOUNT',
      ]),
    ).toEqual(['cielo.gris.tres']);
    expect(
      spansOf(detector, 'Pagué por transferencia al alias del vendedor: mate.dulce.sur', ['BANK_ACCOUNT']),
    ).toEqual(['mate.dulce.sur']);
  });

  it('leaves a shell alias and a DNS alias alone', () => {
    expect(spansOf(detector, 'en bash el alias que me pasó es ll.la y lista todo', ['BANK_ACCOUNT'])).toEqual([]);
    expect(spansOf(detector, 'the DNS alias del cluster era api.internal.io', ['BANK_ACCOUNT'])).toEqual([]);
  });
});
