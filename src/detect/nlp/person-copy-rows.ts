import type { CellSpan } from '../table/cells.js';
import { copyBlocks } from '../table/copy-blocks.js';

/**
 * A PostgreSQL dump's COPY block (pg_dump's text format): "COPY schema.table (col, col, ...) FROM stdin;", then one
 * row per line with its columns parted by tabs, "\N" for a null, and "\." on a line of its own at the end. The
 * column list names the fields, so the cells of a person's name columns (nombre, apellidos, first_name, last_name,
 * surname, full_name, ...) are people whatever their case or origin, as a table header's would be. The blocks are
 * parsed once per text by table/copy-blocks.ts (the secret columns read them too).
 */

// Keys of a person's name column: the name's parts, alone or after a person's role ("customer_name", "guest_last_name").
const NAME_KEY =
  /^(?:(?:customer|client|cliente|contact|contacto|patient|paciente|employee|empleado|member|socio|guest|huesped|holder|titular|person|persona|student|alumno|tenant|inquilino|owner|parent|spouse|emergency_contact)_)?(?:(?:first|last|given|family|full|middle|maiden)_?name|names?|nombres?|apellidos?|primer_apellido|segundo_apellido|nombre_completo|surname|forename)$/;
// A bare "name"/"nombre" column is a person's only beside a personal column ("productos (id, nombre, precio)" is not).
const BARE_NAME = /^(?:name|names|nombre|nombres)$/;
const PERSONAL_KEY =
  /^(?:\w+_)?(?:email|e_mail|mail|correo|phone|telefono|tel|mobile|movil|celular|dob|birth_date|birthdate|fecha_nacimiento|nacimiento|dni|nif|nie|ssn|curp|rut|cpf|passport|pasaporte|address|direccion|domicilio|apellido|apellidos|surname|last_name|lastname)$/;
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’.\- ]{0,79}$/u;

function personColumn(key: string, personal: boolean): boolean {
  return NAME_KEY.test(key) && (personal || !BARE_NAME.test(key));
}

/** Cells of person-name columns in the COPY blocks of `text` (table/copy-blocks.ts). */
export function copyBlockNameCells(text: string): CellSpan[] {
  const out: CellSpan[] = [];
  for (const { names, rows } of copyBlocks(text)) {
    const keys = names.map((n) => n.toLowerCase());
    const personal = keys.some((k) => PERSONAL_KEY.test(k));
    const columns = keys.map((k) => personColumn(k, personal));
    if (!columns.includes(true)) continue;
    for (const row of rows) {
      for (let c = 0; c < columns.length; c++) {
        if (!columns[c]) continue;
        const { start, end } = row[c]!;
        const value = text.slice(start, end).trimEnd();
        if (value !== '\\N' && NAME_CELL.test(value)) out.push({ start, end: start + value.length });
      }
    }
  }
  return out;
}
