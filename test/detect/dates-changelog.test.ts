import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('release dates in changelogs', () => {
  it('does not report the date after a version, even beside personal words', () => {
    const changelog = [
      '2.14.0 / 2022-03-08',
      '===================',
      '',
      '  * Fix: my locale file was ignored when her config named it',
      '',
      'v2.13.1 (2022-02-11)',
      '- we now keep the customer name on reload',
      '',
      '## [2.13.0] - 2022-01-20',
      '### Added',
      '- The patient export (thanks to Dr. Ortega, who reported it to me)',
      '',
      'Tagged 2.12.0-beta.2 on 2021-12-01; I also cut v2.11 — 3 November 2021 (see our notes).',
    ].join('\n');
    expect(dates(changelog)).toEqual([]);
  });

  it('still reports dates next to personal cues, ranges and dotted dates included', () => {
    expect(dates('She was admitted on 03.02.2019 - 07.02.2019; she was seen again 2019-03-01.')).toEqual([
      '03.02.2019',
      '07.02.2019',
      '2019-03-01',
    ]);
    expect(dates('DOB: 4 July 1975; my last visit was on Mar 9, 2021.')).toEqual(['4 July 1975', 'Mar 9, 2021']);
    expect(dates('Paciente con Hb 11.2 / 14/05/2016 y cita el 2 de junio de 2016.')).toEqual([
      '14/05/2016',
      '2 de junio de 2016',
    ]);
  });
});
