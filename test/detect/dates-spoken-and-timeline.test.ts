import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('dates said aloud (issue #3)', () => {
  it('reads a date of birth typed as it was said, in English and Spanish', () => {
    expect(dates('AGENT: Can I take your date of birth?\nCALLER: twelfth of March, eighty-one.')).toEqual([
      'twelfth of March, eighty-one',
    ]);
    expect(dates('Caller confirmed DOB as the 9th of October nineteen sixty-eight.')).toEqual([
      '9th of October nineteen sixty-eight',
    ]);
    expect(dates('She said she was born May the first, two thousand and four.')).toEqual([
      'May the first, two thousand and four',
    ]);
    expect(dates('Fecha de nacimiento, según dicta: veintiuno de abril del setenta y dos.')).toEqual([
      'veintiuno de abril del setenta y dos',
    ]);
  });

  it('leaves a spoken day with no person near it', () => {
    expect(dates('The fourth of July, seventy bands will play in the park.')).toEqual([]);
  });

  it('reads a spoken day and month with no year as date-personal-no-year reads "Born 4 July"', () => {
    expect(dates('Her date of birth? She said the third of June, then hung up.')).toEqual(['third of June']);
  });
});

describe('dates of a transfer, a school incident and a timeline of months', () => {
  it('reads the start date of a transfer or a relocation', () => {
    expect(dates('- now Team Lead in Porto, start Madrid 1 Mar 2027, partner relocating too')).toEqual(['1 Mar 2027']);
    expect(dates('Transfer to the Leeds branch effective 12 Jan 2027 for Mr Osei.')).toEqual(['12 Jan 2027']);
    expect(dates('Relocation date: 3 May 2027 (family of four).')).toEqual(['3 May 2027']);
  });

  it('reads the date of an incident log or a pupil’s record', () => {
    expect(dates('Incident log - Year 3 (Birch)\nDate/time: 14 Nov 2026, 10:40, morning break')).toEqual([
      '14 Nov 2026',
    ]);
    expect(dates('Accident book entry: 3 Oct 2026, pupil slipped on the wet step.')).toEqual(['3 Oct 2026']);
    expect(dates('Registro de incidencias: 5 de noviembre de 2026, el alumno se cayó en el patio.')).toEqual([
      '5 de noviembre de 2026',
    ]);
  });

  it('reads a month alone opening a clause of someone’s medical timeline', () => {
    expect(dates('Third absence this year: April was the knee surgery and August the hospital stay.')).toEqual([
      'April',
      'August',
    ]);
    expect(dates('Last October she was admitted with sepsis.')).toEqual(['October']);
    expect(dates('El pasado febrero le operaron de la cadera.')).toEqual(['febrero']);
  });

  it('leaves months of a plan or a business text alone', () => {
    expect(dates('The sprint starts in June. March was a good month for sales.')).toEqual([]);
    expect(dates('Last October the team shipped the new billing page.')).toEqual([]);
  });
});
