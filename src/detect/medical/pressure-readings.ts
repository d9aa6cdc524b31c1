import type { Finding } from '../types.js';

/**
 * A blood pressure written with its unit ("172/104 mmHg", "128 / 84 mm Hg") is a measurement of someone whatever
 * label stands before it: "PA referida (tensiómetro domiciliario): ...", "home readings around ...", "en la
 * farmacia le dio ...". The vital-sign rule reads the labelled forms ("BP 168/99"); this reads the unit. The caller
 * keeps them only in a text about someone (a record number, a person's record, a personal anchor). A threshold of a
 * guideline or a goal ("target below 140/90 mmHg", "objetivo < 130/80 mmHg", "≥ 160/100 mmHg") is nobody's.
 */
const PRESSURE = /(?<![\d/.,])(?:[7-9]\d|1\d\d|2[0-5]\d) ?\/ ?(?:[3-9]\d|1[0-4]\d) ?mm ?hg(?![a-z])/gi;
/** What a threshold says before its value: a goal, a comparison, a bound. */
const THRESHOLD =
  /(?:target|goal|aim|keep|below|under|above|over|less than|more than|greater than|at least|up to|threshold|objetivo|meta|menor(?:es)? de|mayor(?:es)? de|por debajo de|por encima de|inferior(?:es)? a|superior(?:es)? a|hasta|cifras de|umbral|[<>≤≥=])\s*(?:(?:of|de|a|:|is|es|=)\s*)?$/i;

export function pressureReadings(text: string, detector: string): Finding[] {
  const out: Finding[] = [];
  PRESSURE.lastIndex = 0;
  for (let m = PRESSURE.exec(text); m; m = PRESSURE.exec(text)) {
    if (THRESHOLD.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      label: 'MEDICAL',
      type: 'VITAL_SIGN',
      score: 0.8,
      detector,
    });
  }
  return out;
}
