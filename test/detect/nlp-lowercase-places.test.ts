import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: places and streets in text typed without capitals', () => {
  it('finds countries and cities the gazetteers know', () => {
    expect(places('my aunt moved here from new zealand last spring')).toEqual(['new zealand']);
    expect(places('we are flying to portugal and then to lisbon')).toEqual(['portugal', 'lisbon']);
  });

  it('finds a street with its number, in English and Spanish order', () => {
    expect(places('please send the parcel to 48 wrexbury road, thanks')).toEqual(['48 wrexbury road']);
    expect(places('vivo en calle zurbarán 14 desde hace un año')).toContain('calle zurbarán 14');
  });

  it('leaves ordinary words and numbers alone', () => {
    expect(places('i saw 3 dogs on the street this morning')).toEqual([]);
    expect(places('can you turn the lights on in the office at 9')).toEqual([]);
  });
});

describe('NlpDetector: quoted address lines', () => {
  it('finds a street line glued to a quote mark', () => {
    expect(places('Nomvula Dlamini\n>Acme Logistics\n>17 31 Rue des Lilas\n>Suite 4\n>Toulouse').join('|')).toContain(
      '17 31 Rue des Lilas',
    );
  });
});

describe('NlpDetector: names after a cue in text typed without capitals', () => {
  const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

  it('takes the unknown words after a person cue as the name', () => {
    expect(people('hello, my name is tavita faleolo and i lost my card')).toEqual(['tavita faleolo']);
    expect(people('ayer hablé con iñaki etxeberria sobre el pedido')).toEqual(['iñaki etxeberria']);
  });

  it('leaves ordinary words and adverbs after a cue alone', () => {
    expect(people("i'm originally from the north")).toEqual([]);
    expect(people('thanks for the quick reply')).toEqual([]);
  });
});
