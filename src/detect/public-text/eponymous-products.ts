import { byFirstCharacter } from '../factor-alternatives.js';
import type { Finding } from '../types.js';
import { wholeWords as words } from '../whole-words.js';

/**
 * Drinks, dishes and brands named after people or places: a Tom Collins, a beef Wellington, eggs Benedict, a
 * pizza Margherita, a glass of Pedro Ximénez, a Galliano float. On a menu, a bar list or in a recipe they are
 * products, not persons, and the liqueur is no place.
 * - A dish written with its food word ("beef Wellington", "huevos a la Benedict", "tarta Sacher", "Caesar salad") is
 *   a dish in any text; so are a body part, a scale or a disease named after someone or somewhere ("loop of Henle",
 *   "Glasgow 14", "Lyme disease").
 * - A drink or a brand that is also a plain name ("Shirley Temple", "Arnold Palmer", "Paloma", "Galliano") is one
 *   only in a text that reads as a menu or a recipe: two different cues of a menu, a bar list or a recipe (prices,
 *   measures, spirits, "garnish", "ingredientes", "carta", "postres"...).
 * A name found outside such a product's words (the bartender, the chef, the guest) stays.
 */

/** Dishes with their food word: a dish wherever written. */
const DISHES =
  'beef wellington|wellington de (?:ternera|solomillo)|solomillo wellington|eggs benedict|huevos (?:a la )?benedict(?:ina)?|' +
  'pizza margh?erita|pizza margarita|peach melba|p[eê]che melba|melocot[oó]n melba|melba toast|' +
  'caesar salad|ensalada c[eé]sar|crepes? suzette|cr[eê]pes? suzette|beef stroganoff|(?:filete|ternera|pollo|lomo|solomillo) (?:a la )?strogonoff|' +
  'stroganoff|oysters rockefeller|ostras rockefeller|tarte tatin|tarta tatin|sachertorte|tarta sacher|sacher torte|' +
  'fettuccine alfredo|fettuccine al alfredo|bananas foster|chicken tetrazzini|pollo tetrazzini|veal orloff|' +
  'omelette arnold bennett|arnold bennett omelette|pommes anna|potatoes anna|apple charlotte|charlotte russe|' +
  'pavlova|lamington|lamingtons|madeleines?|magdalenas? de proust|victoria sponge|tarta victoria|' +
  'salsa (?:mornay|bechamel|b[eé]chamel)|mornay sauce|b[eé]chamel sauce|reuben sandwich|cobb salad|' +
  'earl grey|lady grey|sally lunn|pollo marengo|chicken marengo|tournedos rossini|solomillo rossini|' +
  'carpaccio|chateaubriand|brown betty|graham crackers?|nachos|kaiserschmarrn|garibaldi biscuits?|' +
  // Parts of the body named after anatomists: a textbook's, a report's words, never a person or a street.
  'pol[ií]gono de willis|c[ií]rculo (?:arterial )?de willis|circle of willis|asa de henle|loop of henle|' +
  'islotes de langerhans|islets of langerhans|trompa de eustaquio|eustachian tube|haz de his|bundle of his|' +
  'fibras de purkinje|purkinje fibres|purkinje fibers|c[eé]lulas de (?:purkinje|schwann|kupffer|leydig|sertoli)|' +
  '(?:purkinje|schwann|kupffer|leydig|sertoli) cells|n[oó]dulos de ranvier|nodes of ranvier|[aá]rea de (?:broca|wernicke)|' +
  "(?:broca|wernicke)['’]?s? area|conducto de wirsung|duct of wirsung|ampolla de vater|ampulla of vater|" +
  "tri[aá]ngulo de (?:calot|hesselbach|scarpa)|(?:calot|hesselbach|scarpa)['’]?s triangle";

/**
 * Scales, tests, rules and diseases named after the place that published or first saw them: "Glasgow < 9",
 * "Nottingham grade 3", "a Boston naming score", "Lyme disease". Never a place; a health reading, someone's or a
 * protocol's (text-genre.ts decides whose).
 */
const CLINICAL_EPONYMS =
  '(?:escala (?:de coma )?de )?glasgow(?= ?(?:coma|[≤<>≥=]|\\d{1,2}(?:/15)?(?![\\d.,:/]| ?(?:years?|a[nñ]os|days?|d[ií]as|weeks?|semanas|months?|meses|km|miles))))|' +
  'lyme disease|enfermedad de lyme|ebola|[eé]bola|zika|marburg virus|virus de marburgo|west nile (?:virus|fever)|' +
  'virus del nilo occidental|stockholm syndrome|s[ií]ndrome de estocolmo|spanish flu|gripe española|lassa fever|' +
  'fiebre de lassa|rocky mountain spotted fever|norwalk virus|coxsackie|' +
  'nottingham(?= ?(?:grade|grading|score|prognostic|index|\\d\\s?\\+|\\d\\b))|(?:grado|escala) de nottingham|' +
  'boston naming test|boston(?= (?:subset|naming|diagnostic aphasia))|test de (?:denominaci[oó]n de )?boston|' +
  'manchester triage(?: system)?|(?:sistema de )?triaje (?:de )?manchester|ottawa (?:ankle|knee|foot) rules?|' +
  'reglas de ottawa|canadian (?:c-spine|ct head) rules?|framingham(?: risk| score| study)?|' +
  'geneva score|escala de ginebra|san francisco syncope rule';

/** Drinks, spirits and brands named like people or places: products only in a menu or a recipe. */
const DRINKS =
  'tom collins|john collins|arnold palmer|shirley temple|roy rogers|bloody mary|bloody maria|rob roy|bobby burns|' +
  'harvey wallbanger|jack rose|tom and jerry|mary pickford|rosie lee|brandy alexander|john daly|mamie taylor|' +
  'gin rickey|joe rickey|ramos gin fizz|ramos fizz|tom thumb|old tom(?= gin)|old pal|hanky panky|hemingway daiquiri|' +
  'papa doble|bellini|rossini|garibaldi|negroni|kir royal|kir|paloma|margarita|' +
  "jack daniel['’]?s|johnnie walker|jim beam|captain morgan|jos[eé] cuervo|don julio|t[ií]a mar[ií]a|t[ií]o pepe|" +
  'ron barcel[oó]|ram[oó]n bilbao|marqu[eé]s de riscal|dom p[eé]rignon|veuve clicquot|pedro xim[eé]nez|' +
  'galliano|chartreuse|cointreau|frangelico|drambuie|b[eé]n[eé]dictine|campari|aperol|grand marnier|' +
  'southern comfort|disaronno|malibu|curaçao|curacao|angostura|worcestershire|tabasco|maraschino|chinch[oó]n|' +
  'cognac|armagnac|calvados|champagne|rioja|ribera del duero|jerez|madeira|marsala|porto|oporto|' +
  'mediterranean diet|dieta mediterr[aá]nea';

const DISH_WORDS = words(DISHES, 'giu');
const CLINICAL_WORDS = words(CLINICAL_EPONYMS, 'giu');
const PRODUCT_WORDS = words(`${DISHES}|${DRINKS}`, 'giu');

/** Cues of a menu, a bar list or a recipe; two different ones make the text one. */
const MENU_CUE = words(
  'menus?|men[uú]|carta|cocktails?|c[oó]cteles?|c[oó]ctel|mocktails?|drinks list|bar list|wine list|recipes?|recetas?|' +
    'ingredients|ingredientes|garnish(?:ed)?|guarnici[oó]n|decorar|shaken?|stir(?:red)?|strain|agitar|remover|' +
    'serves \\d{1,2}|para \\d{1,2} personas|raciones|brunch|starters|mains|desserts|entrantes|postres|principales|' +
    'tapas|happy hour|ABV|\\d+(?:[.,]\\d+)? ?(?:ml|cl|oz|g|kg|tsp|tbsp)|cucharadas?|cucharaditas?|' +
    'gin|vodka|rum|ron|whisky|whiskey|scotch|bourbon|tequila|vermouth|vermut|liqueur|licor|bitters|syrup|sirope|' +
    'soda|tonic|t[oó]nica|lemon|lim[oó]n|lime|lima|ice|hielo|glass|copa|vaso|oven|horno|bake|hornear|' +
    '[£€$] ?\\d{1,3}(?:[.,]\\d{2})?|\\d{1,3}(?:[.,]\\d{2})? ?(?:€|EUR)',
  'giu',
);

function menuText(text: string): boolean {
  const seen = new Set<string>();
  MENU_CUE.lastIndex = 0;
  for (let m = MENU_CUE.exec(text); m !== null; m = MENU_CUE.exec(text)) {
    seen.add(/\d/.test(m[0]) ? 'number' : m[0].toLowerCase());
    if (seen.size >= 2) return true;
  }
  return false;
}

/**
 * Quick screen: a word every product's words hold (a product added above needs its word here), read of the whole
 * text before any lexicon runs over a window, and of each name's window.
 */
const SCREEN = byFirstCharacter(
  /glasgow|nottingham|boston|manchester|ottawa|ginebra|geneva|canadian|framingham|san francisco|lyme|ebola|[eé]bola|zika|marburg|nile|nilo|stockholm|estocolmo|spanish|española|lassa|rocky|norwalk|coxsackie|mediterr|willis|henle|langerhans|eustaqu|eustachian|his|purkinje|schwann|kupffer|leydig|sertoli|ranvier|broca|wernicke|wirsung|vater|calot|hesselbach|scarpa|wellington|benedict|marg[h]?erita|melba|c[eé]sar|caesar|suzette|strogonoff|stroganoff|rockefeller|tatin|sacher|alfredo|foster|tetrazzini|orloff|bennett|anna|charlotte|pavlova|lamington|madeleine|magdalena|victoria|mornay|b[eé]chamel|reuben|cobb|grey|lunn|marengo|rossini|carpaccio|chateaubriand|betty|graham|nachos|kaiserschmarrn|garibaldi|collins|palmer|temple|rogers|mary|maria|roy|burns|wallbanger|rose|jerry|pickford|lee|alexander|daly|taylor|rickey|ramos|thumb|old tom|pal|panky|hemingway|papa|bellini|negroni|kir|paloma|margarita|daniel|walker|beam|morgan|cuervo|julio|t[ií][ao] |barcel|bilbao|riscal|p[eé]rignon|clicquot|xim[eé]nez|galliano|chartreuse|cointreau|frangelico|drambuie|n[eé]dictine|campari|aperol|marnier|comfort|disaronno|malibu|cura[çc]ao|angostura|worcestershire|tabasco|maraschino|chinch[oó]n|cognac|armagnac|calvados|champagne|rioja|duero|jerez|madeira|marsala|porto/i,
);

/** The screen in the product words' own case folding (u), asked of the window around each name. */
const WINDOW_SCREEN = new RegExp(SCREEN.source, 'iu');

/** Findings without the persons and places that are a product's name in the text; a clinical eponym's read as health. */
export function dropEponymousProducts(text: string, findings: Finding[]): Finding[] {
  // The whole text's screen, answered by the first name's window that holds a screen word (the window is part of the
  // text), not by a scan of the whole text: a text with no such window keeps every name either way.
  let screened: boolean | undefined;
  let menu: boolean | undefined;
  const dropped = new Set<Finding>();
  const relabelled = new Map<Finding, Finding>();
  for (const f of findings) {
    if (f.label !== 'PERSON' && f.label !== 'LOCATION') continue;
    // The product's words around the finding (a window: a dish's food word may stand before or after the name).
    const from = Math.max(0, f.start - 30);
    const window = text.slice(from, Math.min(text.length, f.end + 30));
    // Every product's words hold one of the screen's: a window without one holds no product (most names' windows).
    const hit = WINDOW_SCREEN.exec(window);
    if (hit === null) continue;
    // The window's screen word is the text's (SCREEN's case folding differs from the window's only on "ſ" and the
    // Kelvin sign, which reach "s" and "k" under u): the whole text is scanned only for a window's hit holding one.
    screened ??= !/[\u017f\u212a]/.test(hit[0]) || SCREEN.test(text);
    if (!screened) return findings;
    const inside = (re: RegExp) => {
      re.lastIndex = 0;
      for (let m = re.exec(window); m !== null; m = re.exec(window))
        if (from + m.index <= f.start && from + m.index + m[0].length >= f.end) return true;
      return false;
    };
    if (inside(DISH_WORDS)) {
      dropped.add(f);
      continue;
    }
    // A clinical eponym is a health reading: dropped where a health finding already covers it, else read as one (the
    // place finding may be all that masks a score read on the test).
    if (inside(CLINICAL_WORDS)) {
      if (findings.some((m) => m.label === 'MEDICAL' && m.start < f.end && m.end > f.start)) dropped.add(f);
      else relabelled.set(f, { ...f, label: 'MEDICAL', type: 'SCALE' });
      continue;
    }
    if (!inside(PRODUCT_WORDS)) continue;
    menu ??= menuText(text);
    if (menu) dropped.add(f);
  }
  if (dropped.size === 0 && relabelled.size === 0) return findings;
  return findings.filter((f) => !dropped.has(f)).map((f) => relabelled.get(f) ?? f);
}
