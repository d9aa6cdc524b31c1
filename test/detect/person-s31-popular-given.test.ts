import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Given names popular in Britain, Ireland and Australia that compromise's lists lack
// (rules/names/first-names-en-popular.txt); every example is invented.
const nlp = new NlpDetector();
const people = (text: string) => spansOf(nlp, text, ['PERSON'], 0.5);

describe('popular British, Irish and Australian given names', () => {
  it('reads them before a family name, also an unlisted one', () => {
    expect(people('Florence Henderson called today about her repeat prescription.')).toEqual(['Florence Henderson']);
    expect(people('Saw Florence Adeyemi at home today.')).toEqual(['Florence Adeyemi']);
    expect(people('Imogen Rowntree and Lachlan Pryce will share the desk.')).toEqual([
      'Imogen Rowntree',
      'Lachlan Pryce',
    ]);
  });

  it('leaves the same words alone where they are a town, a flower or a vegetable', () => {
    expect(people('We stayed in Florence for a week and then took the train to Rome.')).toEqual([]);
    expect(people('Add the poppy seeds and the Florence fennel to the tray.')).toEqual([]);
  });
});
