import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const namesPlaces = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION']);

/** Commentary on public works: their authors, singers, characters and the places they sing of are public. */
const COMMENTARY: Record<string, string> = {
  'un comentario de una copla': `Explica el doble sentido del estribillo de esta copla, en 60 palabras.

"Por la calle del Betis / va la Trinidad llorando; / el río le lleva el nombre / y la pena se la dejo."
La cantaba la tonadillera Remedios Alcalá; el juego de palabras está en "Trinidad", nombre y barrio.`,
  'a poem analysed for an English lesson': `For an English literature lesson, analyse the rhyme scheme and the metaphors of these stanzas.

"By Kilbride pier the fishing boats lie still, / and Maeve sings for a sailor lost at sea."
The poem was set to music and recorded by Niall Quinlivan; note the wordplay on "still" in line 1.`,
  'un análisis de un cuadro': `Haz un comentario de texto del análisis del cuadro para 2.º de Bachillerato.

En "La fragua de Vulcano", Velázquez sitúa a Apolo en el taller del dios; la escena, pintada en Roma, juega con
la metáfora de la luz divina frente al trabajo de los herreros.`,
  'a song’s sleeve notes discussed': `Help me shorten this song analysis for the sleeve notes of our reissue.

The chorus of "Harbour Lights over Galway" was written by lyricist Bernadette Cloonan and sung by Declan Furey;
the verses move from Salthill to the Claddagh, and the refrain repeats the pun on "light" and "lighter".`,
};

describe('commentary on public works (about-nobody.ts families)', () => {
  for (const [name, text] of Object.entries(COMMENTARY))
    it(`reports no name or place in ${name}`, () => {
      expect(namesPlaces(text)).toEqual([]);
    });

  it('keeps a friend in a personal message about a song', () => {
    const text = `My friend Oonagh Tierney loves the chorus of that song; she lives at 14 Wexford Road, Bray.
Can you write her a birthday card quoting the lyrics?`;
    expect(namesPlaces(text)).toContain('Oonagh Tierney');
  });
});
