import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: Spanish cadastral references name a property', () => {
  it('takes an urban or rural reference after a cadastre cue, joined or spaced', () => {
    expect(places('La vivienda (referencia catastral 4417702UM5141N0003KP) se adjudica a la esposa.')).toEqual([
      '4417702UM5141N0003KP',
    ]);
    expect(places('Ref. catastral: 28079A01200034 0001 FG')).toEqual(['28079A01200034 0001 FG']);
    expect(places('Nota simple del inmueble, RC 5522301DF3852B0004HT.')).toEqual(['5522301DF3852B0004HT']);
    expect(places('The flat (cadastral reference 0847106VK4704F0012LM) will be sold.')).toEqual([
      '0847106VK4704F0012LM',
    ]);
  });

  it('leaves other codes of the same length, and references with no cue, alone', () => {
    expect(places('Pedido 4417702UM5141N0003KP enviado.')).toEqual([]);
    expect(places('referencia catastral pendiente, expediente 4417702 de 2026')).toEqual([]);
    expect(places('catastro: lote 12345ABCDE')).toEqual([]);
  });
});
