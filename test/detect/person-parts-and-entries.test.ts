import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: a family name named by a cue', () => {
  it('takes the word after "surname", "née" or "de apellido"', () => {
    expect(people('pt: Walter (surname Achterberg), 77')).toEqual(['Walter', 'Achterberg']);
    expect(people('Mrs Ellen Hart, née Whitcombe, signed')).toEqual(['Mrs Ellen Hart', 'Whitcombe']);
    expect(people('una clienta de apellido Urquiza')).toEqual(['Urquiza']);
  });
});

describe('NlpDetector: the same person named again', () => {
  it('takes a lone given name again once a list of people held it', () => {
    const minutes = 'Present: Laura Pérez, Tomás Gil, Ritesh, Beatriz\n- Ritesh raised that the doors fail in the cold';
    expect(people(minutes)).toContain('Ritesh');
    expect(people(minutes).filter((p) => p === 'Ritesh')).toHaveLength(2);
  });

  it('takes a compound given name again in lower case', () => {
    const notes = 'candidate: Anne-Marie Okafor — data engineer loop\nanne-marie strong on Spark, fine on cost';
    expect(people(notes)).toEqual(['Anne-Marie Okafor', 'anne-marie']);
  });

  it('leaves lower-case words that are also words of some language alone', () => {
    expect(people('Motivo: Dolor Torácico.\nRefiere dolor en el pecho desde ayer.')).not.toContain('dolor');
  });
});

describe('NlpDetector: full names opening a sentence or an entry line', () => {
  it('takes a given name that is also a word when only family names follow', () => {
    expect(
      people('Asistentes: Consuelo Goicoechea, Tomás Rubio\n2. Pendiente de que Consuelo reciba la oferta.'),
    ).toEqual(['Consuelo Goicoechea', 'Tomás Rubio', 'Consuelo']);
  });

  it('takes a given name and an unknown word that head a line before a dash', () => {
    expect(people('Florencia Quintabani — diseño gráfico, monotributista')).toEqual(['Florencia Quintabani']);
    expect(people('Georgia Aquarium - tickets')).toEqual([]);
  });
});

describe('NlpDetector: owners of action items and contact persons', () => {
  it('takes a given name that opens an action item', () => {
    const actions = 'Actions:\n- Anil to update the runbook\n- Ritesh owns the rota\n- Paris to host the offsite';
    expect(people(actions)).toEqual(['Anil', 'Ritesh']);
    expect(people('- Will to check the logs')).toEqual([]);
  });

  it('takes the value of a contact person field', () => {
    expect(people('Contact person: Xu Mingyu')).toEqual(['Xu Mingyu']);
  });
});
