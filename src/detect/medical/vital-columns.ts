import { type ColumnValueReader, columnValues, type HeaderLine } from '../table/column-rows.js';
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
  // Spanish "presión arterial" and "tensión arterial" as a register's column writes them ("PA", "TA").
  'pa',
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
  /(?:^|[^a-z0-9])(?:systolic|diastolic|sys|dia|sbp|dbp|pa|ta|sist[oó]lica|diast[oó]lica|pulse|pulso|hr|bpm|heart rate|blood pressure|bp|glucose|glucosa|glucemia|blood sugar|spo2|sato2|sats?|saturaci[oó]n|weight|peso|temp\w*|peak flow|pef)(?![a-z0-9])/gi;
/** A reading as a cell holds it: a number or a pressure, perhaps with its unit. */
const READING =
  /^(?:\d{2,3}\s?\/\s?\d{2,3}|\d{1,3}(?:[.,]\d{1,2})?)(?:\s?(?:%|mmhg|bpm|lpm|kg|lbs?|°c|°f|ºc|c|mg\/dl|mmol\/l|mmol|l\/min))?$/i;

/** MEDICAL findings for the cells under vital-sign columns of a person's readings table in text. */
export function vitalColumnCells(text: string, detector: string, aboutSomeone: () => boolean): Finding[] {
  return columnValues(text, VITAL_TABLE, detector, aboutSomeone);
}

const VITAL_TABLE: ColumnValueReader = {
  hint: HINT,
  minColumns: 3,
  maxHeaderCell: 30,
  maxRows: 400,
  aligned: true,
  // A name split in two or an address with commas shifts the row's cells: read them from the right then.
  extraCells: true,
  columns: vitalColumns,
  value: READING,
  label: 'MEDICAL',
  type: 'VITAL_SIGN',
  score: 0.8,
};

/** The vital-sign columns of a header that also says when or whose each row is. */
function vitalColumns(words: Array<string[] | undefined>, text: string, line: HeaderLine): number[] | undefined {
  const vitals: number[] = [];
  let whenOrWho = false;
  // "dia" is a diastolic pressure beside a systolic one, else the Spanish "día" of a diary.
  const pressure = /(?:^|[^a-z])(?:sys|systolic|sbp)(?![a-z])/i.test(text.slice(line.from, line.to));
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) continue;
    const first = w[0]!;
    if (VITALS.has(first) || (first === 'dia' && pressure) || (w.length > 1 && VITAL_PAIRS.has(first + w[1]!)))
      vitals.push(k);
    else if (w.some((x) => WHEN_OR_WHO.has(x))) whenOrWho = true;
  }
  return whenOrWho && vitals.length > 0 ? vitals : undefined;
}
