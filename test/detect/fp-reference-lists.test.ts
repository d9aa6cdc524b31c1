import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION']);

describe('public reference lists and tables name nobody', () => {
  it('drops the candidates and the constituency of a count table aligned with spaces (en)', () => {
    const text =
      'Summarise this count in two sentences.\n\n' +
      'Harwick North - by-election, declared 02:40\n' +
      'Candidate              Party            Votes    %\n' +
      'Rowena Pettigrew       Liberal          4,118    31.0\n' +
      'Declan Ashworth        Labour           3,902    29.4\n' +
      'Imogen Thackeray       Conservative     3,377    25.4\n' +
      'Elected: Pettigrew (majority 216).';
    expect(found(text)).toEqual([]);
  });

  it('drops given names that are a product table’s models (en)', () => {
    const text =
      'Write one line of copy per lamp.\n\n' +
      'SKU       | Model    | Bulb | Height (cm) | Price\n' +
      'LM-EVE-01 | Evelyn   | E27  | 48          | £79\n' +
      'LM-OSC-02 | Oscar    | E14  | 36          | £59\n' +
      'LM-RTH-03 | Ruth     | GU10 | 52          | £95\n';
    expect(found(text)).toEqual([]);
  });

  it('drops the districts and postcodes of a gazetteer table, a district named after someone too (es)', () => {
    const text =
      'Pásame esta tabla a JSON.\n\n' +
      'cp    | barrio              | distrito          | población\n' +
      '46004 | Ruzafa              | Ensanche          | 24.100\n' +
      '46020 | Benimaclet          | Benimaclet        | 29.300\n' +
      '46015 | Marxalenes          | Vicente Blasco    | 11.900\n';
    expect(found(text)).toEqual([]);
  });

  it('drops a team’s squad listed as players and clubs under a squad heading (en)', () => {
    const text =
      'Turn this into a graphic for the club page.\n\n' +
      'Wales squad for the autumn opener v Samoa (Cardiff, 9 November):\n' +
      'Forwards: Rhodri Penhale (Ospreys), Gethin Morgan (Scarlets), Owain Treharne (Ospreys), Iestyn Rowe (Dragons).\n' +
      'Backs: Cai Llewellyn (Scarlets), Emrys Vaughan (Ospreys), Tomos Pritchard (Dragons), Aled Bevan (Scarlets).\n';
    expect(found(text)).toEqual([]);
  });

  it('drops public streets listed by zone with no house number, and the zones’ postcodes (es)', () => {
    const text =
      'Haz una tabla con estas zonas de recogida.\n\n' +
      'Zona V1 (centro, 2,10 €): Calle de Colón, Calle de Játiva, Plaza del Ayuntamiento, Calle de la Paz - CP 46002\n' +
      'Zona V2 (Ruzafa, 2,40 €): Calle Sueca, Calle Cádiz, Calle Puerto Rico - CP 46006\n';
    expect(found(text)).toEqual([]);
  });
});

describe('private lists keep their people and places', () => {
  it('keeps the people of a CRM export with e-mails and phones (en)', () => {
    const text =
      'Dedupe these leads.\n' +
      'Name               | Email                    | Phone          | City\n' +
      'Harriet Coombes    | h.coombes@mailbox.test   | 07700 900412   | Leeds\n' +
      'Tobias Wrenfield   | tobias.w@mailbox.test    | 07700 900877   | York\n' +
      'Mabel Oakhurst     | mabel.o@mailbox.test     | 07700 900133   | Hull\n';
    const out = found(text);
    for (const name of ['Harriet Coombes', 'Tobias Wrenfield', 'Mabel Oakhurst']) expect(out).toContain(name);
  });

  it('keeps the people of a patient list with MRN and date of birth (en)', () => {
    const text =
      'Sort by ward.\n' +
      'Patient            | MRN      | DOB        | Ward\n' +
      'Cedric Holloway    | 5830617  | 03/02/1951 | Ward 7\n' +
      'Agnes Whitcombe    | 4471977  | 19/11/1948 | Ward 3\n' +
      'Florence Dunmore   | 4472015  | 07/06/1960 | Ward 7\n';
    const out = found(text);
    for (const name of ['Cedric Holloway', 'Agnes Whitcombe', 'Florence Dunmore']) expect(out).toContain(name);
  });

  it('keeps the guests of a wedding list with tables and allergies (en)', () => {
    const text =
      'Group these by table for the caterer.\n' +
      'Guest              Table   Price   Allergies\n' +
      'Penelope Ashdown   4       £45     peanuts\n' +
      'Rupert Kingsley    4       £45     none\n' +
      'Helen Hartley   6       £45     shellfish\n';
    const out = found(text);
    for (const name of ['Penelope Ashdown', 'Rupert Kingsley', 'Helen Hartley']) expect(out).toContain(name);
  });

  it('keeps an employee roster with teams, salaries and home towns (en)', () => {
    const text =
      'Name              | Team     | Salary   | Home town\n' +
      'Lionel Fairbairn  | Payments | £52,000  | Ripon\n' +
      'Bettina Crowther  | Payments | £48,500  | Selby\n' +
      'Ambrose Tennant   | Data     | £61,000  | Thirsk\n';
    const out = found(text);
    for (const name of ['Lionel Fairbairn', 'Bettina Crowther', 'Ambrose Tennant']) expect(out).toContain(name);
  });

  it('keeps a class list of children with birth dates (es)', () => {
    const text =
      'Ordena por grupo.\n' +
      'Alumno              | Fecha de nacimiento | Grupo\n' +
      'Lucía Benavente     | 09/06/2016          | 3ºB\n' +
      'Mateo Arrizabalaga  | 02/09/2016          | 3ºA\n' +
      'Irene Villalobos    | 21/12/2016          | 3ºB\n';
    const out = found(text);
    for (const name of ['Lucía Benavente', 'Mateo Arrizabalaga', 'Irene Villalobos']) expect(out).toContain(name);
  });

  it('keeps the owners and flats of a community’s list of debtors (es)', () => {
    const text =
      'Redacta el acta con esta relación de morosos.\n' +
      'Propietario          | Piso | Deuda\n' +
      'Remigio Altamirano   | 2ºB  | 640 €\n' +
      'Consuelo Berrocal    | 4ºA  | 1.210 €\n' +
      'Anselmo Quirós       | 1ºC  | 380 €\n';
    const out = found(text);
    for (const name of ['Remigio Altamirano', 'Consuelo Berrocal', 'Anselmo Quirós']) expect(out).toContain(name);
  });

  it('keeps an attendance sheet (en)', () => {
    const text =
      'Who missed two sessions?\n' +
      'Name               Session 1   Session 2   Present\n' +
      'Winifred Ashby     yes         no          1\n' +
      'Bartholomew Kent   no          no          0\n' +
      'Georgina Pell      yes         yes         2\n';
    const out = found(text);
    for (const name of ['Winifred Ashby', 'Bartholomew Kent', 'Georgina Pell']) expect(out).toContain(name);
  });

  it('keeps the houses of a delivery route with house numbers (es)', () => {
    const text =
      'Optimiza esta ruta de hoy.\n' +
      'Ruta 3: Calle de Colón 14, Calle de Játiva 7, Calle Sueca 22, Calle Cádiz 9 - CP 46006\n';
    const out = found(text);
    expect(out.some((s) => s.includes('Colón 14'))).toBe(true);
    expect(out.some((s) => s.includes('Sueca 22'))).toBe(true);
  });

  it('keeps the sender named above a public table, a blank line apart (en)', () => {
    const text =
      'Fiona Garside sent me this count, make it a chart.\n\n' +
      'Candidate              Party            Votes    %\n' +
      'Rowena Pettigrew       Liberal          4,118    31.0\n' +
      'Declan Ashworth        Labour           3,902    29.4\n' +
      'Imogen Thackeray       Conservative     3,377    25.4\n';
    const out = found(text);
    expect(out).toContain('Fiona Garside');
    expect(out).not.toContain('Rowena Pettigrew');
  });

  it('keeps a comma list of people without a line-up heading (en)', () => {
    const text =
      'Invite list for Friday: Rosalind Mercer (Finance), David Hollins (Finance), Olivia Marsh (Sales), ' +
      'Peter Dunn (Sales).';
    const out = found(text);
    for (const name of ['Rosalind Mercer', 'David Hollins', 'Olivia Marsh', 'Peter Dunn']) expect(out).toContain(name);
  });

  it('keeps an amateur squad sent round with the captain’s phone (en)', () => {
    const text =
      'Five-a-side squad for Thursday:\n' +
      'Forwards: Rosalind Mercer (Finance), David Hollins (Finance), Olivia Marsh (Sales), Peter Dunn (Sales).\n' +
      'Text me on 07700 900561 if you cannot make it.';
    const out = found(text);
    for (const name of ['Rosalind Mercer', 'David Hollins', 'Olivia Marsh', 'Peter Dunn']) expect(out).toContain(name);
  });
});

describe('public genres read from their cues: a data set card, a crossword, an observing note', () => {
  it('drops the historical names and ports of a public-domain data set card’s sample rows (en)', () => {
    const text =
      'Tidy up this card for the data catalogue.\n' +
      'Dataset: lighthouse-keepers-1850 (licence CC0, public domain parish records)\n' +
      'Columns: Id, Name, Station, Years\n' +
      'Sample rows:\n' +
      '1,"Pengelly, Mr. Josiah",Longships,12\n' +
      '2,"Trevithick, Mrs. Amelia (Amelia Rowe)",Wolf Rock,9\n' +
      'Stations: L = Longships, W = Wolf Rock, P = Penzance.';
    expect(found(text)).toEqual([]);
  });

  it('drops the answers and the places of a crossword’s solved clues (es)', () => {
    const text =
      'Revisa que las soluciones del crucigrama encajan.\n' +
      'HORIZONTALES: 1. Su acueducto está en Segovia (6): ROMANO. 4. Pintor nacido en Fuendetodos (4): GOYA.\n' +
      'VERTICALES: 2. Río que baña Toledo (5): TAJO. 3. Poetisa de Padrón (7): ROSALÍA.';
    expect(found(text)).toEqual([]);
  });

  it('drops features named after astronomers in an observing note (en)', () => {
    const text =
      'Make this a club bulletin.\n' +
      "Lunar targets: craters Plato, Archimedes and Eratosthenes after dusk; Kapteyn's Star (mag 8.9) is up by 22:00.\n" +
      'NGC 7009 is low in the south. Hubble imaged it; the Lowell Observatory images are online.';
    expect(found(text)).toEqual([]);
  });

  it('keeps the people of a customer data set sample with e-mails (en)', () => {
    const text =
      'Dataset: crm-leads (internal). Sample rows:\n' +
      '1,"Quill, Marjorie",marjorie.quill@mailbox.test,Leeds\n' +
      '2,"Hendry, Alasdair",a.hendry@mailbox.test,Perth\n';
    const out = found(text).join(' ');
    expect(out).toContain('Marjorie');
    expect(out).toContain('Alasdair');
  });

  it('keeps the staff of an observatory’s night rota (en)', () => {
    const text =
      'Night rota at the observatory this week: Marjorie Quill on Monday, Alasdair Hendry on Tuesday; ' +
      'the telescope dome is closed on Wednesday.';
    const out = found(text);
    expect(out).toContain('Marjorie Quill');
    expect(out).toContain('Alasdair Hendry');
  });
});
