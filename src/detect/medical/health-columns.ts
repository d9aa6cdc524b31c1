import { DELIMITERS } from '../table/cells.js';
import type { Finding } from '../types.js';

/**
 * Cells under a health column of a pasted table of people: a class's needs sheet ("Nombre | Diagnóstico | Apoyos"),
 * a care home's list ("Resident, Room, Allergies, Medication"), a roster with a "Condition" column. A header that
 * names a person's column (name, pupil, RUT, NHS number) and a health one (diagnosis, condition, allergies,
 * medication, injury) makes each row's cell in the health column that row's person's health; the care a diagnosis column
 * goes with (supports, therapies, adjustments) is theirs too. A table with no person's column (a count per
 * diagnosis) is a population's and is not read. One pass over the lines; cells are split on the header's delimiter.
 */

/** Columns that hold a person's health. */
const HEALTH_HEADERS = new Set([
  'diagnosis',
  'diagnoses',
  'dx',
  'condition',
  'conditions',
  'medical condition',
  'medical conditions',
  'health',
  'health needs',
  'medical needs',
  'medical',
  'allergies',
  'allergy',
  'injury',
  'injuries',
  'lesión',
  'lesion',
  'lesiones',
  'medication',
  'medications',
  'meds',
  'diagnóstico',
  'diagnostico',
  'diagnósticos',
  'diagnosticos',
  'condición',
  'patología',
  'patologia',
  'enfermedad',
  'enfermedades',
  'alergias',
  'alergia',
  'medicación',
  'medicacion',
  'medicamentos',
  'salud',
  'necesidades médicas',
  // A register's medical remarks and a canteen's intolerances ("observaciones_medicas", "alergias_intolerancias").
  'observaciones médicas',
  'observaciones medicas',
  'medical notes',
  'medical remarks',
  'intolerances',
  'intolerancias',
  // A primary-care register's cardiovascular risk category per patient ("RCV: ALTO", "CV risk: high").
  'rcv',
  'riesgo cardiovascular',
  'riesgo cv',
  'cv risk',
  'cardiovascular risk',
]);
/** Columns of the care that goes with a diagnosis column (not read without one). */
const CARE_HEADERS = new Set([
  'supports',
  'support',
  'therapies',
  'therapy',
  'treatment',
  'adjustments',
  'apoyos',
  'apoyo',
  'terapias',
  'tratamiento',
  'tratamientos',
]);
/** Columns that name or identify the person of each row. */
const PERSON_HEADERS = new Set([
  'name',
  'full name',
  'patient',
  'patient name',
  'pupil',
  'student',
  'resident',
  'employee',
  'child',
  'player',
  'athlete',
  'dob',
  'date of birth',
  'jugador',
  'jugadora',
  'deportista',
  'fecha de nacimiento',
  'nhs number',
  'nhs no',
  'nombre',
  'nombre completo',
  'paciente',
  'alumno',
  'alumna',
  'estudiante',
  'residente',
  'trabajador',
  'rut',
  'run',
  'dni',
  'curp',
]);
/** Cells that say there is nothing. */
const EMPTY = new Set([
  '',
  '-',
  '–',
  '—',
  'n/a',
  'na',
  'none',
  'nil',
  'no',
  'ninguno',
  'ninguna',
  'sin',
  'ninguna conocida',
]);

/** A diet chosen for belief or taste in an allergies or intolerances column: a kitchen's note, no one's health. */
const DIET_CHOICES = new Set([
  'vegetarian',
  'vegan',
  'halal',
  'kosher',
  'no pork',
  'vegetariano',
  'vegetariana',
  'vegano',
  'vegana',
  'sin cerdo',
]);

const header = (cell: string) => cell.trim().toLowerCase();
/** Between two column names in one header cell: an export's "_" between words, "alergias/intolerancias", " y ". */
const HEADER_JOINS = /\s*[_/&]\s*|\s+(?:y|and)\s+/;

/**
 * Whether a header cell names a health column: listed as written, or (an export's "alergias_intolerancias") read with
 * its underscores as spaces, or made of listed names only ("allergies/intolerances", "medical_notes").
 */
function healthHeader(cell: string): boolean {
  if (HEALTH_HEADERS.has(cell)) return true;
  if (!HEADER_JOINS.test(cell)) return false;
  return HEALTH_HEADERS.has(cell.replace(/_/g, ' ')) || cell.split(HEADER_JOINS).every((p) => HEALTH_HEADERS.has(p));
}

export function healthColumnCells(text: string, detector: string): Finding[] {
  const out: Finding[] = [];
  let delimiter = '';
  let columns: number[] = [];
  let width = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (columns.length > 0) {
      const cells = line.split(delimiter);
      // The table ends at a line that is not one of its rows.
      if (cells.length < Math.max(2, width - 1) || (delimiter === ',' && line.includes('"'))) columns = [];
      else {
        let offset = from;
        const starts = cells.map((c) => {
          const s = offset;
          offset += c.length + delimiter.length;
          return s;
        });
        for (const c of columns) {
          const cell = cells[c];
          if (cell === undefined || EMPTY.has(header(cell)) || DIET_CHOICES.has(header(cell))) continue;
          const lead = cell.length - cell.trimStart().length;
          const start = starts[c]! + lead;
          out.push({
            start,
            end: start + cell.trim().length,
            label: 'MEDICAL',
            type: 'CONDITION',
            score: 0.8,
            detector,
          });
        }
      }
    }
    if (columns.length === 0) {
      for (const d of DELIMITERS) {
        if (!line.includes(d)) continue;
        // A line of prose with a comma or two is no header: counted before any cell is trimmed and lower-cased.
        const parts = line.split(d);
        if (parts.length < 3) continue;
        const cells = parts.map(header);
        if (!cells.some((c) => PERSON_HEADERS.has(c) || PERSON_HEADERS.has(c.replace(/_/g, ' ')))) continue;
        const health = cells.flatMap((c, i) => (healthHeader(c) ? [i] : []));
        if (health.length === 0) continue;
        const care = cells.flatMap((c, i) => (CARE_HEADERS.has(c) ? [i] : []));
        delimiter = d;
        columns = health.concat(care);
        width = cells.length;
        break;
      }
    }
    from = to + 1;
  }
  return out;
}
