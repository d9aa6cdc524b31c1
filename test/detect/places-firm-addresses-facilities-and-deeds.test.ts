import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('places: Eircodes in printed tables and after their name', () => {
  it('finds Eircodes in a data frame print, after an e-mail column', () => {
    const df = [
      '>>> df.head()',
      '   cust_id          name                   email   postcode  score',
      '0  K-2001    Nora Quinn     nquinn@example.ie   D04 KX27      12.0',
      '1  K-2002    Liam Doyle     ld1988@gmail.com   W23 F2RD       NaN',
      '2  K-2003   Orla Kane      orla.k@yahoo.ie   P31 AC4E       3.0',
      '3  K-2004   Tom Furey    tfurey@wp.pl   D6W 4N8R        NaN',
    ].join('\n');
    expect(places(df)).toEqual(['D04 KX27', 'W23 F2RD', 'P31 AC4E', 'D6W 4N8R']);
  });

  it('finds an Eircode named in a sentence', () => {
    expect(places('My Eircode is K78 YE02 if the courier asks.')).toEqual(['K78 YE02']);
    expect(places('eircode = H53 T2C9 for the new flat')).toEqual(['H53 T2C9']);
  });

  it('leaves codes of one or two spaces that are no Eircode', () => {
    expect(places('The model line lists P09 FY28 and T12 2024 beside A10 FEED.')).toEqual([]);
  });

  it('reads an index and an id column apart, not as a house number and a street', () => {
    const df = [
      '   id          name        score',
      '0  101    Nora Quinn      0.4',
      '1  102    Liam Doyle      NaN',
    ].join('\n');
    expect(places(df)).toEqual([]);
    expect(places('Ship to 17151 2450 Crown St, Denver CO 80202')).not.toEqual([]);
  });
});

describe('places: a party’s home town in deeds and a town after a grid address', () => {
  it('finds the town after a deed’s residence cue, even when the town is also a word', () => {
    expect(places('DON Luis Mora Gil, mayor de edad, vecino de Alzira, con domicilio en calle Olmo 4.')).toContain(
      'Alzira',
    );
    expect(places('DOÑA Ana Ruiz, soltera, vecina de Pinto, con DNI 1234.')).toContain('Pinto');
    expect(places('DON Pedro Sala, divorciado, vecino de Canals, con domicilio en calle Mayor 4.')).toContain('Canals');
    expect(places('Mrs Ellen Ward, residing in Naas, states as follows.')).toContain('Naas');
  });

  it('leaves an acronym without a vowel after "soy de"', () => {
    expect(places('Soy de RRHH y necesito la nómina de marzo.')).toEqual([]);
    expect(places('Soy de RRHH y vivo en Lugo.')).toEqual(['Lugo']);
  });

  it('takes the town after a Colombian grid address and its flat', () => {
    expect(places('Comprador: Juan Pérez · entrega en Cra 12 #45-10, apto 301, Sabaneta')).toEqual([
      'Cra 12 #45-10, apto 301, Sabaneta',
    ]);
    expect(places('entrega en Calle 10 # 4-20, Bello')).toEqual(['Calle 10 # 4-20, Bello']);
    expect(places('Dirección de entrega: Carrera 50 # 10-20, apto 301, Itagüí (Antioquia)')).toContain(
      'Carrera 50 # 10-20, apto 301, Itagüí',
    );
  });
});

describe('places: a firm’s own address next to its legal form', () => {
  it('drops a controller’s registered office and a place inside a firm’s name', () => {
    expect(
      places(
        'Data controller: Brookfield Mutual Assurance plc (company no. 05512345, registered office 7 Tanner Row, York YO1 6JB).',
      ),
    ).toEqual([]);
    expect(places('Our EU representative is Brookfield Europe DAC.')).toEqual([]);
  });

  it('drops the address of a Spanish or Latin American firm tied to it by its seat or its tax id', () => {
    expect(
      places('Ópticas Río Verde, S.A. de C.V., con domicilio en Av. Juárez 1200, Puebla, Puebla, es responsable.'),
    ).toEqual([]);
    expect(places('Y de otra Inmobiliaria Sol S.L., con domicilio social en Gran Vía 12, Madrid.')).toEqual([]);
    expect(places('Cliente: TALLER SUR & HIJOS S.R.L. – CUIT 30-71234567-1 – Mitre 980, Salta')).toEqual([]);
  });

  it('keeps the town written after a firm without a seat’s word (a supplier in a methods section)', () => {
    expect(places('Se aplicó colirio (Brandol®, Laboratorios Norte S.A., Barcelona) cada 8 horas.')).toContain(
      'Barcelona',
    );
  });

  it('keeps a person’s address written next to a firm', () => {
    expect(places('Juan Pérez, empleado de Acme S.L., con domicilio en Calle Olmo 7, 28905 Getafe.')).not.toEqual([]);
    expect(
      places('I work at Brightwater Ltd but please send the refund to my home, 14 Larch Close, Didcot OX11 7QT.'),
    ).not.toEqual([]);
    expect(
      places('Hola, soy Sofía. Trabajo en Ferreterías Unidas S.A. y vivo en Calle Pino 3, 46001 Valencia.'),
    ).not.toEqual([]);
    expect(
      places('Shipping label: Attn Tom Reyes, Pinecrest Holdings LLC, 900 Lake Shore Dr Apt 12B, Chicago, IL 60611'),
    ).not.toEqual([]);
  });
});

describe('places: a court’s state, a closing place and date, a machine’s domain', () => {
  it('drops the state that heads a court’s caption in capitals', () => {
    expect(places('COMMONWEALTH OF MASSACHUSETTS – PROBATE AND FAMILY COURT\nCase No. 12')).toEqual([]);
    expect(places('STATE OF OREGON, CIRCUIT COURT FOR LANE COUNTY')).toEqual([]);
    expect(
      places(
        'COMMONWEALTH OF MASSACHUSETTS – PROBATE AND FAMILY COURT\nDebtor address: 12 Elm St, Springfield, MA 01103',
      ),
    ).not.toEqual([]);
  });

  it('drops a notice’s closing place and date, and a deed’s with the day in words', () => {
    expect(
      places('Se ingresará en la cuenta indicada.\nSevilla, 14 de enero de 2027. Firmado: la Jefa de Unidad.'),
    ).toEqual([]);
    expect(places('Le saluda atentamente.\nRosario, a 3 de marzo de 2027.')).toEqual([]);
    expect(places('En Alicante, a cinco de marzo de dos mil veintisiete. Ante mí comparece.')).toEqual([]);
    expect(places('Lugar y fecha de nacimiento:\nGetafe, 2 de mayo de 1985')).toEqual(['Getafe']);
  });

  it('drops a Windows domain or a host named like a town', () => {
    expect(places('    Account Name:     j.smith\n    Account Domain:   HOUSTON\n')).toEqual([]);
    expect(places('Workgroup: DENVER')).toEqual([]);
  });
});

describe('places: hubs, malls, a document’s country, a witness’s or a fine’s street', () => {
  it('drops a town that names an airport, and a mall', () => {
    expect(places('Out: Cork Airport T1, 02/10/2026 08:00   In: Belfast Airport, 05/10/2026 18:00')).toEqual([]);
    expect(places('Gracias por venir a la colecta en el Mall Plaza Norte el sábado.')).toEqual([]);
    expect(places('Nos vemos en el centro comercial Plaza Norte a las 5.')).toEqual([]);
    expect(places('I live near Cork Airport, at 5 Elm Park, Ballincollig.')).toContain('Cork');
  });

  it('drops the country that issued a licence or a passport', () => {
    expect(places('Licence: BYRNE123 (UK)   Phone: 555')).toEqual([]);
    expect(places('Passport: XK5830217 (Ireland), expires 2030.')).toEqual([]);
    expect(places('I was born in Galway (Ireland).')).toContain('Galway');
  });

  it('drops the street where a witness saw something or a fine was written', () => {
    expect(places('At about 22:10 I was driving the 42 bus on Moor Lane when I saw a man smash the glass.')).toEqual(
      [],
    );
    expect(
      places('Boletín de denuncia n.º 2026-XX-112233, calle Galileo 18 (zona verde), 10/10/2026 a las 09:15.'),
    ).toEqual([]);
    expect(
      places('Multa de aparcamiento en la avenida de América 40 el 3/3/2026; vivo en calle Pez 4, Madrid.'),
    ).toEqual(['calle Pez 4, Madrid']);
    expect(places('I live on Birch Lane and was cycling home when it happened.')).toEqual(['Birch Lane']);
  });
});
