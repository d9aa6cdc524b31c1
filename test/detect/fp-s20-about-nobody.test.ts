import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import {
  aboutNobody,
  dropAboutNobody,
  personalAnchor,
  publicEvidence,
} from '../../src/detect/public-text/about-nobody.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const NOBODYS = ['PERSON', 'LOCATION', 'MEDICAL'];
const flagged = (text: string) => spansOf(engine, text, NOBODYS);

/** Public texts of genres no earlier reader knew: each must come out with no name, place or health term. */
const PUBLIC: Record<string, string> = {
  'a saints calendar': `Could you lay this out as a card for the parish bulletin?

Saints' calendar — March
4 Mar  St Casimir (1458–1484), prince of Poland and patron of Lithuania
7 Mar  Sts Perpetua and Felicity, martyrs at Carthage
17 Mar St Patrick, bishop and apostle of Ireland
19 Mar St Joseph, husband of Mary, patron of workers`,
  'a film synopsis': `Write an 80-word synopsis of this film for the cinema club leaflet.

The Orchard at Vennholm (2017, 104 min), directed by Siri Aalborg.
Synopsis: In a fishing town near Tromsø, Karin Lund looks after her brother Erik, who is recovering from pneumonia, while their mother's debts ruin the orchard. A visiting botanist, Henrik Vale, arrives from Oslo with a broken arm.`,
  'a football fixture list': `Please turn this fixture list into a table for the club website.

Ashgrove Wanderers — winter fixtures
Sat 3 Jan   Ashgrove Wanderers v Millbrook Town   KO 15:00   Kestrel Lane
Sat 10 Jan  Dunmore Athletic v Ashgrove Wanderers  KO 15:00   Quarry Road
Top scorers: Declan Furness 6, Marek Zielinski 4, Owen Tate 3.`,
  'a concert programme': `Write a short introduction for this concert programme.

Programme
Antonín Dvořák (1841–1904): Serenade for Strings in E major
Fanny Mendelssohn (1805–1847): Overture in C major
Conductor: Ilse Brandauer. Soloist: Teodor Vasic.
Dvořák wrote the serenade in Prague in 1875, in a fortnight.`,
  'a storm names list': `Summarise this for the newsletter.

Storm names for the 2027/28 season
Ambrose, Brigid, Conall, Delphine, Eamon, Fiadh, Gwilym, Hester, Ivor, Juno
Storm Ambrose brought gusts of 75 mph to Fishguard and flooding in Limerick.`,
  'a court case study for students': `Turn this case study into discussion questions for my law students.

Case study: Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256
Mrs Louisa Carlill used the smoke ball as directed and still caught influenza. She sued the company for the promised £100 reward. Lindley LJ held that the advertisement was a unilateral offer.`,
  'a novel character list': `Make a character list for readers of this novel.

Characters in "The Glass Harbour"
Agatha Penrose — a lighthouse keeper's widow in Fowey, who suffers from migraines
Silas Penrose — her brother-in-law, a smuggler
Dr Hedley Vane — the harbour doctor, addicted to laudanum`,
  'a museum label': `Please cut this museum label to 50 words.

Portrait of Don Álvaro de Villena (c. 1790)
Oil on canvas. Luis Paret y Alcázar (1746–1799).
The sitter, a magistrate at the court in Madrid, is shown beside a view of Toledo. Acquired 1933.`,
  'a lecture handout on drugs': `Summarise this handout for revision.

Lecture 9: Anticoagulants
Warfarin inhibits vitamin K epoxide reductase; target INR 2–3 for atrial fibrillation. Apixaban 5 mg twice daily is reduced to 2.5 mg in some older adults. Bleeding is the main adverse effect; vitamin K reverses warfarin.`,
  'an opera synopsis': `Summarise the plot of this opera for a programme note.

Lucia di Lammermoor — synopsis
Act I. Scotland, late 17th century. Enrico Ashton learns that his sister Lucia loves Edgardo of Ravenswood, his enemy.
Act III. Driven mad, Lucia kills her bridegroom Arturo and dies; Edgardo stabs himself.`,
  'un programa de fiestas': `¿Puedes resumir este programa de fiestas para el boletín?

Programa de las Fiestas de San Bartolomé — Torrequebrada
Viernes 21 de agosto: pregón a cargo del poeta Julián Mesa en la Plaza Mayor
Sábado 22: procesión de la Virgen del Rosario por la calle Ancha
Domingo 23: concierto de la banda municipal, dirigida por Rosa Villalta`,
  'una obra de teatro': `Haz un resumen de esta obra de teatro.

"Yerma", de Federico García Lorca (1934)
Yerma, casada con Juan, desea un hijo que no llega. Su amiga María ya es madre; la vieja pagana le aconseja dejar a su marido. Víctor, el pastor, se marcha del pueblo.`,
};

/** The same genres with a personal anchor: every true finding stays. */
const PERSONAL: Record<string, [string, string]> = {
  'a programme for a patient with a birth date': [
    `Please format this clinic programme.

Programme for Mr Rowan Ellery (DOB 21/06/1958)
09:00 Bloods — HbA1c and renal function
10:30 Diabetic eye screening`,
    'Mr Rowan Ellery',
  ],
  'a case study with a real client phone': [
    `Summarise this case study for the team meeting: our client Nadia Farouk (tel. 07700 900 862) was dismissed after her diagnosis of multiple sclerosis.`,
    'Nadia Farouk',
  ],
  'a synopsis written by a parent about a son': [
    `Write a synopsis of the school play for the programme. My son Jacob Pryor plays the lead, but he has epilepsy, so please mention the strobe warning.`,
    'epilepsy',
  ],
  'a concert programme letter with a greeting': [
    `Dear Imogen,
Thanks for the concert programme notes. I hope your asthma is better after the tour.
Best,
Harriet Lowe`,
    'asthma',
  ],
  'una reseña con un paciente propio': [
    `Reseña del caso para la sesión clínica: mi paciente Encarnación Ribó, de 67 años, con insuficiencia cardiaca, ingresó en 2025.`,
    'Encarnación Ribó',
  ],
};

describe('a text about nobody private loses its names, places and health terms', () => {
  for (const [genre, text] of Object.entries(PUBLIC)) {
    it(`flags nothing in ${genre}`, () => {
      expect(flagged(text)).toEqual([]);
    });
  }
});

describe('the same genres with a personal anchor keep every finding', () => {
  for (const [genre, [text, value]] of Object.entries(PERSONAL)) {
    it(`keeps "${value}" in ${genre}`, () => {
      expect(flagged(text).some((span) => span.includes(value))).toBe(true);
    });
  }
});

const finding = (text: string, value: string, label: Finding['label'], type: string): Finding => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, label, type, score: 0.9, detector: 'test' };
};

describe('the decision, read from general evidence', () => {
  const programme = 'Concert programme\nJohannes Brahms (1833–1897): Symphony No. 4\nConductor: Ada Pellow.';

  it('needs two families of evidence: one genre cue alone is not enough', () => {
    expect(publicEvidence('Programme\nAda Pellow plays the piano on Friday.')).not.toBe(0);
    expect(aboutNobody('Programme\nAda Pellow plays the piano on Friday.', [])).toBe(false);
    expect(aboutNobody(programme, [])).toBe(true);
  });

  it('keeps everything when a value only a person has is found', () => {
    const text = `${programme}\nBookings: 07700 900 123`;
    const phone = finding(text, '07700 900 123', 'PHONE', 'PHONE');
    expect(personalAnchor(text, [phone])).toBe('PHONE');
    const name = finding(text, 'Ada Pellow', 'PERSON', 'FULL_NAME');
    expect(dropAboutNobody(text, [name, phone])).toHaveLength(2);
  });

  it('keeps a recent birth date as an anchor, not a historical one in a life span', () => {
    const recent = `${programme}\nBorn 4 May 1990.`;
    expect(personalAnchor(recent, [finding(recent, '4 May 1990', 'DATE', 'DATE_OF_BIRTH')])).toBe('DATE_OF_BIRTH');
    const old = 'Marie Sklodowska (born 7 November 1867, Warsaw – 4 July 1934, Passy), physicist.';
    expect(personalAnchor(old, [finding(old, '4 July 1934', 'DATE', 'DATE_OF_BIRTH')])).toBeUndefined();
  });

  it('reads relations, greetings, signatures, person fields, ages and house numbers as anchors', () => {
    expect(personalAnchor(`${programme}\nMy daughter sings in the choir.`, [])).toBe('relation');
    expect(personalAnchor(`${programme}\nmi hija canta en el coro.`, [])).toBe('relation');
    expect(personalAnchor(`Hi Oskar,\n${programme}`, [])).toBe('letter');
    expect(personalAnchor(`${programme}\nKind regards,\nMaeve Quillan`, [])).toBe('letter');
    expect(personalAnchor(`${programme}\nPatient: Ivo Vellacott`, [])).toBe('field');
    expect(personalAnchor(`${programme}\nRemind Petra Lund to bring the scores.`, [])).toBe('task');
    expect(personalAnchor(`${programme}\nAvisa a Nerea Sotillo del ensayo.`, [])).toBe('task');
    expect(personalAnchor(`${programme}\nTobias Wren, 41, plays viola.`, [])).toBe('age');
    const home = `${programme}\nJuno Marsh rehearses at 22 Heron Close.`;
    expect(personalAnchor(home, [finding(home, 'Juno Marsh', 'PERSON', 'FULL_NAME')])).toBe('address');
    // A town hall's or a venue's address, with no name on its line, is no one's home.
    expect(personalAnchor(`${programme}\nVenue: Town Hall, 1 Market Row.`, [])).toBeUndefined();
    expect(personalAnchor(`${programme}\nEl hospital de la calle Doctor Esquerdo abrió en 1968.`, [])).toBeUndefined();
  });

  it('does not read third-person relations of characters as anchors', () => {
    expect(personalAnchor(`${programme}\nHis sister Clara nursed him; su hija murió joven.`, [])).toBeUndefined();
  });

  it('never drops a secret, a card or an IBAN: they are anchors themselves', () => {
    const text = `${programme}\nAPI key sk_live_abc`;
    const secret = finding(text, 'sk_live_abc', 'SECRET', 'API_KEY');
    expect(dropAboutNobody(text, [secret])).toEqual([secret]);
  });

  it('drops names, places, health terms, dates and desk mailboxes of a text about nobody', () => {
    const text = `${programme}\nTickets: boxoffice@hall.example — Leeds, 3 March.`;
    const found = [
      finding(text, 'Ada Pellow', 'PERSON', 'FULL_NAME'),
      finding(text, 'boxoffice@hall.example', 'EMAIL', 'EMAIL'),
      finding(text, 'Leeds', 'LOCATION', 'PLACE'),
      finding(text, '3 March', 'DATE', 'DATE'),
    ];
    expect(dropAboutNobody(text, found)).toEqual([]);
  });
});
