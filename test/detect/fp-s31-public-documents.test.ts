import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { establishmentAddress } from '../../src/detect/public-text/establishment-address.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const reported = (text: string) =>
  spansOf(engine, text, ['PERSON', 'LOCATION', 'PHONE', 'MEDICAL', 'EMAIL', 'NATIONAL_ID']);

/** Public documents (a rota, a venue's blurb, a council's inventory, a template, an exam, a trial's synopsis). */
const PUBLIC: Record<string, string> = {
  'un turno de farmacias para el tablón': `Ponme este turno en formato tabla para el tablón del centro de salud:

Lunes y martes: Farmacia Alameda, Calle de los Rosales 7, tel. 924 31 18 40
Miércoles y jueves: Farmacia San Blas, Avenida del Ferial 22, tel. 924 31 52 06
Viernes a domingo: Farmacia Nueva, Plaza del Rollo 3, tel. 924 31 77 19
Fuera de ese horario, acudir a urgencias del hospital comarcal.`,
  "a summit's venue and its keynote": `Could you shorten this blurb for the summit's landing page?

10:00 Opening keynote by Ada Lovelace Prize winner Dr Ottoline Okonjo-Brandt on open hardware
12:30 Lunch in the atrium, sponsored exhibitors on level 2
15:00 Closing panel on repair culture and right-to-repair law
Venue: Harbour Hall, 12 Dock Street, Leith EH6 6QB. Step-free access from the tram stop.`,
  'un inventario municipal publicado': `Suma el valor de estos bienes; es información pública del ayuntamiento.

Código   Bien                          Dirección                   Valor (€)
B-101    Biblioteca de la Estación      Calle Hortelanos 9           402.500
B-117    Polideportivo El Soto          Camino del Soto s/n        1.190.000
B-124    Centro cívico Las Huertas      Avenida de Portugal 31       356.800
Aprobado en sesión ordinaria; se publica en el tablón electrónico.`,
  "a letter template's example row": `Please tighten this template, keeping the placeholders as they are.

Dear [Guest Name],
We look forward to welcoming you for [Event Title] on the dates agreed with your organiser.
Please list each guest as surname, first name and nights, for example: Brown, Anna, 3 nights.
Rooms are held until the release date; after that the usual rates apply.`,
  'una pregunta de examen sin artículo': `No entiendo por qué la opción correcta es la 4, ¿me lo explicas?

Pregunta 17 (examen de 2024). Mujer de 58 años con disnea de esfuerzo progresiva. TA 146/92 mmHg, FC 112 lpm.
¿Cuál es la prueba inicial más adecuada?
1. Gammagrafía de perfusión.
2. Coronariografía.
3. Prueba de esfuerzo.
4. Ecocardiograma transtorácico.`,
  'un ciclo de cine con un título familiar': `Escríbeme una entradilla de 100 palabras; va en la hoja del cineclub:

Ciclo "Madres de cine" – martes de marzo, 19:30, entrada libre
4 mar – Mi padre y yo (1987), con Laura Ventosa y Gregorio Llanes
11 mar – La casa de mi abuela (2003), con Laura Ventosa y Remedios Rius
Charla final con el programador del ciclo.`,
  'una guía docente con el buzón de la secretaría': `Convierte esta ficha de la asignatura en una tabla para el aula virtual:

Asignatura: Química Analítica I, 6 ECTS, 1.er curso, 2.º cuatrimestre
Evaluación: examen final 70 %, prácticas 30 %.
Bibliografía: Harris, D. "Análisis químico cuantitativo" (Reverté, 2007).
Dudas de matrícula: admisiones.quimica@universidad.es`,
  "a craft pattern's designer and yarn": `Check the stitch arithmetic in my pattern; the testers get it on Friday.

"Bracken Wrap" knitting pattern, one size
Yarn: 4 skeins of Cumbria Fleece Aran, shade Peat
Cast on 9 sts, then increase 2 sts every RS row with k2tog and yo pairs.
Edging after Barbara Walker's treasury, picot bind-off as Hildegard Quennell teaches it.`,
  "a geocache's listing": `Is this mystery cache solvable as written?

GC8QW2X "Telford's Tally"
The posted coordinates are at the canal basin; the cache is not there.
A = arches of the aqueduct Telford designed, B = the year it opened, digit sum.
Final: N 52 57.(A*10+B) W 003 05.(A*B+120). Park gates shut at dusk.`,
  "a trial synopsis and its sponsor's line": `Turn this synopsis into a short lay summary for our patient reference group:

Study ZX-4410 / NCT05123987
Title: A randomised, placebo-controlled study of ustekinumab 45 mg SC every 12 weeks in adults with chronic plaque psoriasis
Main inclusion: aged 18 to 70, PASI of 12 or more
Main exclusion: active infection, pregnancy, recent live vaccine
Sponsor's medical information line +44 1865 742 310`,
};

/** The same kinds of document carrying a real person: their values stay. */
const SOMEONES: Record<string, [string, string]> = {
  'a home above a shop': [
    `Please fill in the home visit request for the district nurse.

Patient: Mrs Winifred Tolley, 84, lives above the Corner Pharmacy, 5 Mill Lane, Hexham NE46 3AB.
Diabetic foot check overdue; daughter visits on Sundays.
Access via the side door; the key safe code is with the surgery.`,
    '5 Mill Lane',
  ],
  'a filled letter to a real guest': [
    `Please tighten this letter before I send it.

Dear Ms Quarshie,
We look forward to welcoming you on 3 March; your mobile 07700 900 461 is on the booking.
Your room is held until the release date; after that the usual rates apply.`,
    '07700 900 461',
  ],
  'an exam-style note about a real patient': [
    `Revisa esta nota de urgencias antes de firmarla:

Paciente: Leocadia Carbajo Rull, DNI 43821907L
Mujer de 58 años con disnea de esfuerzo progresiva. TA 146/92 mmHg, FC 112 lpm.
Pregunta: ¿ecocardiograma hoy o mañana?`,
    'TA 146/92 mmHg',
  ],
  "a pattern's order for a customer": [
    `Write the dispatch note for this knitting pattern order.

Printed pattern "Bracken Wrap" with 4 skeins, shade Peat
Ship to: Hazel Pryce, 12 Tern Close, Poole BH14 8QT
Mobile for the courier: 07700 900 118`,
    '12 Tern Close',
  ],
  "a named pharmacist's own mobile on the rota": [
    `Ponme este turno en formato tabla para el tablón del centro de salud:

Lunes y martes: Farmacia Alameda, Calle de los Rosales 7, tel. 924 31 18 40
Si no abre, mi móvil (Rosendo Baquero): 611 482 907
Fuera de ese horario, acudir a urgencias del hospital comarcal.`,
    '611 482 907',
  ],
};

/** Places in someone's record that are a journey's end, and places that stay theirs. */
const places = (text: string) => spansOf(engine, text, ['LOCATION']);
const PLACES_OF_NO_ONE: Record<string, [string, string]> = {
  "a business trip's destination": [
    `Please code this expense for me.

Employee: Dana Whitlock, employee no. 44817, card ending 4471
Trip to Tallinn for the supplier audit, 3-5 March; hotel EUR 390, taxi EUR 42.`,
    'Tallinn',
  ],
  'el destino de unas vacaciones': [
    `Redacta la respuesta al ticket.

El usuario tbarragan (Teodulfo Barragán, DNI 52384710M) no pudo entrar a la VPN.
Teodulfo se fue de vacaciones a Cádiz; vuelve el día 12.`,
    'Cádiz',
  ],
};
const PLACES_OF_SOMEONE: Record<string, [string, string]> = {
  'a new home after moving': [
    `Please update the record.

Employee: Dana Whitlock, employee no. 44817
She moved to Tartu in January and wants her payslips posted there.`,
    'Tartu',
  ],
  'donde vive alguien': [
    `Redacta la respuesta al ticket.

El usuario tbarragan (Teodulfo Barragán, DNI 52384710M) no pudo entrar a la VPN.
Teodulfo vive en Mahón y trabaja desde casa.`,
    'Mahón',
  ],
};

describe("a place in someone's record that is not theirs", () => {
  for (const [genre, [text, value]] of Object.entries(PLACES_OF_NO_ONE)) {
    it(`drops ${value} in ${genre}`, () => {
      expect(places(text).some((s) => s.includes(value))).toBe(false);
    });
  }
  for (const [genre, [text, value]] of Object.entries(PLACES_OF_SOMEONE)) {
    it(`keeps ${value} in ${genre}`, () => {
      expect(places(text).some((s) => s.includes(value))).toBe(true);
    });
  }
});

describe('a public document loses the values that belong to no one', () => {
  for (const [genre, text] of Object.entries(PUBLIC)) {
    it(`reports nothing in ${genre}`, () => {
      expect(reported(text)).toEqual([]);
    });
  }
});

describe('the same genre with a real person keeps it', () => {
  for (const [genre, [text, value]] of Object.entries(SOMEONES)) {
    it(`keeps ${value} in ${genre}`, () => {
      expect(reported(text).some((s) => s.includes(value))).toBe(true);
    });
  }
});

describe("an establishment's or a venue's address", () => {
  const at = (line: string, value: string) => {
    const start = line.indexOf(value);
    return establishmentAddress(line, { start, end: start + value.length });
  };
  it("reads the premises named before it as the address's owner", () => {
    expect(at('Farmacia del Puente, Calle Mayor 4, tel.', 'Calle Mayor 4')).toBe(true);
    expect(at('B-12   Biblioteca Pública     Calle del Olmo 8', 'Calle del Olmo 8')).toBe(true);
    expect(at('Venue: Corn Exchange, 2 Market Place', '2 Market Place')).toBe(true);
    expect(at('a gala at the Teatro Principal (calle Ancha 3)', 'calle Ancha 3')).toBe(true);
  });
  it('leaves a home alone, even beside premises', () => {
    expect(at('Domicilio: Calle Mayor 4', 'Calle Mayor 4')).toBe(false);
    expect(at('She lives above the bakery, 9 Ship Street', '9 Ship Street')).toBe(false);
    expect(at('Mr Pellow, 14 Quay Road, Truro', '14 Quay Road')).toBe(false);
    // A surname that is also a kind of premises is no premises.
    expect(at('Patient: Maud Hall, 14 Quay Road', '14 Quay Road')).toBe(false);
    expect(at('Titular: Eulalia Sala, Calle Luna 2', 'Calle Luna 2')).toBe(false);
  });
});
