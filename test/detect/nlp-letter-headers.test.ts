import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const persons = (text: string) => spansOf(detector, text, ['PERSON']);

describe('NlpDetector: subject markers of letters and e-mails', () => {
  it('never takes Re, Fwd or Fw for a name', () => {
    expect(persons('Dear Dr Okafor,\nRe: Mrs Helen Crabtree, DOB 02/09/1961')).toEqual([
      'Dr Okafor',
      'Mrs Helen Crabtree',
    ]);
    expect(persons('Fwd: Fw: Re: quarterly numbers')).toEqual([]);
  });
});
