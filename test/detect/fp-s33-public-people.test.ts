import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

/**
 * Public and fictional people read by a text's structure (session 33): a contest's draw with its seeds, an award's
 * nominees in an episode's notes, a writer's fiction under an edit, a catalogue's brands and items, a pet page's
 * questions and answers, a post town before its postcode. All examples are invented.
 */
const PUBLIC: Record<string, string> = {
  "a darts draw with seeds for a club's newsletter": `turn this into a short preview for our club newsletter please

- Gideon Ashworth (2) v qualifier in the first session, could meet Rufus Penhallow (7) in the QF
- Isidore Fernleigh (5) opens v Barnaby Quill, best tie of round 1
- Cornelius Attwater (1) should walk through the top half
- final is best of 21 legs, Sunday night`,
  'un resumen de episodio con nominaciones': `Escríbeme la descripción del episodio del podcast con estas notas:

- nominaciones de este año: Eulalia Montenegro a mejor dirección por tercera vez
- charla: Ximena Castrillo vs Rodrigo Albornoz, quién manda en la taquilla
- recomendamos "Remedios y Consuelo" (Begoña Urquiza) y volver a ver "Matilde en invierno"
- la gala se retransmite el sábado`,
  'a short story under a line edit': `Line edit this for me, please - keep the plot exactly as it is.

The night the mill burned, Winifred Hallorhyn walked the four miles to Scarrow alone. She had left her brother Ansel asleep by the stove, his cough worse than the doctor had let on, and she carried the lantern low so the wind would not take it. At the ford she met the carter, Obadiah Lusk, who said nothing and turned his horse around. She climbed up beside him. When they reached the square the bell was already ringing, and she saw the glow above the trees and knew he had been right not to speak.`,
  "a perfumery's counter list with sizes and prices": `make 2-line blurbs from these for the shop floor:
- Midnight Iris (Daniel Harper) 50ml - batch 5K31 - violet, orris, suede, £84
- Claire Whitman Sea Fennel & Driftwood 100ml - batch 9P02 - fresh, salty, £112
- Velvet Oud EDP 30ml - batch 2207 - smoky, rich, £95
- Citrus Folly 75ml - batch CF88 - bergamot, neroli`,
  "a chandlery's web copy after stock codes": `Short product blurbs (30 words) for the web shop:

SKU QB-2201  Harriet GPS plotter, 7" touchscreen, preloaded charts, RRP £799
SKU QB-3114  Oliver VHF DSC handheld, waterproof, floats, RRP £189
SKU QB-4470  Lucy masthead unit, ultrasonic, no moving parts, RRP £365
Trade line 01632 960 118; Brightwater Chandlery Ltd, 4 Wharf Row, Poole BH15 1AA.`,
  "a cattery's questions and answers": `Can you make our FAQ page friendlier? Draft below.

Q: Do cats need vaccinations to stay? A: Yes, a full course and a booster within the year.
Q: Can two cats share a pen? A: Of course, housemates like Sophie and Oscar often prefer it.
Q: What if my cat is on tablets? A: We had Daisy on Felimazole all last summer, just bring them labelled.
Q: When can I drop off? A: 9-11am or 3-5pm, every day except Christmas Day.`,
  'a clinic poster naming a post town': `make this poster friendlier please

Vaccination sessions in December
Tues 9 Dec, 10:00-16:00 at the Library, and Sat 13 Dec at our Wendy Cross clinic.
Bring your red book. No appointment needed.
Northfold Health Board, Mill Lane, Wendy Cross LL45 3QT`,
};

/** Look-alikes with a private cue, which keep their names. */
const PRIVATE: Record<string, [string, string]> = {
  "a parent's note on a junior draw": [
    `can you tidy this for the parents' group? my son Alfie Renwick (9) plays in the first round
- Alfie Renwick v Corin Blaxland, QF at 11
- pick up from the clubhouse at 2`,
    'Alfie Renwick',
  ],
  "a colleague's true story for the staff newsletter": [
    `Tidy this story for the staff newsletter please.

Last Friday Marisol Quenby from accounts ran the city half marathon for the hospice. She trained every morning before work and she raised over two thousand pounds. He who doubted her, our director, said he would match it.`,
    'Marisol Quenby',
  ],
  "a member's order list with prices": [
    `club kit order, can you total it?
Hattie Brennock - 2 x shirt size M, £36
Desmond Foyle - 1 x jacket size L, £48
Lorna Quaile - 1 x shirt size S, £18`,
    'Hattie Brennock',
  ],
  "a pet owner's booking with her phone": [
    `Booking for the kennels:
Dog: Rufus (labrador)
Owner: Annelise Thorvaldt, mobile 07700 900 412
Q: can he have his own bed?`,
    'Annelise Thorvaldt',
  ],
  "a freelancer's income line with a status acronym": [
    `Applicants: Wietske Haverkamp and Joost Brugman
Income: Joost salaried; Wietske ZZP since 2021, last 2 yrs avg 39k
Please summarise for the lender.`,
    'Wietske',
  ],
};

describe('public and fictional people read by the text structure (s33)', () => {
  for (const [name, text] of Object.entries(PUBLIC))
    it(`reports no name in ${name}`, () => {
      expect(names(text)).toEqual([]);
    });
  for (const [name, [text, kept]] of Object.entries(PRIVATE))
    it(`keeps the name in ${name}`, () => {
      expect(names(text).some((n) => n.includes(kept))).toBe(true);
    });
});
