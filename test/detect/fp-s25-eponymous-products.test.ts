import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const namesPlaces = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION']);

/** Menus, bar lists and recipes: their drinks, dishes and liqueurs named after people or places are products. */
const PRODUCTS: Record<string, string> = {
  "a hotel bar's summer list": `Tidy the wording of our terrace drinks list, keep it under 15 words per line.

JOHN COLLINS — bourbon, lemon, sugar, soda water. £9
ROY ROGERS (alcohol-free) — cola, grenadine, cherry. £4
BRANDY ALEXANDER — cognac, crème de cacao, cream, grated nutmeg. £10.50
MARY PICKFORD — white rum, pineapple, maraschino. £9.50
Kir royal with Champagne and cassis, served in a flute. £12`,
  'la carta de un restaurante': `Corrige las faltas de esta carta y ordénala por precio.

Entrantes
- Ensalada César con pollo de corral — 11 €
- Carpaccio de ternera con parmesano — 13 €
Principales
- Solomillo Wellington con puré trufado — 26 €
- Filete Strogonoff con arroz pilaf — 19 €
Postres
- Tarta Sacher — 7 €
- Melocotón Melba — 6,50 €
Vinos por copa: Rioja crianza, Pedro Ximénez para el postre.`,
  'a brunch recipe card': `Make this recipe card friendlier for our café blog.

Eggs Benedict for 4
Ingredients: 4 English muffins, 8 eggs, 8 slices back bacon, 1 tbsp vinegar.
Poach the eggs, toast the muffins, spoon the hollandaise over. Serve with a Bloody Mary
(vodka 50 ml, tomato juice, a dash of Worcestershire and Tabasco, celery stick to garnish).`,
  'una receta de cócteles sin alcohol': `Hazme una ficha para la barra con estos cócteles.

Shirley Temple: ginger ale 150 ml, granadina 15 ml, cereza para decorar.
Arnold Palmer: té helado y limonada a partes iguales, con hielo.
Paloma sin alcohol: pomelo, lima, sirope de agave y soda.`,
};

describe('drinks, dishes and liqueurs named after people (eponymous-products.ts)', () => {
  for (const [name, text] of Object.entries(PRODUCTS))
    it(`reports no person or place in ${name}`, () => {
      expect(namesPlaces(text)).toEqual([]);
    });

  it('keeps the people of a menu: the bartender who made it', () => {
    const text = `Menu notes from our bartender Ciarán Mulholland:
TOM COLLINS — gin, lemon, sugar, soda. £10
Ask Ciarán Mulholland about the Rob Roy, £12.`;
    expect(namesPlaces(text)).toContain('Ciarán Mulholland');
    expect(namesPlaces(text)).not.toContain('TOM COLLINS');
  });

  it('keeps a person who shares a drink’s name outside a menu', () => {
    const text = 'Please send the signed lease to Arnold Palmer at the letting agency before Friday.';
    expect(namesPlaces(text)).toContain('Arnold Palmer');
  });

  it('keeps a town that names a wine outside a menu', () => {
    expect(namesPlaces('Mi hermana vive en Jerez desde marzo y trabaja en un hospital.')).toContain('Jerez');
  });
});

describe('parts of the body named after anatomists (eponymous-products.ts)', () => {
  it('reports no person or place in anatomy notes, English and Spanish', () => {
    expect(
      namesPlaces(`Make flashcards from my anatomy notes.
- Circle of Willis: anterior and posterior communicating arteries join the carotid and vertebral systems.
- Loop of Henle: the thick ascending limb is impermeable to water.
- Broca's area sits in the inferior frontal gyrus; damage gives expressive aphasia.`),
    ).toEqual([]);
    expect(
      namesPlaces(`Resume estos apuntes de histología.
- Nódulos de Ranvier: conducción saltatoria en fibras mielinizadas por células de Schwann.
- Islotes de Langerhans: células beta productoras de insulina.
- Haz de His y fibras de Purkinje: conducción ventricular.`),
    ).toEqual([]);
  });

  it('keeps a person whose surname is an anatomist’s', () => {
    expect(namesPlaces('Please forward the signed form to Marianne Willis at the front desk by Friday.')).toContain(
      'Marianne Willis',
    );
  });
});
