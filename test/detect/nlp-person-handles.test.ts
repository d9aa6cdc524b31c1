import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';

const detector = new NlpDetector();

function people(text: string): string[] {
  return detector
    .detect(text)
    .filter((f) => f.label === 'PERSON' && f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));
}

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
