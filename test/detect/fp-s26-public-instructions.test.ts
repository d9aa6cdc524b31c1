import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { instructionPhrases } from '../../src/detect/public-text/public-instructions.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION']);

/** Public instructions, rules and terms: their places, offices and named officials or jurors are public. */
const PUBLIC: Record<string, string> = {
  'a benefit claim guide': `Rewrite these guidance notes in plain English for our advice centre's leaflet.

Notes for guidance — Winter Fuel Support claim form
Box 3. Enter your National Insurance number as shown on your award letter.
Box 7. If you lived in Scotland or Northern Ireland on the qualifying date, do not use this form: claim through
Social Security Scotland or the Department for Communities instead.
Box 9. You must attach a copy of your most recent bank statement.
Send the completed form to: Winter Fuel Support Centre, PO Box 4120, Wolverhampton WV98 1ZZ.
Closing date for claims: 31 March 2027.`,
  'instrucciones de un modelo tributario': `Explícame estas instrucciones con un ejemplo sencillo para la academia.

Instrucciones para cumplimentar el modelo 145
Casilla 1. Situación familiar: marque la opción que corresponda a 1 de enero.
Casilla 4. Si usted reside en Ceuta o Melilla, indíquelo: la retención se reduce a la mitad.
Apartado 3. Deberá indicar los descendientes menores de 25 años que convivan con usted.
No adjunte documentación: el pagador la podrá pedir más adelante.
Presentación: en la Delegación de la Agencia Tributaria de Valladolid, calle Santiago 17, o por la sede electrónica.`,
  "a photography competition's rules": `Proofread these competition rules before we print them.

Harbour Lights Open 2027 — rules of entry
1. Entrants must be aged 16 or over; up to three images each.
2. Judging: the panel is chaired by Martin Parr, with the landscape photographer Charlie Waite.
3. Shortlisted works are shown at the Customs House Gallery, 2 Quay Street, Whitehaven, from 3 June.
4. Prizes: first £500, second £250, two commended entries £50.`,
  'unas bases de un certamen': `Corrige la puntuación de estas bases sin cambiar fechas ni premios.

Bases del IV Certamen de Pintura Rápida de Valdelinares
1. Los participantes deberán sellar el soporte en la Casa de Cultura, plaza de la Iglesia 2, de 8 a 10 h.
2. El jurado estará formado por el pintor Antonio López García y la galerista Soledad Lorenzo.
3. Premios: 1.º 900 €, 2.º 500 €, accésit local 200 €.
4. La participación implica la aceptación de estas bases.`,
};

/** The same kinds of text filled in for, or written about, a person. */
const PERSONAL: Record<string, [string, string[]]> = {
  'a claim form filled in': [
    `Check my answers before I post this.
Box 1. Name: Aidan Rourke
Box 3. National Insurance number: QQ 12 34 56 C
Box 7. If you lived in Scotland on the qualifying date, do not use this form. (I didn't.)
Box 8. Address: 14 Larch Grove, Dundee DD2 4PL`,
    ['Aidan Rourke'],
  ],
  'a parent asking about the rules': [
    `Hi Fiona,
The rules of entry say entrants must be 16, and the judging is on 3 June. My son Ewan Tait is 15: can he still enter?
Thanks,
Moira Tait`,
    ['Ewan Tait', 'Moira Tait'],
  ],
  'una solicitud rellenada': [
    `Revisa mi solicitud antes de enviarla.
Solicitante: Lorena Bravo Ruiz
DNI: 71936420X
Casilla 4. Si usted reside en Ceuta o Melilla, indíquelo: sí.
Apartado 3. Deberá indicar los descendientes: Iker Bravo (2019).`,
    ['Lorena Bravo Ruiz'],
  ],
};

describe('public instructions, rules and terms', () => {
  for (const [name, text] of Object.entries(PUBLIC))
    it(`leaves the places, offices and public names of ${name}`, () => {
      expect(found(text)).toEqual([]);
    });

  for (const [name, [text, kept]] of Object.entries(PERSONAL))
    it(`keeps ${name}`, () => {
      const people = spansOf(engine, text, ['PERSON']);
      for (const person of kept) expect(people).toContain(person);
    });

  it('needs two different instruction phrases, not one repeated', () => {
    expect(instructionPhrases('Box 3. Enter the code.\nBox 4. Enter the date.')).toBe(1);
    expect(instructionPhrases('Box 3. Enter the code. You must attach a copy.')).toBe(2);
  });
});
