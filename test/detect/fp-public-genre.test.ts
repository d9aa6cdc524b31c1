import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION']);

describe('plots of novels and films name nobody', () => {
  it('drops characters, the author and fictional places of a novel summary (en)', () => {
    const text =
      'Cut this blurb to 60 words for the book club.\n' +
      'The Lantern Keeper (Rosa Quintero, 1998; ISBN 978-1-4028-9462-5). Tomas Verlaine returns to Harrowgate in ' +
      'Yorkshire and meets Isolde Marsh. In chapter 12 Tomas burns the letters; Isolde leaves for Lisbon.';
    expect(people(text)).toEqual([]);
  });

  it('drops characters, actors in brackets and the director of a film plot (en)', () => {
    const text =
      'Make this a teaser for the film night poster.\n' +
      'The Salt Road (1984, 131 min, dir. Howard Brennick). In Tulsa, Jack Tolliver (Dean Marlow) owes money to ' +
      'Frank Ostrow. His sister Nora (Ellen Shaw) hides him in Galveston until Jack confesses.';
    expect(people(text)).toEqual([]);
  });

  it('drops characters of a Spanish novel summary (es)', () => {
    const text =
      'Resume esto para el club de lectura.\n' +
      'La casa de las lluvias (Elvira Santacana, 1974; ISBN 978-84-3321-118-4). Benigno Albarrán y Celestina Oyola ' +
      'llegan a Valdeluna huyendo de Cartagena. Su nieta Amparo escribe la historia en el capítulo 20.';
    expect(people(text)).toEqual([]);
  });

  it('drops the cast of a Spanish film summary (es)', () => {
    const text =
      'Reseña para el cinefórum: El faro del sur (2003, 118 min, dir. Julia Oyarzábal). Tomás Ibarra (Luis Ferreyra) ' +
      'vuelve a Ushuaia para buscar a su hermano Rafael (Diego Carrizo).';
    expect(people(text)).toEqual([]);
  });
});

describe('sports tables and results name nobody', () => {
  it('drops clubs and scorers of a league table (en)', () => {
    const text =
      '| Pos | Club | P | Pts |\n| 1 | Harlow Town | 12 | 28 |\n| 2 | Marsden Rovers | 12 | 25 |\n' +
      "Results: Harlow 3-1 Marsden (Pellew 12', Okafor 77'), Dunmore 0-0 Kelso. Top scorer: Callum Pellew 11.";
    expect(people(text)).toEqual([]);
  });

  it('drops scorers of a Spanish round (es)', () => {
    const text =
      'Crónica de la jornada 9: Cádiz 2-0 Elche, Granada 1-1 Málaga. Goleadores: Iker Salcedo (8), Dani Ferrer (7).';
    expect(people(text)).toEqual([]);
  });

  it('keeps a fan who writes in with a phone, drops the players (en)', () => {
    const text =
      'Please reply to this supporter: my name is Brian Colley, phone 07700 900 512, I missed the refund.\n' +
      "Results: Harlow 3-1 Marsden (Pellew 12', Okafor 77'), Dunmore 0-0 Kelso. Top scorer: Callum Pellew 11.";
    expect(people(text)).toEqual(['Brian Colley']);
  });

  it('keeps a Spanish fan with a phone, drops the scorers (es)', () => {
    const text =
      'Responde a este socio: me llamo Nerea Ugalde, móvil 612 448 907, no me llegó el abono.\n' +
      'Jornada 12: Eibar 2-1 Huesca. Goleadores: Unai Berasategi (9), Pablo Iturbe (6).';
    expect(people(text)).toEqual(['Nerea Ugalde']);
  });
});

describe('filings and company histories name nobody', () => {
  it('drops named executives and the head office of a proxy statement (en)', () => {
    const text =
      'Summarise this proxy statement extract.\nBrindlewood Corp. (NASDAQ: BRWD), Form DEF 14A. Headquarters: ' +
      'Tacoma, Washington.\nNamed Executive Officers: Corinne Adair, President and CEO; Felix Moyo, CFO.\n' +
      "Ms. Adair's bonus target is 150% of salary.";
    expect(people(text)).toEqual([]);
  });

  it('drops founders and the chair of a Spanish company history (es)', () => {
    const text =
      'Acorta esta historia: Hilaturas Norte nace en 1958 en Ourense, cuando Basilio Rey y Carmen Doval fundan un ' +
      'taller. Hoy, presidida por Inés Doval, con Marcos Lalín como consejero delegado, tiene 300 tiendas.';
    expect(people(text)).toEqual([]);
  });

  it('drops founders of an English company history (en)', () => {
    const text =
      'Shorten for the About page: Marrow & Pike was founded in 1921 in Leeds by Albert Marrow and Edith Pike. ' +
      'Its CEO Daniel Orme opened the 50th store in 2019; revenue reached £80m.';
    expect(people(text)).toEqual([]);
  });

  it('keeps a candidate of a CV and drops the founder of the firm they mention (en)', () => {
    const text =
      'Name: Oriel Stanway\nEmail: oriel.stanway@mailbox.test\nCompany history for my cover letter: ' +
      'Thornbury Mills was founded by Walter Thornbury in 1899.';
    expect(spansOf(engine, text, ['PERSON'])).toEqual(['Oriel Stanway']);
  });
});

describe('namesakes of streets name nobody', () => {
  it('drops the namesakes of streets in a local history text (en)', () => {
    const text =
      'Check this for the walking tour: Collier Street was named after Admiral Jonas Collier, and Ashby Row ' +
      'honours Margaret Ashby, the mill owner who built it in 1840.';
    expect(people(text)).toEqual([]);
  });

  it('drops the namesake of a Spanish street (es)', () => {
    const text =
      'Revisa este texto de historia local: la calle Ruiz Alarcón debe su nombre al ingeniero Fermín Ruiz Alarcón, ' +
      'que trajo el tranvía a Albacete en el siglo XIX.';
    expect(spansOf(engine, text, ['PERSON'])).toEqual([]);
  });
});

describe('eponyms, venues, boats and shop signs name nobody', () => {
  it('drops exercises named after people or places (en)', () => {
    const text =
      'Sarah Collins should do Romanian deadlifts, Jefferson curls, Bergen plank and Brandt exercises daily.';
    expect(spansOf(engine, text, ['PERSON', 'LOCATION'])).toEqual(['Sarah Collins']);
  });

  it('drops exercises and manoeuvres named after people (es)', () => {
    expect(spansOf(engine, 'Laura Martínez hará ejercicios de Williams y la maniobra de Epley.', ['PERSON'])).toEqual([
      'Laura Martínez',
    ]);
    expect(spansOf(engine, 'Pauta: ejercicios Kegel y método Pilates dos veces al día.', ['PERSON'])).toEqual([]);
  });

  it('drops a wedding venue named like a person (en)', () => {
    const text = 'Venue: The Glasshouse, Pelham Hall. Guests: Tom Price and Ana Reyes.';
    expect(spansOf(engine, text, ['PERSON', 'LOCATION'])).toEqual(['Tom Price', 'Ana Reyes']);
  });

  it('drops boats named like people (es, en)', () => {
    expect(spansOf(engine, 'Amarres: lancha "Don Ramiro" (B-9), yate "Doña Elvira" (C-2).', ['PERSON'])).toEqual([]);
    expect(spansOf(engine, 'Moorings: the yacht "Lady Margaret" in berth 4.', ['PERSON'])).toEqual([]);
  });

  it('drops a pharmacy sign after an article and keeps the person (es)', () => {
    const text = 'me atendieron en la Cruz Azul y luego fui a casa de Marta Pineda.';
    expect(spansOf(engine, text, ['PERSON'])).toEqual(['Marta Pineda']);
  });
});

describe('a person contacted about a public text stays', () => {
  it('keeps someone to remind or ask in a book club or league note (en, es)', () => {
    const found = (text: string) => spansOf(engine, text, ['PERSON']);
    expect(
      found('Book club: remind Laura Benítez that chapter 3 of the novel is due; ISBN 978-1-4028-9462-5.'),
    ).toEqual(['Laura Benítez']);
    expect(found('Jornada 8 del torneo interno: avisa a Rodrigo Peña de que el pichichi se entrega el lunes.')).toEqual(
      ['Rodrigo Peña'],
    );
    expect(found('Film night (1984, 131 min): ask Tomás Ibarra to bring the projector.')).toEqual(['Tomás Ibarra']);
  });
});

describe("an employee's annual report is personal, not a filing", () => {
  it('keeps the names of an HR annual review (en, es)', () => {
    expect(
      people('Rewrite the annual report feedback for Marisol Quintana: she missed targets and wants a transfer.'),
    ).toContain('Marisol Quintana');
    expect(people('Resume el informe anual de desempeño de Tobías Ferrándiz, que pidió reducción de jornada.')).toEqual(
      ['Tobías Ferrándiz'],
    );
    expect(people('Annual report: our engineer Kasper Lindholm led the migration and mentored Aoife Brennan.')).toEqual(
      ['Kasper Lindholm', 'Aoife Brennan'],
    );
  });
});

describe('one strong cue alone does not make a private text public', () => {
  it('keeps names beside "named after", "book club", "plot of", "lleva el nombre de"', () => {
    expect(
      people(
        'Draft a birth announcement: our son Ewan Tolliver, named after his great-uncle Bram Tolliver, came Friday.',
      ),
    ).toEqual(['Ewan Tolliver', 'Bram Tolliver']);
    expect(people('Write a toast for the book club farewell of Odile Varga, who moves away next month.')).toContain(
      'Odile Varga',
    );
    expect(people('The plot of land behind the shed belongs to Crispin Mayhew per the deed.')).toEqual([
      'Crispin Mayhew',
    ]);
    expect(
      people('La plaza lleva el nombre de mi bisabuelo, Eusebio Marchena, y ahí vive mi prima Rocío Marchena.'),
    ).toEqual(['Eusebio Marchena', 'Rocío Marchena']);
  });
});
