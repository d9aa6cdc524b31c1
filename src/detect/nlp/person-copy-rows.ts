/**
 * A PostgreSQL dump's COPY block (pg_dump's text format): "COPY schema.table (col, col, ...) FROM stdin;", then one
 * row per line with its columns parted by tabs, "\N" for a null, and "\." on a line of its own at the end. The
 * column list names the fields, so the cells of a person's name columns (nombre, apellidos, first_name, last_name,
 * surname, full_name, ...) are people whatever their case or origin, as a table header's would be. Only texts that
 * hold "stdin" are read; nothing else is split.
 */

export interface CharSpan {
  start: number;
  end: number;
}

const COPY_LINE = /^[ \t]*COPY[ \t]+[\w."]+[ \t]*\(([^)\n]*)\)[ \t]+FROM[ \t]+stdin;?[ \t]*$/gim;
// Keys of a person's name column: the name's parts, alone or after a person's role ("customer_name", "guest_last_name").
const NAME_KEY =
  /^(?:(?:customer|client|cliente|contact|contacto|patient|paciente|employee|empleado|member|socio|guest|huesped|holder|titular|person|persona|student|alumno|tenant|inquilino|owner|parent|spouse|emergency_contact)_)?(?:(?:first|last|given|family|full|middle|maiden)_?name|names?|nombres?|apellidos?|primer_apellido|segundo_apellido|nombre_completo|surname|forename)$/;
// A bare "name"/"nombre" column is a person's only beside a personal column ("productos (id, nombre, precio)" is not).
const BARE_NAME = /^(?:name|names|nombre|nombres)$/;
const PERSONAL_KEY =
  /^(?:\w+_)?(?:email|e_mail|mail|correo|phone|telefono|tel|mobile|movil|celular|dob|birth_date|birthdate|fecha_nacimiento|nacimiento|dni|nif|nie|ssn|curp|rut|cpf|passport|pasaporte|address|direccion|domicilio|apellido|apellidos|surname|last_name|lastname)$/;
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’.\- ]{0,79}$/u;

const columnKey = (raw: string) => raw.trim().replace(/^"|"$/g, '').toLowerCase();

function personColumn(key: string, personal: boolean): boolean {
  return NAME_KEY.test(key) && (personal || !BARE_NAME.test(key));
}

/** Cells of person-name columns in the COPY blocks of `text`. */
export function copyBlockNameCells(text: string): CharSpan[] {
  if (!text.includes('stdin')) return [];
  const out: CharSpan[] = [];
  COPY_LINE.lastIndex = 0;
  for (let m = COPY_LINE.exec(text); m !== null; m = COPY_LINE.exec(text)) {
    const keys = m[1]!.split(',').map(columnKey);
    const personal = keys.some((k) => PERSONAL_KEY.test(k));
    const columns = keys.map((k) => personColumn(k, personal));
    if (!columns.includes(true)) continue;
    let at = text.indexOf('\n', m.index + m[0].length);
    while (at >= 0 && at < text.length) {
      const from = at + 1;
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const line = text.slice(from, to);
      if (line.trim() === '\\.' || line.trim() === '' || !line.includes('\t')) break;
      // A dump pasted into a message may be indented: the indent is no part of the first cell.
      let cellStart = from + (line.length - line.trimStart().length);
      const cells = text.slice(cellStart, to).split('\t');
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c]!;
        const value = cell.trimEnd();
        if (columns[c] && value !== '\\N' && NAME_CELL.test(value))
          out.push({ start: cellStart, end: cellStart + value.length });
        cellStart += cell.length + 1;
      }
      at = to;
    }
    COPY_LINE.lastIndex = Math.max(COPY_LINE.lastIndex, at < 0 ? text.length : at);
  }
  return out;
}
