import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();

describe('values listed under a heading that calls them invalid (text-genre.ts)', () => {
  it('drops every bare row of an "invalid cases" list, in Spanish and in English', () => {
    const es = `Ejercicio para clase: validar el NIF con la letra de control.
Casos inválidos (letra cambiada a propósito):
  43.118.902-C
  51.774.260-H
Casos válidos: los del enunciado.`;
    expect(spansOf(engine, es, ['NATIONAL_ID'])).toEqual([]);
    const en = `Unit tests for our ID checker.
Invalid cases:
- 43118902C
- 51774260H

Every one of these invalid cases must fail.`;
    expect(spansOf(engine, en, ['NATIONAL_ID'])).toEqual([]);
  });

  it('keeps a list under any other heading', () => {
    const text = `Documentos de los huéspedes (ficha de entrada):
  43.118.902-C
  Y2741806C`;
    expect(spansOf(engine, text, ['NATIONAL_ID']).length).toBeGreaterThan(0);
  });
});

describe("a package's funding link (contact.yaml, url-personal)", () => {
  it("is the maintainer's published page, not a profile someone leaked", () => {
    const text = `"node_modules/tiny-glob": {
  "version": "0.4.1",
  "funding": { "type": "ko-fi", "url": "https://ko-fi.com/mkowal-dev" }
}`;
    expect(spansOf(engine, text, ['URL'])).toEqual([]);
  });

  it('still reports a profile link in a message', () => {
    expect(spansOf(engine, 'the guy harassing me is https://github.com/mkowal-dev', ['URL'])).toEqual([
      'https://github.com/mkowal-dev',
    ]);
  });
});
