import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a nickname after "le decían", "alias", "nicknamed"', () => {
  it('finds the nickname, quoted or not, with its article outside (es, en)', () => {
    expect(names('Declaró que el conductor era petiso y que al otro le decían "el Pocho". Que huyeron.')).toContain(
      'Pocho',
    );
    expect(names('Según la vecina, al más alto le dicen «la Chona» en el barrio.')).toContain('Chona');
    expect(names('The second man, nicknamed "Boots", drove off in a grey van.')).toContain('Boots');
    expect(names('Otro de ellos, apodado Tano, tenía un tatuaje en el cuello.')).toContain('Tano');
    expect(names('Buscan a un hombre de unos 40 años, alias "Pocho", por el robo.')).toContain('Pocho');
  });

  it('does not read an ordinary word after "alias" or a lower-case nickname as a name', () => {
    expect(names('Add an alias Checkout for the route and restart the service.')).toEqual([]);
    expect(names('le dicen que espere en la fila.')).toEqual([]);
  });
});

describe('whoever signed for or received a delivery', () => {
  it('finds a quoted name or a listed given name after "by" (en, es)', () => {
    expect(names('Courier waybill 55120934, delivered 3 Dec 10:40, signed "Tobi".')).toContain('Tobi');
    expect(names('Guía 99812001 – entregado 02/12, recibió "Mari" en portería.')).toContain('Mari');
    expect(names('Parcel left at the door, received by Kelechi at 14:02.')).toContain('Kelechi');
    expect(names('Paquete recibido por Yesenia en recepción.')).toContain('Yesenia');
  });

  it('leaves a desk or a word in quotes alone', () => {
    expect(names('Delivered 3 Dec 10:40, signed "Reception".')).toEqual([]);
    expect(names('Entregado 02/12, recibió "Portería".')).toEqual([]);
  });
});

describe('a name in brackets after a person noun', () => {
  it('finds the short name of the lady at the counter, a neighbour, a carer (es, en)', () => {
    expect(names('Se lo mostré a la señora del mostrador (Mili) pero no lo anotó.')).toContain('Mili');
    expect(names('Llave: en el buzón de la vecina del 3.º B (Charo), o en la caja.')).toContain('Charo');
    expect(names('I showed it to the lady at the desk (Roisin) but she did not write it down.')).toContain('Roisin');
  });

  it('leaves a place, a firm or an ordinary word in brackets alone', () => {
    expect(names('La señora del mostrador (Madrid) no lo anotó.')).toEqual([]);
    expect(names('The driver (Uber) cancelled twice.')).toEqual([]);
    expect(names('La chica de la caja (Turno) lo cobró dos veces.')).toEqual([]);
  });
});

describe("a support agent's sign-off after a caret", () => {
  it('finds a listed given name glued to a caret at the end of a reply (es, en)', () => {
    expect(names('Hola, lamentamos lo ocurrido, ya escalamos tu caso #A-5512. ^Lupe')).toContain('Lupe');
    expect(names("We're sorry about the delay, a replacement is on its way. ^Connor\n")).toContain('Connor');
    expect(names('Te escribimos por DM para resolverlo 🙏 ^Maite')).toContain('Maite');
  });

  it('leaves a caret in a formula or a regular expression alone', () => {
    expect(names('The area grows as 2^N for N steps.')).toEqual([]);
    expect(names('grep "^Error" app.log | wc -l')).toEqual([]);
  });
});

describe('a member of staff named by role', () => {
  it('finds the listed given name after agent, cashier, nurse (en, es)', () => {
    expect(names('Agent Siobhan at the airport desk has no record of the walk-round.')).toContain('Siobhan');
    expect(names('La cajera Yesenia me cobró dos veces la misma bolsa.')).toContain('Yesenia');
    expect(names('Nurse Adaeze checked the drip at 03:00.')).toContain('Adaeze');
  });

  it('leaves a product or a word after the role alone', () => {
    expect(names('The agent Portal shows the booking as open.')).toEqual([]);
    expect(names('Driver Update 4.2 fixed the printer.')).toEqual([]);
  });
});

describe('a log entry headed by a given name and an initial', () => {
  it('finds a given name that is also a word before its initial and a colon', () => {
    expect(names('Lun 01/12 – 9:05 a 10:00 – Nelly R.: aseo, desayuno.')).toContain('Nelly R');
    expect(names('Tue 02/12 – 9:10 – Nelly R.: found her on the floor of the hallway.')).toContain('Nelly R');
  });
});
