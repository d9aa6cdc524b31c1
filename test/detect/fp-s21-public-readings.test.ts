import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { personalAnchor, publicEvidence } from '../../src/detect/public-text/about-nobody.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const NOBODYS = ['PERSON', 'LOCATION', 'MEDICAL'];
const flagged = (text: string) => spansOf(engine, text, NOBODYS);
const labelled = (text: string, labels: string[]) => spansOf(engine, text, labels);

function finding(text: string, value: string, label: Finding['label'], type: string): Finding {
  const start = text.indexOf(value);
  return { start, end: start + value.length, label, type, score: 0.9, detector: 'test' };
}

/** Public texts of kinds the earlier readers missed: none may come out with a name, a place or a health term. */
const PUBLIC: Record<string, string> = {
  'a festival programme': `Turn this festival programme into three tweets.

Harbour Lights Film Festival — Friday
18:00 Screen 1 — "The Salt Road" (Oona Kerrigan, 2022). Q&A with the director.
20:30 Screen 2 — short films, session 2 (9 titles, 84 min).
22:00 Screen 1 — "Low Tide" (Matthias Brenner, 2019), restored print.`,
  'una guía de museo': `Adapta esta audioguía para niños de primaria.

Sala 4. Ignacio Zuloaga pintó este retrato en 1913. La infanta aparece con su perro.
Sala 7. Los reyes Carlos III y María Amalia de Sajonia, retratados por Mengs.`,
  'a netball season preview': `Cut this season preview to 80 words for the club newsletter.

Riverside Rockets keep their title-winning squad, with Oluchi Tremlett at goal keeper and coach Perrin Lowe
promising quicker transitions. Harbour Hawks start at Swansea on 9 March.`,
  'un aviso de obras de tren': `Haz un aviso breve para el tablón con estos cortes.

Línea R-5: sin servicio entre Valdemora y Puerto Quintana; autobuses alternativos desde Villarrubia cada 20 min.
Información: 910 555 210 y app oficial.`,
  'a recipe with its namesakes': `Scale this recipe for 30 covers.

Lemon Brodsky tart (created by chef Anton Velasquez for the singer Ilse Brodsky, Lisbon, 1911)
Serves 6: 3 lemons, 200 g sugar, 4 eggs.`,
  'a pharmacology handout with a worked example': `Check this teaching handout for pharmacy students.

Worked example, not a real patient from the ward: "Mr B" takes morphine 40 mg twice daily and switches to oxycodone.
Self-test questions:
1. Why is codeine avoided in severe renal impairment? (Answer: active metabolites accumulate.)`,
  'a moot problem that says its names are fictional': `Give me two arguments for the respondent.

Moot Problem - Contract
Perdita Vance ordered a sofa from Hollin Furnishings, 4 Imaginary Lane, Nowhereton. Her neighbour Ross Tilney signed for it.
All names are fictional.`,
  'a novel passage with a house and a birthday': `I'm editing my novel. Tighten this passage.

Chapter 12
Rowena Vandermolen had lived at 14 Quince Mews since her mother died, and every year on the ninth of May she lit a
candle. "It's only my chest," Uncle Ambrose said.`,
  'a naturalists report': `Tidy this section of our bird club report.

Totals: 1,904 birds of 48 species ringed at Ferncombe Marsh. Highlights: a Merlin in October.
- Reed Warbler, ring X552190, controlled at Lagunas de Orbe, Portugal (1,480 km).
Visitor centre (public): 01632 960 441.`,
  'a shop catalogue': `Write product descriptions for the web catalogue.

SKU      | EAN13          | Name                      | RRP
BK-0141  | 5012345678900  | Hudson oak bookcase       | £249
LP-0220  | 5012345678917  | Marlowe brass lamp        | £89`,
  'una actividad de clase con frases citadas': `Prepara una actividad de clase sobre nombres que también son palabras.
1. Rocío: nombre y también "rocío de la mañana" ("tengo los pies mojados de
   rocío").
2. Remedios, Angustias, Milagros: nombres y sustantivos.
Ejercicio para los alumnos: completa cada frase con la palabra.`,
  'un reparto con su dirección': `Pon en tabla el reparto de la obra para el programa de mano.

"El jardín de los relojes" — reparto
La marquesa: Candela Villamayor
El capitán Ortuño: Fermín Sotoca
Dirección: Casilda Renedo`,
  'una nota de cata': `Traduce esta nota de cata al inglés.

Bodega Iturbe Salazar, Rioja Alavesa. Tempranillo de viñas viejas en Labastida. Elaborado por el enólogo Ander Goikoetxea.`,
  'un ensayo escolar': `Corrige la ortografía de este ensayo escolar sobre Bécquer.

Gustavo Adolfo Bécquer nació en Sevilla en 1836. Su personaje Manrique persigue a una mujer de luz en el Soto de los Álamos.`,
  'una parrilla de radio': `Resume la programación de la radio del domingo.

10:00 "Buenos días, Duero", presentado por Nerea Valcárcel y Tobías Arranz
13:00 "El rincón de la tertulia", moderado por Pilar Escudero`,
  'a press release with its dateline': `Translate this release into Spanish.

HARROGATE, 4 March — Larkfield Hotels opens its first spa hotel in Whitby. "It is our bet on the coast," said its managing director, Rhodri Pennock.`,
};

describe('public texts of new kinds are about nobody', () => {
  for (const [kind, text] of Object.entries(PUBLIC)) {
    it(`drops every name, place and health term of ${kind}`, () => {
      expect(flagged(text)).toEqual([]);
    });
  }
});

describe('a scholarly text', () => {
  const abstract = `Cut this abstract to 100 words.

Background: Outcomes after hip fracture in adults under 60 are poorly described.
Methods: Cohort of 2,310 patients treated at Nordvik University Hospital (Bergen), 2012-2021.
Results: One-year mortality 6.2% (95% CI 5.3-7.1); pulmonary embolism HR 1.9.
Conclusions: Most return to work. Soltvedt K, Brekke A, et al.`;

  it('drops its authors and places', () => {
    expect(labelled(abstract, ['PERSON', 'LOCATION'])).toEqual([]);
  });

  it('keeps the diseases it studies (a corpus of abstracts marks them)', () => {
    const text = `Summarise for the journal club: mutations of the KRT5 gene cause epidermolysis bullosa simplex
(Ferreby et al., 1994). We studied 14 families with epidermolysis bullosa simplex.`;
    expect(labelled(text, ['MEDICAL']).length).toBeGreaterThan(0);
  });
});

describe('the same shapes in personal texts keep their findings', () => {
  it('keeps a person named in a festival note when the writer asks about their friend', () => {
    const text = `Turn this festival programme into a tweet. My friend Oona Kerrigan is presenting.

Harbour Lights Film Festival — Friday
18:00 Screen 1 — "The Salt Road" (Oona Kerrigan, 2022).`;
    expect(flagged(text)).toContain('Oona Kerrigan');
  });

  it('keeps a character-free letter with a house number and an age', () => {
    const text = `Chapter 2 of the tenancy file. Write to the tenant.
Dear Ms Vandermolen,
Rowena Vandermolen, 34, of 14 Quince Mews, has asthma.`;
    expect(flagged(text).length).toBeGreaterThan(0);
  });

  it('keeps a relation outside the quotes of a lesson', () => {
    const text = `Prepara una actividad de clase para los alumnos sobre nombres y palabras.
Mi hija Rocío tiene asma y falta a clase; dice "qué pena".`;
    expect(personalAnchor(text, [])).toBe('relation');
  });

  it('keeps a birth date with its year as an anchor, not a day and month alone', () => {
    const list = '14 de mayo - San Isidro, labrador, nacido en Madrid.';
    expect(personalAnchor(list, [finding(list, '14 de mayo', 'DATE', 'DATE_OF_BIRTH')])).toBeUndefined();
    const dob = 'Fecha de nacimiento: 14/05/1987.';
    expect(personalAnchor(dob, [finding(dob, '14/05/1987', 'DATE', 'DATE_OF_BIRTH')])).toBe('DATE_OF_BIRTH');
  });

  it('reads an address field as a person field when its value is an address, not a director', () => {
    expect(personalAnchor('Reparto.\nDirección: calle del Pez 14, 2º', [])).toBe('field');
    expect(personalAnchor('Reparto.\nDirección: Casilda Renedo', [])).toBeUndefined();
  });

  it('reads a holder field as a person field unless its value is an organisation', () => {
    expect(personalAnchor('Prospecto.\nTitular: Laboratorios Ferrando, S.A., Albacete', [])).toBeUndefined();
    expect(personalAnchor('Extracto.\nTitular: Ramiro Ferrando Gil', [])).toBe('field');
  });

  it('still reads a house number next to a name in a text that does not declare fiction', () => {
    const text = 'Festival programme. Perdita Vance lives at 4 Heron Lane.';
    expect(personalAnchor(text, [finding(text, 'Perdita Vance', 'PERSON', 'FULL_NAME')])).toBe('address');
  });

  it('does not read a one-family text as public', () => {
    expect(publicEvidence('Our bird club report is attached.')).not.toBe(0);
    expect(
      flagged('Our bird club report: Ottilie Brauneck found a ringed Robin at Lyme Regis. Call her on 07700 900 461.'),
    ).toContain('Ottilie Brauneck');
  });

  it('keeps a nurse handout about a named patient of the writer', () => {
    const text = `Check this teaching handout for nursing students. My patient Ivor Penhale takes morphine 40 mg daily.
Self-test questions: (Answer: reduce the dose.)`;
    expect(flagged(text).length).toBeGreaterThan(0);
  });
});

describe('an organisation’s public line and a visitor desk are not anyone’s phone', () => {
  it('drops a number the text marks public or gives for a visitor centre or an information line', () => {
    expect(labelled('Visitor centre (public): 01632 960 118. Open daily.', ['PHONE'])).toEqual([]);
    expect(labelled('Información: 910 555 274 y web oficial.', ['PHONE'])).toEqual([]);
  });

  it('keeps a personal number next to the same words', () => {
    expect(labelled('Visitor centre volunteer rota: call my mobile 07700 900 318.', ['PHONE'])).toEqual([
      '07700 900 318',
    ]);
  });
});

describe('coded aviation reports', () => {
  it('drops phone- and id-shaped groups on METAR, TAF and NOTAM lines', () => {
    const text = `Decode this briefing.
TAF EGXX 061100Z 0612/0621 24015KT 9999 TEMPO 0614/0618 4000 RA
NOTAM C1204/26: crane 410 FT AMSL lit, 512233N 0011045E.`;
    expect(labelled(text, ['PHONE', 'NATIONAL_ID'])).toEqual([]);
  });

  it('keeps a phone on an ordinary line of the same text', () => {
    const text = `TAF EGXX 061100Z 0612/0621 24015KT 9999
If the weather turns, call me on 07700 900 227.`;
    expect(labelled(text, ['PHONE'])).toEqual(['07700 900 227']);
  });
});

describe('negative test tables', () => {
  it('drops values on rows that say why they are invalid when the inputs must be rejected', () => {
    const text = `Write unit tests; every value below should be rejected when validated.
ssn   | 666-12-3401 | area 666 not issued
ssn   | 900-55-1234 | 9xx is the ITIN range`;
    expect(labelled(text, ['PHONE', 'NATIONAL_ID'])).toEqual([]);
  });

  it('keeps a value on a row with no reason, and any value when nothing says inputs are rejected', () => {
    const text = `My number was rejected at checkout, why? Mobile 07700 900 514, invalid apparently.`;
    expect(labelled(text, ['PHONE'])).toEqual(['07700 900 514']);
  });
});

describe('makers named by a catalogue', () => {
  it('drops an attributed artist and a maker with an old year', () => {
    const text = `Consignment for Lisette Varga, 12 Orchard Row, Hexham. Phone 01434 600 721.
Lots: (1) Tea caddy, Josiah Wedgwood, 1781; (2) Drawing attributed to
Cornelius Varley, view of Bath.`;
    const people = labelled(text, ['PERSON']);
    expect(people).toContain('Lisette Varga');
    expect(people).not.toContain('Josiah Wedgwood');
    expect(people).not.toContain('Cornelius Varley');
  });

  it('keeps a name with a recent year and the writer’s own forebear', () => {
    expect(labelled('Signed by Lisette Varga, 2024, at the branch.', ['PERSON'])).toContain('Lisette Varga');
    expect(labelled('My grandfather Aurel Varga, 1889, is in the photo.', ['PERSON'])).toContain('Aurel Varga');
  });
});
