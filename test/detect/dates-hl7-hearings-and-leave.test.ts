import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const dates = (text: string) => spansOf(engine, text, ['DATE']);

describe('dates: an HL7 PID birth field, hearings set, leave starts, Nordic sick notes', () => {
  it('reads the seventh field of a PID segment as a date of birth, in no other field or segment', () => {
    expect(dates('MSH|^~\\&|ADT|WARD\nPID|1||K20931^^^H^MR||NAVARRO^ELENA||19681103|F|||')).toEqual(['19681103']);
    expect(dates('PID|1||55120^^^MAIN^MR~9434765919^^^NHS^NH||PATEL^RAVI^J||200312250000|M')).toEqual(['20031225']);
    expect(dates('PID|1||H7781^^^X^MR||LEE^JO||19991302|F')).toEqual([]);
    expect(dates('OBR|1|4412|88120||||20261201|||')).toEqual([]);
  });

  it('reads a hearing or a meeting set for a day, with a clock time after it', () => {
    expect(dates('The appeal hearing set for Thu 8 Jan 10am, panel of two.')).toEqual(['8 Jan']);
    expect(dates('Disciplinary hearing set for 21 Jan 3.30pm with HR present.')).toEqual(['21 Jan']);
    expect(dates('La vista quedó señalada para el 4 de febrero de 2027 en la Sala 3.')).toEqual([
      '4 de febrero de 2027',
    ]);
    expect(dates('Comparecencia el 12 de marzo de 2027 a las 9:30.')).toEqual(['12 de marzo de 2027']);
  });

  it('reads the start of a leave after "desde el" with a day and a month, never a fraction', () => {
    expect(dates('Trabajadora de baja médica desde el 3/11, revisar complemento.')).toEqual(['3/11']);
    expect(dates('Empleado 4410: IT por ciática a partir del 17/10.')).toEqual(['17/10']);
    expect(dates('Baja por gripe desde el 8/1 y alta prevista.')).toEqual(['8/1']);
    expect(dates('El descuento pasa desde el 3/4 del precio al total.')).toEqual([]);
  });

  it('reads the dates of a Swedish or Danish sick note pasted in an HR e-mail', () => {
    expect(dates('Sjukskriven 100 % från 2026-09-07 enligt läkarintyg.')).toEqual(['2026-09-07']);
    expect(dates('Avstämningsmöte med Försäkringskassan 9 december kl 13.')).toEqual(['9 december']);
    expect(dates('Medarbejderen er sygemeldt fra 2026-11-02.')).toEqual(['2026-11-02']);
  });

  it('reads a birth date scanned by OCR with the letter O for a zero, after a birth cue only', () => {
    expect(dates('Date of birth: 2O.O3.1991 (scan, page 2)')).toEqual(['2O.O3.1991']);
    expect(dates('Geburtsdatum: O4.1O.1978')).toEqual(['O4.1O.1978']);
    expect(dates('Fecha de nacimiento 3O/O6/2OO2, firma ilegible.')).toEqual(['3O/O6/2OO2']);
    expect(dates('Form ref 2O.O3.1991 printed on the footer of every page.')).toEqual([]);
    expect(dates('Date of birth: 4O.O3.1991')).toEqual([]);
  });
});
