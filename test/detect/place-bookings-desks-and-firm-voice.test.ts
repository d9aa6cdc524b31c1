import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: a booking’s segment lines and an airport’s desk', () => {
  it('reads no address in a reservation’s flight segments', () => {
    expect(places(' 2 UX1092 Y 03APR MADBCN HK1')).toEqual([]);
    expect(places('Segments:\n1 IB6253 Y 02FEB MADJFK HK1\n2 IB6252 Y 09FEB JFKMAD HK1')).toEqual([]);
    expect(places(' 3 VY 8461 M 22JUL BCNLGW HK2 0640 0800')).toEqual([]);
  });

  it('keeps an address block whose street shares a month’s letters', () => {
    expect(places('Ship to:\n12 May Road 4\nLeeds LS6 2AB')).not.toEqual([]);
    expect(places('14 Mar Street 5, Ayr KA7 1AA')).not.toEqual([]);
  });

  it('drops a town named with its airport code and a date or time on a rental’s line', () => {
    expect(places('Devolución: Neiva NVA 02/05/2027 18:40')).toEqual([]);
    expect(places('Pick-up: Leeds LBA 09:30, drop-off: Bristol BRS 12/03 18:00')).toEqual([]);
    expect(places('Recogida: Sevilla SVQ 14.05, 10:00')).toEqual([]);
  });

  it('keeps a town with a code and no date or time after it', () => {
    expect(places('I live in Hobart TAS 7000 with my sister.')).toEqual(['Hobart TAS 7000']);
    expect(places('Vivo en Neiva NVA desde hace años')).toEqual(['Neiva NVA']);
  });
});

describe('NlpDetector: codes, court headings and deeds', () => {
  it('drops a country closing an order or parcel code', () => {
    expect(places('my order QX-40217-UK never came')).toEqual([]);
    expect(places('pedido AB123-ES sin entregar')).toEqual([]);
    expect(places('ticket ORD_5521_FR reopened')).toEqual([]);
  });

  it('drops a state heading a court caption below a paragraph', () => {
    expect(places('Explain this order.\n\nSTATE OF OHIO – COURT OF COMMON PLEAS\nCase No. 26-118')).toEqual([]);
    expect(places('Help me.\nCOMMONWEALTH OF KENTUCKY, DISTRICT COURT\nCase 4')).toEqual([]);
  });

  it('keeps a place in capitals on a line without a court', () => {
    expect(places('Notes.\nOHIO - I moved here last year')).toEqual(['OHIO']);
  });

  it('drops the town of a deed’s opening formula with the city word or the day count', () => {
    expect(
      places('Revisá esto.\n\nEn la Ciudad de Rosario, a los 14 días del mes de marzo de 2027, comparece'),
    ).toEqual([]);
    expect(places('En la ciudad de Mendoza, a los 3 días del mes de mayo de 2027, se reúnen')).toEqual([]);
    expect(places('En Tandil, a los 9 días del mes de junio de 2027, ante mí')).toEqual([]);
  });

  it('keeps a town where someone lives, in the same words', () => {
    expect(places('Vivo en la ciudad de Rosario, a 2 cuadras del río')).toEqual(['Rosario']);
    expect(places('En la ciudad de Mendoza, los 3 hermanos vivimos juntos')).toEqual(['Mendoza']);
  });
});

describe('NlpDetector: a firm’s own address in its own voice, a building’s name, a desk’s line', () => {
  it('drops the street after a firm with its legal form in the firm’s voice', () => {
    expect(places('Our EU representative is Solvarn Nordic DAC, 7 Harbour Quay, Dublin 4.')).toEqual([]);
    expect(places('Our processor is Nubes Cloud S.L., Calle Sil 12, 28015 Madrid.')).toEqual([]);
    expect(places('Our UK agent is Tarnwell Services Ltd, 14 Kings Road, Reading RG1 3AA.')).toEqual([]);
  });

  it('keeps a person’s address next to a firm', () => {
    expect(places('Please invoice our client Acme Ltd, attn. Mary Hale, 4 Elm Road, Hull.')).not.toEqual([]);
    expect(places('My employer is Acme Ltd, 4 Mill Lane, Leeds and I live at 9 Elm Road, Hull.')).toContainEqual(
      expect.stringContaining('9 Elm Road'),
    );
  });

  it('drops the street of an office named by its site in the firm’s voice', () => {
    expect(places('Interviews are held at our Wharfside office, 5 Dock Street.')).toEqual([]);
    expect(places('Drop the forms at our Leeds office, 12 Park Row, LS1 5AB.')).toEqual([]);
    expect(places('Returns go to our Docklands branch, 4 Dock Road, London E16 2AB.')).toEqual([]);
  });

  it('keeps an office someone works at, and an unnamed office', () => {
    expect(places('I work at our Leeds office, 12 Park Row, LS1 5AB.')).not.toEqual([]);
    expect(places('Our offices are located at 12 Park Row, Leeds.')).not.toEqual([]);
    expect(places('Nuestra oficina está en Calle Mayor 5, Madrid.')).not.toEqual([]);
  });

  it('drops a town closing a building’s name, unless someone says they live there', () => {
    expect(places('Solicitud #44 – Edificio Alerce Temuco')).toEqual([]);
    expect(places('Reclamo del Condominio Robles Osorno por la filtración.')).toEqual([]);
    expect(places('I live in the Edificio Alerce Temuco, flat 4.')).toEqual(['Temuco']);
    expect(places('Mi casa: Edificio Alerce Temuco, depto 4.')).toEqual(['Temuco']);
  });

  it('drops an address on an establishment’s desk line', () => {
    expect(
      places('Reservas: reservas@example.com · Centralita +34 900 000 000 · Plaza Mayor 3, 10003 Cáceres.'),
    ).toEqual([]);
    expect(places('Bookings 0161 496 0000 | Box office: 0161 496 0001 | 4 Quay Street, Manchester M3 3JE')).toEqual([]);
    expect(places('Reception: 0113 496 0500, 12 Park Row, Leeds LS1 5AB')).toEqual([]);
  });

  it('keeps a guest’s or a writer’s own address on such a line', () => {
    expect(places('Reservations: guest Ana Ruiz, 4 Elm Road, Leeds LS6 2AB')).not.toEqual([]);
    expect(places('Reservas: a mi nombre, Calle Mayor 5, 28013 Madrid')).not.toEqual([]);
    expect(places('Recepción del paquete: Calle Mayor 5, 28013 Madrid')).not.toEqual([]);
  });
});
