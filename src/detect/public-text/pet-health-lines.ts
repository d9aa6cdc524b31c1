import type { Finding } from '../types.js';
import { wholeWords as words } from '../whole-words.js';
import { lineOf } from './text-lines.js';

/**
 * A pet's health on one line of a text about people: a house-sitter's handover ("Biscuit's meds: half a tablet
 * twice a day (he's a 10yo beagle, arthritis)"), a boarding kennel's FAQ ("Our spaniel takes tablets daily, can staff give them? ...
 * for his heart murmur"), a neighbour's message. animal-health.ts reads a whole text whose patient is an animal and
 * steps aside when a person's health is named anywhere ("my mum"); this reading asks of each line holding a health
 * finding whether the line itself says its patient is an animal:
 * - an animal as the subject of a health phrase: "my dog is on", "our cat has", "the puppy's meds", "mi perro
 *   toma", "la gata tiene";
 * - a pronoun said to be an animal: "he's a 12yo spaniel", "she's an old cat", "es una perra de 9 años".
 * On such a line "he", "her", "we", "my" are the pet's or its keepers', so only a word for a person's own body keeps
 * the line's findings: the writer ("I", "me", "tengo"), a relative, an owner or a client named as such. The pet by
 * the prompt sets' convention bears no MEDICAL value; an animal as a cause ("bitten by a dog") is no subject.
 */

/** Animals kept as pets or on a smallholding, and their young. */
const ANIMAL =
  'dogs?|pupp(?:y|ies)|pup|cats?|kittens?|kitty|pets?|rabbits?|bunny|guinea pigs?|hamsters?|ferrets?|parrots?|' +
  'budgies?|tortoises?|horses?|pony|ponies|mares?|geldings?|' +
  'perr[oa]s?|cachorr[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|conejos?|cobayas?|h[aá]msters?|hurones?|loros?|' +
  'periquitos?|tortugas?|caballos?|yeguas?|ponis?';
/** Breeds a sentence names a pet by ("a 12yo spaniel"): a closed list of common dog and cat breeds. */
const BREED =
  'spaniel|labrador|retriever|terrier|collie|sheepdog|poodle|beagle|whippet|greyhound|lurcher|dachshund|pug|' +
  'bulldog|husky|schnauzer|chihuahua|shih ?tzu|cockapoo|cavapoo|labradoodle|cavalier|springer|rottweiler|' +
  'dobermann?|westie|yorkie|bichon|pomeranian|corgi|dalmatian|great dane|mastiff|staffie|staffy|jack russell|' +
  'german shepherd|galgo|podenco|mast[ií]n|caniche|teckel|carlino|yorkshire|pastor alem[aá]n|maine coon|ragdoll|' +
  'siamese|siam[eé]s|tabby|moggy';
/** An age as a pet's description gives it: "12yo", "9-year-old", "old", "senior", "de 9 años". */
const PET_AGE = '(?:\\d{1,2} ?(?:yo|y/o|yrs?|years? old)|\\d{1,2}-year-old|old|elderly|senior|young|little|big|rescue)';

const ANIMAL_PATIENT = words(
  // An animal as a health phrase's subject: "my dog is on", "our cat has", "the puppy's meds", "dog's tablets".
  `(?:my|our|your|the|his|her|their) (?:old |elderly |senior |young |little |rescue )?(?:${ANIMAL})(?:['’]s)? ` +
    '(?:is on|was on|has been on|takes|needs|has|had|has had|was diagnosed|is diagnosed|gets|meds|medication|medicine|' +
    'tablets|pills|drops|injections?|condition|treatment|diagnosis|allergy|allergies)|' +
    `(?:${ANIMAL})['’]s (?:meds|medication|medicine|tablets|pills|drops|injections?|condition|treatment|diagnosis)|` +
    // A pronoun said to be an animal: "he's a 12yo spaniel", "she is an old cat".
    `(?:he|she|it)(?:['’]s| is) an? (?:${PET_AGE} )?(?:(?:${BREED}) ?(?:cross|mix|x)?|${ANIMAL})|` +
    // Spanish: "mi perro toma", "la gata tiene", "es una perra de 9 años", "es un galgo".
    `(?:mi|nuestr[oa]|tu|su|el|la) (?:${ANIMAL}) (?:toma|tiene|tuvo|lleva|est[aá] (?:con|en tratamiento|tomando)|necesita|padece|sufre)|` +
    `(?:es|era) (?:un|una) (?:${ANIMAL}|${BREED})(?: de \\d{1,2} (?:años|meses))?`,
);

/** A person's own body on the line: the writer, a relative, an owner or a client named as such. */
const PERSON_OWN =
  /(?<![\p{L}\p{N}])(?:I|I['’]m|I['’]ve|me|myself|owner['’]?s?|client['’]?s?|son|daughter|wife|husband|partner|mum|mom|mother|dad|father|sister|brother|grand\p{L}+|baby|child|tengo|estoy|me|yo|dueñ[oa]s?|propietari[oa]s?|hij[oa]s?|madre|padre|marido|mujer|espos[oa]|herman[oa]s?|abuel[oa]s?|beb[eé])(?![\p{L}\p{N}])/iu;

/** Quick screen: an animal's or a breed's opening somewhere in the text. */
const SCREEN =
  /dog|pup|cat|kitt|pet|rabbit|bunny|guinea|hamster|ferret|parrot|budgie|tortoise|horse|pon|mare|gelding|perr|cachorr|gat|mascota|conejo|cobaya|h[aá]mster|hur[oó]n|loro|periquito|tortuga|caball|yegua|spaniel|labrador|retriever|terrier|collie|poodle|beagle|whippet|hound|lurcher|dachshund|pug|bulldog|husky|schnauzer|chihuahua|tzu|poo|cavalier|springer|rottweiler|doberman|westie|yorkie|bichon|pomeranian|corgi|dalmatian|dane|mastiff|staff|russell|shepherd|galgo|podenco|mast[ií]n|caniche|teckel|carlino|coon|ragdoll|siam|tabby|moggy/i;

/** Whether a line says its patient is an animal and names no person's own body. */
function petLine(line: string): boolean {
  return ANIMAL_PATIENT.test(line) && !PERSON_OWN.test(line);
}

/** Findings without the health terms on lines whose patient is a pet. */
export function dropPetHealthLines(text: string, findings: Finding[]): Finding[] {
  if (!SCREEN.test(text) || !findings.some((f) => f.label === 'MEDICAL')) return findings;
  // Each line read once: the answer for the last line asked.
  let lineStart = -1;
  let pet = false;
  return findings.filter((f) => {
    if (f.label !== 'MEDICAL') return true;
    const start = text.lastIndexOf('\n', f.start - 1) + 1;
    if (start !== lineStart) {
      lineStart = start;
      pet = petLine(lineOf(text, f));
    }
    return !pet;
  });
}
