import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

// Dates of a person's case: a lawsuit's facts, an injury or an operation in a clinical note, an absence or a
// return. Every name and date is invented.
const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('dates in a lawsuit that concern its parties', () => {
  it('reports the facts, the filing and the hearing of a complaint in English', () => {
    expect(dates('2. On March 3, 2026, Plaintiff tripped on a loose stair tread at the rear entrance.')).toEqual([
      'March 3, 2026',
    ]);
    expect(dates('The defendant was served on 4 April 2026 and answered within the term.')).toEqual(['4 April 2026']);
    expect(dates('Respondent failed to appear at the conference of 12 January 2027.')).toEqual(['12 January 2027']);
  });

  it('reports the facts and the hearing of a Spanish claim', () => {
    expect(dates('Reclamación contra la demandada por el impago de las rentas desde el 1 de marzo de 2026.')).toEqual([
      '1 de marzo de 2026',
    ]);
    expect(dates('La vista oral está señalada para el 12 de enero de 2027.')).toEqual(['12 de enero de 2027']);
    expect(dates('El arrendatario abandonó el local el 30 de septiembre de 2026 sin preaviso.')).toEqual([
      '30 de septiembre de 2026',
    ]);
  });
});

describe('dates of an injury, an operation or a return in a note', () => {
  it('reports the date of an operation or an injury', () => {
    expect(dates('A: 5 months post knee arthroscopy on 14 June 2026, progressing well.')).toEqual(['14 June 2026']);
    expect(dates('Fell from a step-ladder on 2 October 2026 at the warehouse.')).toEqual(['2 October 2026']);
    expect(dates('Acude tras la operación del 3 de febrero de 2026 por dolor en la herida.')).toEqual([
      '3 de febrero de 2026',
    ]);
  });

  it('reports the end of a fit note, an absence or the day someone came back, without a year', () => {
    expect(dates('fit note given until 18 January. review with GP.')).toEqual(['18 January']);
    expect(dates('Rosa comenta que Iván estará fuera del 3 al 14 de febrero.')).toEqual(['3 al 14 de febrero']);
    expect(dates('Marta volvió el 9 de septiembre y se reparte de nuevo la cartera.')).toEqual(['9 de septiembre']);
    expect(dates('Nota: Jaime estuvo incapacitado hasta el 20 de noviembre.')).toEqual(['20 de noviembre']);
  });

  it('reports a date of birth or an event written "the 4th of July"', () => {
    expect(dates('I was born on the 9th of May 1984 in Galway.')).toEqual(['9th of May 1984']);
    expect(dates('Date of birth: 21st of March 1990')).toEqual(['21st of March 1990']);
    expect(dates('He was injured on the 2nd of October 2026 at the depot.')).toEqual(['2nd of October 2026']);
  });

  it('reports the dates of a scan, a treatment session or someone holidays', () => {
    expect(dates('Her last chemo session was on Nov 28 and the scan is Dec 15.')).toEqual(['Nov 28', 'Dec 15']);
    expect(dates('Vacaciones de Luis: del 22 de diciembre al 7 de enero.')).toEqual(['22 de diciembre', '7 de enero']);
    expect(dates('Tiene la analítica el 4 de marzo y la ecografía el 11 de marzo.')).toEqual([
      '4 de marzo',
      '11 de marzo',
    ]);
  });

  it('leaves plans, free trials and releases alone', () => {
    expect(dates('Our free trial ends on 3 March 2026 for every workspace.')).toEqual([]);
    expect(dates('Release 4.2 shipped on 14 June 2026 with the new exporter.')).toEqual([]);
    expect(dates('La reunión de producto es el 12 de enero en la sala 3.')).toEqual([]);
  });
});
