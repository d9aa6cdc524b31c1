import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const persons = (text: string) => spansOf(detector, text, ['PERSON']);

describe('NlpDetector: historical and public figures named in full', () => {
  it('does not report them in lectures, quizzes and essays', () => {
    expect(
      persons('Quiz: what did Charles Darwin observe on the Galápagos, and why did Rosalind Franklin matter?'),
    ).toEqual([]);
    expect(persons("Summarise Ada Lovelace's notes on the Analytical Engine for a school assembly.")).toEqual([]);
    expect(persons('Compara la poesía de Pablo Neruda con la de Alfonsina Storni en un párrafo.')).toEqual([]);
  });

  it('drops a span that runs from a listed name through a joiner', () => {
    expect(persons('Tema 4: Gabriel García Márquez y el realismo mágico.')).toEqual([]);
  });

  it('keeps the name when a personal cue shows someone private who shares it', () => {
    expect(persons('Please send the contract to my colleague Charles Darwin by Friday.')).toContain('Charles Darwin');
    expect(persons('Hola Miguel Delibes, te escribo por la factura.')).toContain('Miguel Delibes');
    expect(persons('Mi compañero Antonio Machado llega mañana.')).toContain('Antonio Machado');
    expect(persons('Name: Isaac Newton\nPhone: 07700 900123')).toContain('Isaac Newton');
    expect(persons('Isaac Newton <isaac.newton@example.org> asked for a refund.')).toContain('Isaac Newton');
  });

  it('keeps people who are not listed, and listed surnames under another given name', () => {
    expect(persons('Charles Darwin and Laura Pemberton both signed the lease.')).toContain('Laura Pemberton');
    expect(persons('Tom Darwin called about his invoice.')).toContain('Tom Darwin');
  });
});
