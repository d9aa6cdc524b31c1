import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('birth dates written by machines and by other scripts (dates.yaml)', () => {
  it('reads a vCard 4 birthday without its year', () => {
    const card = 'BEGIN:VCARD\nVERSION:4.0\nFN:Oda Lien\nTEL:+47 912 33 480\nBDAY:--0917\nEND:VCARD';
    expect(dates(card)).toEqual(['--0917']);
  });

  it('reads the DMG segment of an X12 claim', () => {
    const claim =
      'NM1*IL*1*MORENO*LUZ****MI*W88120344~\nN4*TUCSON*AZ*85701~\nDMG*D8*19660503*F~\nCLM*A77*250***11:B:1~';
    expect(dates(claim)).toEqual(['19660503']);
  });

  it('reads a year-month-day date in CJK notation after a birth cue, full-width digits too', () => {
    expect(dates('Name: Kenji Arai\nDate of birth: 1987年11月2日\nPhone: 090-1111-2222')).toEqual(['1987年11月2日']);
    expect(dates('DOB: １９９２年４月３０日 (from the residence card)')).toEqual(['１９９２年４月３０日']);
  });

  it('leaves a CJK date with no personal cue', () => {
    expect(dates('Price list valid from 2027年1月4日.')).toEqual([]);
  });
});
