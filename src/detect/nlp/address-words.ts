/**
 * Lower-case words that occur inside addresses in many languages, shared by the finders of address blocks
 * (address-block.ts) and of addresses typed without capitals (address-lower-case.ts), so both know the same ones.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Particles inside street and place names ("Rua do Arenque", "rue de la Paix", "Via dei Mille", "Van der Hoopweg"). */
export const ADDRESS_PARTICLES = words(`
  de del la las los el al do da dos das di dei della delle dello degli du d' le les des van von der den
`);

/** Abbreviations and short words inside street lines ("ul. Miła", "Király u.", "Hauptstr.", "no. 5", "12 bis"). */
export const STREET_ABBREVIATIONS = words('u ul str st r p.o po no nº bis');

/** Street-type words written in lower case in many languages ("12 rue du Bac", "33 avenue de Provence"). */
export const LOWER_STREET_TYPES = words(`
  rue via rua calle avenida avenue street road lane drive place court way boulevard square close crescent terrace
  parkway cours chemin allee impasse quai viale piazza strada ulica utca gate vej vei plads straat weg gasse strasse
`);

/** Words before a flat, suite or box number ("apt. 523", "piso 3", "box 17"). */
export const UNIT_WORDS = words('apt apartment suite ste unit flat floor box piso puerta planta');
