import { byFirstCharacter } from '../factor-alternatives.js';
import type { Finding } from '../types.js';
import { wholeWords as words } from '../whole-words.js';
import { wordTest, wordWalk } from './word-walk.js';

/**
 * Animal health: a herd's dosing table, a vet's visit notes, a flock's treatment record, a kennel's vaccination
 * card. The conditions, drugs and doses are an animal's, not a person's health, so with the text's patient an animal
 * its MEDICAL findings are dropped, except on a line that speaks of a person (below); the owner's or the practice's name, phone and address are left to the other
 * readings. The text must name animals (a species, a herd, a litter) and speak as a vet or a farm record does
 * (withdrawal periods, ear tags, doses per kg of bodyweight, "vet", "veterinario"), and must not speak of a person's
 * own health ("my son", "I was diagnosed", "tengo", "paciente:" fields with a human age).
 */

/** Animals as patients: species, their young, herds and flocks (walked, word-walk.ts: most texts pass the screen). */
const ANIMALS = wordWalk(
  'cattle|cows?|calf|calves|heifers?|bull(?:ock)?s?|steers?|herd|sheep|ewes?|lambs?|rams?|flock|goats?|pigs?|sows?|' +
    'gilts?|piglets?|boars?|horses?|mares?|foals?|geldings?|stallions?|ponies|pony|donkeys?|dogs?|bitch|puppy|puppies|' +
    'cats?|kittens?|litter|hens?|poultry|broilers?|layers|chickens?|ducks?|rabbits?|ferrets?|alpacas?|llamas?|' +
    'livestock|ganado|vacas?|vacuno|terner[oa]s?|novillas?|novillos?|toros?|reba[nñ]o|ovejas?|ovino|corderos?|carneros?|' +
    'cabras?|caprino|cabritos?|cerd[oa]s?|porcino|lechones?|verracos?|caballos?|yeguas?|potr[oa]s?|equino|burros?|' +
    'perr[oa]s?|cachorros?|gat[oa]s?|gatitos?|camada|gallinas?|pollos?|aves de corral|conejos?|hur[oó]n',
);
/** A vet's or a farm record's words (walked too: the walk reuses the word starts the animals' walk found). */
const VETERINARY = wordWalk(
  'veterinary|veterinarian|vet (?:practice|surgery|clinic|visit|nurse|notes|fees|bill)|(?:the|our|your|their) vets?|' +
    '(?<=^|\\n)[ \\t]*vets?(?=[ \\t]*:)|veterinari[oa]|cl[ií]nica veterinaria|withdrawal periods?|meat w/?d|' +
    'tiempos? de espera|ear ?tags?|crotales?|herd (?:no|number)|flock (?:no|number)|holding number|CPH|REGA|' +
    'libro de (?:registro de )?tratamientos|explotaci[oó]n|pour-on|drench(?:ing)?|dry cow|secado|' +
    '\\d+(?:[.,]\\d+)? ?ml ?/ ?\\d+ ?kg|mg ?/ ?kg (?:bw|body ?weight|PV|peso vivo)|per \\d+ ?kg|por cada \\d+ ?kg|' +
    'kennel|perrera|cattery|spay(?:ed)?|neutered|castrad[oa]|esterilizad[oa]|microchip|pet passport|pasaporte (?:de mascota|equino)|' +
    'cartilla (?:sanitaria|veterinaria)|milk w/?d|milk fever|hipocalcemia puerperal|bluetongue|lengua azul|' +
    'lameness|cojera|worming|desparasitaci[oó]n|desparasitar|parvovirus|moquillo|kennel cough|tos de las perreras',
);
/** A person's own health, or a human patient's record. */
const HUMAN = wordTest(
  'my (?:son|daughter|wife|husband|partner|mum|mom|mother|dad|father|baby|child)|I (?:was diagnosed|am on|have been prescribed)|' +
    "I['’]m (?:on|pregnant)|mi (?:hij[oa]|madre|padre|marido|mujer|espos[oa]|beb[eé])|me (?:diagnosticaron|han diagnosticado)|" +
    'estoy embarazada|(?:patient|paciente) (?:name|nombre)|NHS (?:no|number)|DOB|fecha de nacimiento|' +
    '\\d{1,3}[- ](?:year-old|years? old) (?:man|woman|boy|girl|patient)|(?:var[oó]n|mujer|niñ[oa]) de \\d{1,3} años|' +
    '(?:service|guide|assistance|therapy) dogs?|perros? (?:gu[ií]a|de asistencia|de terapia)',
);

/** Quick screen: some animal or vet word's opening. */
const SCREEN = byFirstCharacter(
  /cattle|cow|calf|calv|heifer|herd|sheep|ewe|lamb|flock|goat|pig|sow|horse|mare|foal|dog|pupp|kitten|cat|poultry|hen|livestock|ganado|vaca|vacuno|terner|novill|reba|oveja|ovino|corder|cabra|cerd|porcino|lech|caball|yegua|potr|perr|cachorr|gat|gallina|conejo|vet/i,
);

/**
 * On the finding's line: a person (the owner, the client, the writer, "she", "la señora"). An owner's own illness in
 * a vet's note ("the owner is on chemotherapy", "la señora está embarazada") stays; so does any line with a pronoun
 * that may be a person's, even where it is the animal's (fail closed).
 */
const PERSON_ON_LINE = words(
  "she|she['’]s|her|herself|he|he['’]s|his|him|himself|they|their|owner['’]?s?|client['’]?s?|keeper|rider|walker|" +
    "I|I['’]m|I['’]ve|my|me|we|our|wife|husband|sister|brother|mother|father|son|daughter|" +
    'ella|[eé]l|señora|señor|sra|sr|dueñ[oa]s?|propietari[oa]s?|cliente|titular|cuidador[a]?|paseador[a]?|jinete|' +
    'tengo|estoy|est[aá] (?:en|embarazada)|comenta|dice que|mi|mis|nuestr[oa]s?|marido|mujer|espos[oa]|herman[oa]|hij[oa]',
);

/** Findings without the health terms of a text whose patient is an animal. */
export function dropAnimalHealth(text: string, findings: Finding[]): Finding[] {
  if (!SCREEN.test(text) || !ANIMALS(text) || !VETERINARY(text) || HUMAN(text)) return findings;
  return findings.filter((f) => {
    if (f.label !== 'MEDICAL') return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const line = text.slice(lineStart, next < 0 ? text.length : next);
    // The owner's name on the line, or a word for a person.
    if (findings.some((p) => p.label === 'PERSON' && p.start < lineStart + line.length && p.end > lineStart))
      return true;
    return PERSON_ON_LINE.test(line);
  });
}
