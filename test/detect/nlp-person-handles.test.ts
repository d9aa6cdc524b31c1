import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: social handles that spell a name', () => {
  it('takes camel-case, joined lower-case and underscored handles that open with a given name', () => {
    expect(people('RT @LindaHarrowgate: the match starts now')).toEqual(['LindaHarrowgate']);
    expect(people('thanks @petermiller for the tip')).toEqual(['petermiller']);
    expect(people('ping @ruth_okafor when it ships')).toEqual(['ruth_okafor']);
    expect(people('cc @ SusanTMorrow')).toEqual(['SusanTMorrow']);
  });

  it('leaves brand handles, unlisted words and e-mail addresses alone', () => {
    expect(people('follow @GreenGrocerHQ and @dailynews for updates')).toEqual([]);
    expect(people('join @RiverStudios today')).toEqual([]);
    expect(people('write to support@helpdesk.example')).toEqual([]);
  });
});
