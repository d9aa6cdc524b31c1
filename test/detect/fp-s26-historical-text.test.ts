import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { datedYears } from '../../src/detect/public-text/historical-text.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION', 'DATE']);

/** Texts dated in the past: the dead they name are nobody's private data. */
const PAST: Record<string, string> = {
  'a census transcription for a one-name study': `Tidy this transcription into a table for the one-name study newsletter.

Household schedule 41, Hallgate Row, Kelso parish, census of April 1881:
Walter Ainslie, head, married, 46, stonemason, born Jedburgh
Margaret Ainslie, wife, 44, born Hawick
Isobel Ainslie, daughter, 17, dressmaker
Robert Ainslie, son, 12, scholar
The family is absent from the 1891 schedule; Walter's burial is entered on 3 March 1889.`,
  'un libro de bautismos transcrito': `Pasa a limpio esta transcripción del libro de bautismos para la hoja informativa de los historiadores locales.

Folio 112 v. En la villa de Almonacid, a 14 de mayo de 1763, bauticé solemnemente a Josefa, hija legítima de
Tomás Ibarrola y de Catalina Urquiza, vecinos de esta villa. Abuelos paternos: Martín Ibarrola y Ana Elorza.
Fueron padrinos Domingo Arrieta y su mujer. Nota marginal: casó en 1789 con Bernardo Zubiri; murió en 1811.`,
  "a ship's muster roll for a museum label": `Write a museum label (80 words) from this muster extract.

Muster roll of the brig Perseverance, sailed from Whitby on 2 June 1809:
Master: Josiah Blenkinsop. Mate: Abraham Coultas. Seamen: Ralph Storm, Thomas Readman, William Harland.
Apprentices: John Leng (indentured 1806) and Matthew Dotchon.
The brig was lost off the Dogger Bank in 1812; the roll was donated to the museum in 1954.`,
  'una crónica de la villa': `Resume esta crónica para el programa de las fiestas.

En 1808 las tropas francesas entraron en Valdecañas por el camino de Toledo. El alcalde, Fermín Cuadrado,
escondió el archivo en la iglesia de San Bartolomé. En 1812 los vecinos levantaron el puente de piedra, y en
1857 llegó el telégrafo. El archivo fue restaurado en 1998.`,

  "a war memorial's roll of honour": `Please lay out this roll of honour for the village hall's centenary display.

They went from this parish, 1914–1918:
Pte. Arthur Dimmock, 7th Bn, killed at Loos, 25 September 1915
L/Cpl. Herbert Tansley, died of wounds, 2 July 1916
Sgt. Frederick Goodliffe, MM, returned 1919
Gnr. Ernest Pridmore, missing at Passchendaele, October 1917
Erected by the parishioners in 1921.`,
  'un padrón municipal del siglo XIX': `Ordena en una tabla este extracto del padrón municipal para la exposición del archivo.

Padrón de vecinos de Torrequebrada, año 1860. Calle del Pozo:
Casa 3: Anselmo Ruedas Gil, labrador, 52 años; su mujer Petra Sancho, 47; hijos Lucas y Gregoria.
Casa 5: viuda de Bartolomé Ortega, jornalera, con dos nietos.
Casa 8: Nicasio Lahoz, herrero, natural de Calatayud, avecindado en 1851.
El padrón siguiente, de 1877, ya no recoge la casa 8.`,
};

/** Look-alikes: old years beside a living person's values or a relation to the writer. */
const LIVING: Record<string, [string, string[]]> = {
  'a genealogy request naming living relatives': [
    `I'm researching my family: my mother Eileen Garvey (born 1948) says her great-grandfather Patrick Garvey
emigrated in 1883 and worked in the mill until 1902. Can you suggest where to look?`,
    ['Eileen Garvey'],
  ],
  "a deed's chain of title with today's owner's id": [
    `Cadena de títulos de la finca: construida en 1890 por Leandro Roig; vendida en 1921 a Pere Casals.
Titular actual: Marina Casals Vidal, DNI 48213766Q.`,
    ['Marina Casals Vidal'],
  ],
  'a letter about an old house': [
    `Dear Orla Pentney,
Your cottage was built in 1842 and extended in 1901, so the listed-building rules apply to the porch.
Kind regards,
Declan Moorcroft`,
    ['Orla Pentney', 'Declan Moorcroft'],
  ],
};

describe('a text dated in the past', () => {
  for (const [name, text] of Object.entries(PAST))
    it(`leaves the names, places and dates of ${name}`, () => {
      expect(people(text)).toEqual([]);
    });

  for (const [name, [text, kept]] of Object.entries(LIVING))
    it(`keeps ${name}`, () => {
      const found = spansOf(engine, text, ['PERSON']);
      for (const person of kept) expect(found).toContain(person);
    });

  it('counts dated years only, not numbers that merely look like years', () => {
    expect(datedYears('Rows (1042, 1043, 1044) were locked; order 1187 shipped.')).toEqual({ past: 0, recent: 0 });
    expect(datedYears('painted 1887, restored 1993; in the 1950s; (1851–1923); a 14 de mayo de 1763')).toEqual({
      past: 4,
      recent: 2,
    });
  });
});
