import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: a capitalised cue that opens the sentence', () => {
  it('finds the name after "Soy", "Contact" and the like, also inside guillemets', () => {
    expect(people('Operadora: «Buenos días. Soy Begoña Iturralde, ¿en qué le ayudo?»')).toEqual(['Begoña Iturralde']);
    expect(people('Soy Gonzalo Etxeberria, del departamento de ventas.')).toEqual(['Gonzalo Etxeberria']);
    expect(people('Contact Priya Raghunathan before Friday.')).toEqual(['Priya Raghunathan']);
  });
});

describe('NlpDetector: instructions and roles before a colon are not speakers', () => {
  it('leaves prompt instructions and transcript roles alone', () => {
    expect(people('Proofread: "Dear team, the launch moves to May."')).toEqual([]);
    expect(people('Summarize: «el pedido llegó roto»')).toEqual([]);
    expect(people('Categorize: "late delivery, wrong size"')).toEqual([]);
    expect(people('Agente: «Gracias por llamar.»\nCliente: «Tengo una duda.»')).toEqual([]);
  });
  it('leaves the field labels of a ticket or form alone, and still finds the person in it', () => {
    const ticket =
      'Asunto: no puedo entrar\nCorreo: soporte@empresa.es\nPrioridad: alta\nDescripción: Lo reporta Nerea Olabarria.';
    expect(people(ticket)).toEqual(['Nerea Olabarria']);
    expect(people('Subject: login loop\nPriority: high\nStatus: open\nReporter: Dmitri Volkov')).toEqual([
      'Dmitri Volkov',
    ]);
  });
});

describe('NlpDetector: titles of office and public figures', () => {
  it('takes the name after a title of office, also after a role', () => {
    expect(people('Yesterday President Okafor opened the session.')).toEqual(['Okafor']);
    expect(people('La ministra Arrizabalaga presentó el plan.')).toEqual(['Arrizabalaga']);
    expect(people('Army Spokesman Colonel Devendra Rathore said the road was closed.')).toEqual(['Devendra Rathore']);
  });

  it('leaves titles that are part of a street or a building alone', () => {
    expect(people('Hospital de la Princesa. Departamento de Cirugía.')).toEqual([]);
    expect(people('Nos vemos en la Plaza Dr. Ferrán, 5, Terrassa.')).toEqual([]);
    expect(people('The parcel went to 12 rue du Président Wilson, Lyon.')).toEqual([]);
  });

  it('takes a public figure named by one word', () => {
    expect(people('I do not think Merkel would have agreed.')).toEqual(['Merkel']);
    expect(people('Everyone was talking about Messi after the final.')).toEqual(['Messi']);
    expect(people('We had lunch near Trump Tower.')).toEqual([]);
  });
});

describe('NlpDetector: lists with family names that are words, and foreign family names alone', () => {
  it('takes a family name that is also a word inside a list of names', () => {
    expect(people('The report was written by Okonjo and Hill last spring.')).toEqual(['Okonjo', 'Hill']);
    expect(people('Guests: Peter, Maria, Ingrid and Dawn.')).toContain('Dawn');
    expect(people('She bought Black and White prints.')).toEqual([]);
    expect(people('Quotes came from Hicks and Brown and Abt Associates.')).toEqual([]);
  });

  it('takes a capitalised word spelt or ending like a Nordic or Slavic family name', () => {
    expect(people('Nobody sings it like early Kristiansson?')).toEqual(['Kristiansson']);
    expect(people('The best solo is by Wiśniewski, as usual.')).toEqual(['Wiśniewski']);
    expect(people('They ordered parts from Smith & Wesson last year.')).toEqual([]);
    expect(people('We stayed in Jyväskylä for a week.')).toEqual([]);
  });
});

describe('NlpDetector: names in text typed without capitals', () => {
  it('takes lists of names, speakers of dialogue lines and the values of name fields', () => {
    expect(people('the study was run by nakamura and okafor in 2019.')).toEqual(['nakamura', 'okafor']);
    expect(people('we invited marisol, thomas and kateryna to the party.')).toEqual(['marisol', 'thomas', 'kateryna']);
    expect(people('oyinda: "where did you leave the car keys this morning"\nbenedikt: "on the kitchen table"')).toEqual(
      ['oyinda', 'benedikt'],
    );
    expect(people('please ship it today, the details are below\nname: oyelaran t. adebayo\nthanks a lot')).toEqual([
      'oyelaran t. adebayo',
    ]);
  });

  it('leaves lists of things alone', () => {
    expect(people('we need eggs, milk and bread for the weekend.')).toEqual([]);
    expect(people('i run kubernetes and docker on my laptop.')).toEqual([]);
    expect(people('note: "restart the server first"')).toEqual([]);
  });
});

describe('NlpDetector: a given name that is also a word, and the recipient line of an address', () => {
  it('takes such a given name before a family name when the context fits a person', () => {
    expect(people('Frank Okonkwo listed his favourite albums.')).toEqual(['Frank Okonkwo']);
    expect(people('Hope you get his message.')).toEqual([]);
  });

  it('takes the name that opens an address block after its cue', () => {
    expect(people('Shipping address: Ingvild Haugen\n14 Elm Street, Leeds')).toEqual(['Ingvild Haugen']);
    expect(people('Shipping address: Main Street Pharmacy\n14 Elm Street, Leeds')).toEqual([]);
  });
});

describe('NlpDetector: lower-case lines in a text with capitals', () => {
  it('reads a chat line typed without capitals as lower-case text', () => {
    expect(people('Release checklist\nnadia: did you tag the build yet?\nok, and tobias reviewed it')).toEqual([
      'nadia',
      'tobias',
    ]);
    expect(people('Notes\nsegún relata la paciente, el dolor empezó ayer por la tarde')).toEqual([]);
  });
});

describe('NlpDetector: clergy addressed by office', () => {
  it('finds the name after Pastor, Imam, Bishop, Chaplain, el obispo, la pastora', () => {
    expect(people('References: Pastor Dorcas Mensah-Hill, 0161 496 0732')).toEqual(['Dorcas Mensah-Hill']);
    // Imam is a given name too: the span may keep it, as long as it covers the name.
    expect(people('Imam Tariq Abulhasan will lead the prayers at the funeral.')[0]).toMatch(/Tariq Abulhasan$/);
    expect(people('Letter of support from Chaplain Ewan Strachan attached.')).toEqual(['Ewan Strachan']);
    expect(people('Nos casó la pastora Noemí Arrieta en su iglesia.')).toEqual(['Noemí Arrieta']);
  });
  it('leaves the dog breed and the sheep farmer alone', () => {
    expect(people('Tenemos un pastor alemán de tres años.')).toEqual([]);
    expect(people('The pastor preached on forgiveness.')).toEqual([]);
  });
});

describe('NlpDetector: who witnesses or attests a signature', () => {
  it('finds the name after witnessed by, sworn before, ante el notario', () => {
    expect(people('Affidavit witnessed by T. Abernethy, solicitor')).toEqual(['T. Abernethy']);
    expect(people('Sworn before Nerys Gwynedd, Commissioner for Oaths')).toEqual(['Nerys Gwynedd']);
    expect(people('Poder otorgado ante el notario Fermín Ollero Vidaurre')).toEqual(['Fermín Ollero Vidaurre']);
  });
  it('leaves a body that witnesses alone', () => {
    expect(people('Witnessed by the Parish Council')).toEqual([]);
  });
});

describe('NlpDetector: professions abbreviated as titles in Spanish signatures', () => {
  it('takes the name after Enf., Kine, Klga., Mtra. and the like, title included, and not the title said again', () => {
    expect(people('Sin cambios en la noche.\nEnf. Macarena Villalobos')).toEqual(['Enf. Macarena Villalobos']);
    expect(people('Kine Ignacio Barrientos, ficha de kine respiratoria adjunta')).toEqual(['Kine Ignacio Barrientos']);
    expect(people('Revisado por Mtra. Leticia Ocampo.')).toEqual(['Mtra. Leticia Ocampo']);
  });
  it('leaves the abbreviation alone when no name follows', () => {
    expect(people('Enf. turno noche: sin incidencias')).toEqual([]);
  });
});
