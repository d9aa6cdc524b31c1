import { type CellSpan, cellUnder, headerWords, lineAfter, lineAt, lineCells, trimCell } from '../table/cells.js';
import type { Finding } from '../types.js';

/**
 * Readings in a table a person keeps or a carer fills in: a home blood pressure log exported from a monitor's app
 * ("date,time,systolic,diastolic,pulse"), a diabetic's glucose diary ("Fecha | Glucemia ayunas | Glucemia cena"), a
 * nursing observation chart ("Time  Temp  HR  SpO2"), a weight diary. The header names the reading of every row, so
 * each cell under a vital sign's column is the person's reading. A table is read only when its header also has a
 * column that says when or whose each row is (date, time, name, patient) and the caller says the text is about
 * someone: a trial's summary ("Arm | mean systolic") or a device's spec sheet has neither.
 */

/** Header words (folded, as headerWords gives them) that name a vital sign or a body measure. */
const VITALS = new Set([
  'systolic',
  'sys',
  'sbp',
  'diastolic',
  'dbp',
  'sistolica',
  'diastolica',
  'pas',
  'pad',
  'pulse',
  'pulso',
  'hr',
  'bpm',
  'fc',
  'ppm',
  'lpm',
  'bp',
  'ta',
  'tension',
  'glucose',
  'glucosa',
  'glucemia',
  'glycaemia',
  'glycemia',
  'bg',
  'bgl',
  'bsl',
  'cbg',
  'spo2',
  'sato2',
  'sat',
  'sats',
  'saturacion',
  'saturation',
  'weight',
  'peso',
  'temp',
  'temperature',
  'temperatura',
  'rr',
  'resp',
  'fr',
  'pef',
  'inr',
  'ketones',
  'cetonas',
]);
/** Two-word headers: "heart rate", "blood pressure", "frecuencia cardiaca", "peak flow", "SpO2" (read "Sp O2"). */
const VITAL_PAIRS = new Set([
  'spo2',
  'sato2',
  'sao2',
  'heartrate',
  'bloodpressure',
  'bloodsugar',
  'bloodglucose',
  'peakflow',
  'frecuenciacardiaca',
  'presionarterial',
  'tensionarterial',
  'bodyweight',
  'oxygensaturation',
  'respiratoryrate',
  'frecuenciarespiratoria',
]);
/** Header words of a column that says when or whose each row is. */
const WHEN_OR_WHO = new Set([
  'date',
  'fecha',
  'day',
  'dia',
  'time',
  'hora',
  'timestamp',
  'ts',
  'datetime',
  'reading',
  'measured',
  'taken',
  'name',
  'nombre',
  'patient',
  'paciente',
  'resident',
  'residente',
  'initials',
  'iniciales',
  'dob',
  'nhs',
  'mrn',
  'week',
  'semana',
]);
/** A header line naming a vital sign, its word alone (checked again per cell once the line is split). */
const HINT =
  /(?:^|[^a-z0-9])(?:systolic|diastolic|sys|dia|sbp|dbp|sist[oó]lica|diast[oó]lica|pulse|pulso|hr|bpm|heart rate|blood pressure|bp|glucose|glucosa|glucemia|blood sugar|spo2|sato2|sats?|saturaci[oó]n|weight|peso|temp\w*|peak flow|pef)(?![a-z0-9])/gi;
/** A reading as a cell holds it: a number or a pressure, perhaps with its unit. */
const READING =
  /^(?:\d{2,3}\s?\/\s?\d{2,3}|\d{1,3}(?:[.,]\d{1,2})?)(?:\s?(?:%|mmhg|bpm|lpm|kg|lbs?|°c|°f|ºc|c|mg\/dl|mmol\/l|mmol|l\/min))?$/i;
const MIN_COLUMNS = 3;
const MAX_HEADER_CELL = 30;
const MAX_ROWS = 400;

/** MEDICAL findings for the cells under vital-sign columns of a person's readings table in text. */
export function vitalColumnCells(text: string, detector: string, aboutSomeone: () => boolean): Finding[] {
  const out: Finding[] = [];
  HINT.lastIndex = 0;
  for (let m = HINT.exec(text); m; m = HINT.exec(text)) {
    const [from, to] = lineAt(text, m.index);
    HINT.lastIndex = to + 1;
    const delimiter = /[|\t;,]/.exec(text.slice(from, to))?.[0];
    const header = lineCells(text, from, to, delimiter);
    if (header.length < MIN_COLUMNS) continue;
    const vitals: number[] = [];
    let whenOrWho = false;
    // "dia" is a diastolic pressure beside a systolic one, else the Spanish "día" of a diary.
    const pressure = /(?:^|[^a-z])(?:sys|systolic|sbp)(?![a-z])/i.test(text.slice(from, to));
    for (let k = 0; k < header.length; k++) {
      const cell = trimCell(text, header[k]!);
      if (cell.end - cell.start > MAX_HEADER_CELL) continue;
      const words = headerWords(text.slice(cell.start, cell.end));
      if (words.length === 0 || words.length > 4) continue;
      const first = words[0]!;
      if (
        VITALS.has(first) ||
        (first === 'dia' && pressure) ||
        (words.length > 1 && VITAL_PAIRS.has(first + words[1]!))
      )
        vitals.push(k);
      else if (words.some((w) => WHEN_OR_WHO.has(w))) whenOrWho = true;
    }
    if (!whenOrWho || vitals.length === 0 || !aboutSomeone()) continue;
    let rowStart = lineAfter(text, to);
    for (let n = 0; n < MAX_ROWS && rowStart < text.length; n++) {
      const [rf, rt] = lineAt(text, rowStart);
      if (rt <= rf) break;
      const row = lineCells(text, rf, rt, delimiter);
      if (row.length < 2 || (delimiter !== undefined && row.length < header.length)) break;
      // A name split in two or an address with commas shifts the row's cells: read them from the right then.
      const shift = delimiter === undefined ? 0 : bestShift(text, row, vitals, row.length - header.length);
      for (const k of vitals) {
        const cell = delimiter ? row[k + shift] : cellUnder(header, k, from, row, rf);
        if (!cell) continue;
        const value = trimCell(text, cell);
        if (value.end > value.start && READING.test(text.slice(value.start, value.end))) {
          out.push({ start: value.start, end: value.end, label: 'MEDICAL', type: 'VITAL_SIGN', score: 0.8, detector });
        }
      }
      rowStart = lineAfter(text, rt);
      HINT.lastIndex = rowStart;
    }
  }
  return out;
}

/** 0 or the row's extra cells, whichever puts more readings under the vital columns (the extra on a tie). */
function bestShift(text: string, row: CellSpan[], vitals: number[], extra: number): number {
  if (extra <= 0) return 0;
  const fits = (shift: number): number =>
    vitals.filter((k) => {
      const cell = row[k + shift];
      if (!cell) return false;
      const value = trimCell(text, cell);
      return READING.test(text.slice(value.start, value.end));
    }).length;
  return fits(0) > fits(extra) ? 0 : extra;
}
