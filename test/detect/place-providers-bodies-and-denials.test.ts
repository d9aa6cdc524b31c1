import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: places of providers, public bodies and schools', () => {
  it('drops the town of a provider’s field', () => {
    expect(places('Practice: BrightSight Opticians, Harrogate\nPatient: Mrs Ana Ruiz')).toEqual([]);
    expect(places('Prestador: Clínica Las Palmas, Neiva. Vigencia: 90 días.')).toEqual([]);
    expect(places('Centro: C.S. Virgen del Mar, Cuenca')).toEqual([]);
  });

  it('keeps the town of a patient’s or an address field', () => {
    expect(places('Address: 4 Elm Road, Harrogate')).toEqual(['4 Elm Road, Harrogate']);
    expect(places('Patient: Ana Ruiz, Harrogate')).toEqual(['Harrogate']);
  });

  it('drops a town closing an organisation’s name after "of" or "de"', () => {
    expect(places('Dr. Ruth Baines, NPI 1234567890, Rheumatology Associates of Omaha')).toEqual([]);
    expect(places('ATESTADO Nº 2026-1 - Policía Local de Oviedo - Unidad de Atestados')).toEqual([]);
    expect(places('Escrito del Ayuntamiento de Oviedo sobre la licencia')).toEqual([]);
  });

  it('keeps a place someone lives in after "of"', () => {
    expect(places('I live in the south of Leeds')).toEqual(['Leeds']);
  });

  it('drops the address after a public body’s or a society’s name', () => {
    expect(
      places(
        'Contracting authority: Fernside County Council, County Hall, Marine Road, Kilbride,\nCo. Kildare W91 X2F4, Ireland.',
      ),
    ).toEqual([]);
    expect(places('You may complain to the Data Protection Commission, 21 Merrion Lane, Dublin 2.')).toEqual([]);
    expect(places('Harbour Building Society, 5 Quay Road, Whitby YO21 1AA. FRN 100000.')).toEqual([]);
    expect(places('Casa consistorial: Plaza Mayor 1, 44200 Calamocha; centralita 978 000 000.')).toEqual([]);
  });

  it('keeps a person’s address written with a body’s name', () => {
    expect(places('Send it to Mary Hale, Leeds City Council, 4 Elm Road, Leeds LS1 1AA')).toEqual([
      '4 Elm Road, Leeds LS1 1AA',
    ]);
    expect(places('Please write to me at 12 High Street, Leeds, not the Council.')).toEqual(['12 High Street, Leeds']);
  });

  it('drops a town naming a school', () => {
    expect(places('Preferences: 1) Ashwell Primary  2) Thornbury Primary  3) Vale Primary')).toEqual([]);
    expect(places('Sibling at school: Tom Reid, Year 4, Thornbury Primary')).toEqual([]);
    expect(places('He starts at Ashwell Academy in September.')).toEqual([]);
  });

  it('keeps a town someone lives near or in', () => {
    expect(places('I live near Keswick Primary.')).toEqual(['Keswick']);
    expect(places('We live in Keswick, near the Primary.')).toEqual(['Keswick']);
  });
});

describe('NlpDetector: denied visits, certificates and provinces in brackets', () => {
  it('drops a place someone says they never went to', () => {
    expect(places('Yo vivo en Rosario, nunca fui a Mendoza.')).toEqual(['Rosario']);
    expect(places('I have never been to Leeds in my life.')).toEqual([]);
    expect(places('No estuve en Oviedo ese día.')).toEqual([]);
  });

  it('keeps a place someone went to', () => {
    expect(places('Fui a Mendoza en mayo.')).toEqual(['Mendoza']);
    expect(places('I have been to Leeds twice.')).toEqual(['Leeds']);
  });

  it('drops the town where a certificate is issued', () => {
    expect(places('A petición del interesado, se expide el presente en Alcorcón a 2 de diciembre de 2026.')).toEqual(
      [],
    );
    expect(places('Y para que conste, firmo la presente en Lugo, a 3 de mayo de 2027.')).toEqual([]);
    expect(places('Se extiende el presente en Oviedo a 9 de enero de 2027.')).toEqual([]);
  });

  it('keeps a town where someone lives in such a text', () => {
    expect(places('Se expide el presente en Lugo a 3 de mayo de 2027 a favor de su hija, que vive en Oviedo.')).toEqual(
      ['Oviedo'],
    );
  });

  it('takes a province in brackets into the address before it', () => {
    expect(places('con domicilio C/ Arenal 9, Esc. 1, 2º B, 33400 Avilés (Asturias), figuran inscritas')).toEqual([
      'C/ Arenal 9, Esc. 1, 2º B, 33400 Avilés (Asturias)',
    ]);
    expect(places('Vive en Calle Mayor 3, Oviedo (Asturias) desde 2019')).toEqual(['Calle Mayor 3, Oviedo (Asturias)']);
    expect(places('Vivo en Oviedo (Asturias)')).toEqual(['Oviedo', 'Asturias']);
  });
});

describe('NlpDetector: crossings and times after a street', () => {
  it('drops the streets of a crossing where something happened', () => {
    expect(
      places('Lugar: Avda. de Sagasta con C/ Pedro Cerbuna, 17:15 h del 14/10/2026.\nVehículo A: turismo'),
    ).toEqual([]);
    expect(places('El accidente fue en la calle Olmo esquina Ronda Norte.')).toEqual([]);
    expect(places('Collision at Avda. del Puerto con C/ Olmo, 17:05 h.')).toEqual([]);
  });

  it('keeps a home street, and reads no house number in a time after a street', () => {
    expect(places('Domicilio: C/ Pedro Cerbuna, 12, Zaragoza')).toEqual(['C/ Pedro Cerbuna, 12, Zaragoza']);
    expect(places('Vive en C/ Olmo, 8, Lugo')).toEqual(['C/ Olmo, 8, Lugo']);
    expect(places('Cita: C/ Olmo 4, 09:30 h')).toEqual(['C/ Olmo 4']);
  });
});

describe('NlpDetector: a town after a residence verb and its adverb', () => {
  it('reads the town someone lives in apart, even when it is also a word', () => {
    expect(places('Parent 2: Sean Kelly (lives separately, Wells)')).toEqual(['Wells']);
    expect(places('Her son lives apart, Killarney.')).toEqual(['Killarney']);
    expect(places('Padre: Tomás Gil (vive aparte, Lucena)')).toEqual(['Lucena']);
  });

  it('reads no town in an ordinary word after such a verb', () => {
    expect(places('It lives apart, Mostly.')).toEqual([]);
  });
});
