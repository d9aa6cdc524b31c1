import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const found = (text: string, label: string) => spansOf(engine, text, [label]);

describe('figures of literature and history', () => {
  it('drops novel characters and a later given name of a public figure', () => {
    const text =
      'Essay plan: Emma Woodhouse meddles, and Mr Knightley objects. Jane Austen mocks her; Jane never moralises.';
    expect(found(text, 'PERSON')).toEqual([]);
  });

  it('drops a given name with a regnal number', () => {
    expect(found('The war began while Carlos IV ruled Spain.', 'PERSON')).toEqual([]);
  });

  it('keeps a private person who shares a name with a figure', () => {
    expect(found('Please call our client Richard Roe III about the lease.', 'PERSON')).toEqual(['Richard Roe III']);
    expect(found('Henry VIII had six wives. Dear Henry, your essay is late.', 'PERSON')).toEqual(['Henry']);
  });

  it('drops business leaders named in a news summary', () => {
    expect(found('Sundar Pichai and Lisa Su both spoke about chips.', 'PERSON')).toEqual([]);
  });
});

describe('labels of homework and lessons', () => {
  it('reads a label before a colon as no speaker', () => {
    const found2 = (text: string) => spansOf(engine, text, ['PERSON']);
    expect(found2('Enunciado: "Compara dos novelas del siglo XIX".\nResumen: ideas clave.')).toEqual([]);
    expect(found2('Topic: "The printing press". Write 300 words.')).toEqual([]);
  });
});
