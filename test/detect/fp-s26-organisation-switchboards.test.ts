import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const contacts = (text: string) => spansOf(engine, text, ['PHONE', 'EMAIL']);

/** Public notices: a switchboard after the organisation's name, and its desk mailbox, are the organisation's. */
const NOTICES: Record<string, string> = {
  'a water company notice': `Aviso a los vecinos
Corte de agua el jueves de 9 a 14 h por obras en la red.
Disculpen las molestias.
Aguas del Tiétar S.A. · Tel. 924 55 71 30 · averias@aguastietar.es`,
  "a trust's library notice": `Library closure notice
The library will be closed on 4 May for rewiring.
Returns can go in the book drop by the side door.
Queries: Harrowgate Community Trust 0161 496 0732`,
  'un aviso de un club deportivo': `Inscripciones abiertas para la liga de invierno
Categorías: benjamín, alevín e infantil.
Entrenamientos martes y jueves de 18 a 19:30 h.
Club Deportivo Arenales, 987 22 41 90`,
  "a gardening society's show schedule": `Autumn show schedule
Classes 1-12: vegetables; classes 13-20: flowers and floral art.
Staging from 8am, judging at 11am, prize-giving at 4pm.
Thornbury Horticultural Society 01454 960 227`,
};

describe("an organisation's switchboard in a public notice", () => {
  for (const [name, text] of Object.entries(NOTICES))
    it(`leaves the number and desk mailbox of ${name}`, () => {
      expect(contacts(text)).toEqual([]);
    });

  it("keeps a person's number on a line of its own in the same notice", () => {
    const text = `Inscripciones abiertas para la liga de invierno
Entrenamientos martes y jueves de 18 a 19:30 h.
Club Deportivo Arenales, 987 22 41 90
Entrenadora: Lidia Ferro, móvil 611 37 05 92`;
    expect(contacts(text)).toEqual(['611 37 05 92']);
  });

  it("keeps a number after an organisation's name in a text tied to someone", () => {
    const text = `Patient: Rhona Pendrick, NHS 943 476 5919
Seen today for a sprained wrist; follow-up booked.
Results will be sent by post.
Pendrick Family Trust 01632 960 544`;
    expect(contacts(text)).toContain('01632 960 544');
  });
});
