import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { dropPlacesWithoutPerson } from '../../src/detect/places-without-person.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

function at(text: string, value: string, label: Finding['label'], type: string): Finding {
  const start = text.indexOf(value);
  return { start, end: start + value.length, label, type, score: 0.8, detector: 'test' };
}

describe('bare places in a text about nobody', () => {
  it('drops towns and countries when nothing in the text points at a person', () => {
    const text =
      'Quarterly bulletin: RSV admissions rose in Leeds and fell in Cardiff, while Portugal reported no change.';
    const findings = [
      at(text, 'Leeds', 'LOCATION', 'PLACE'),
      at(text, 'Cardiff', 'LOCATION', 'PLACE'),
      at(text, 'Portugal', 'LOCATION', 'PLACE'),
    ];
    expect(dropPlacesWithoutPerson(text, findings)).toEqual([]);
  });

  it('keeps them when the text also holds a personal value', () => {
    const text = 'Reply to m.ferreira@correo.example about the Leeds office.';
    const findings = [at(text, 'm.ferreira@correo.example', 'EMAIL', 'EMAIL'), at(text, 'Leeds', 'LOCATION', 'PLACE')];
    expect(dropPlacesWithoutPerson(text, findings)).toHaveLength(2);
  });

  it("does not count a firm's tax id as personal (a supplier's CIF or CNPJ names no one)", () => {
    for (const [text, id, type, town] of [
      [
        'Pedido OC-7781 a Cerámicas Duero S.L. (CIF B41872036), entrega en almacén de Zamora.',
        'B41872036',
        'ES_CIF',
        'Zamora',
      ],
      ['Supplier: Hilos Navarra S.A., CIF A31627411, plant in Tudela.', 'A31627411', 'ES_CIF', 'Tudela'],
      [
        'Fornecedor Grãos do Sul Ltda, CNPJ 44.912.370/0001-08, armazém em Londrina.',
        '44.912.370/0001-08',
        'BR_CNPJ',
        'Londrina',
      ],
    ] as const) {
      const findings = [at(text, id, 'NATIONAL_ID', type), at(text, town, 'LOCATION', 'PLACE')];
      expect(dropPlacesWithoutPerson(text, findings).map((f) => f.type)).toEqual([type]);
    }
    // A person's own id still reaches the whole text.
    const text = 'Cliente: DNI 48213977T, vive en Zamora.';
    const findings = [at(text, '48213977T', 'NATIONAL_ID', 'ES_DNI'), at(text, 'Zamora', 'LOCATION', 'PLACE')];
    expect(dropPlacesWithoutPerson(text, findings)).toHaveLength(2);
  });

  it('keeps them when an address part is found (a street or a postcode points at a home)', () => {
    const text = 'Deliver to 18 Marlowe Terrace, Bath.';
    const findings = [
      at(text, '18 Marlowe Terrace', 'LOCATION', 'STREET_ADDRESS'),
      at(text, 'Bath', 'LOCATION', 'PLACE'),
    ];
    expect(dropPlacesWithoutPerson(text, findings)).toHaveLength(2);
  });

  it('keeps a place whose own sentence says whose it is, in English and Spanish', () => {
    for (const [text, place] of [
      ["I'm originally from Tampere, any tips for winter?", 'Tampere'],
      ['She moved to Galway last spring.', 'Galway'],
      ['We visited Krakow twice.', 'Krakow'],
      ['Nací en Rosario y vivo en Córdoba desde 2019.', 'Rosario'],
      ['Mi hermana reside en Cuenca.', 'Cuenca'],
    ] as const) {
      expect(dropPlacesWithoutPerson(text, [at(text, place, 'LOCATION', 'PLACE')]), text).toHaveLength(1);
    }
  });

  it('does not count the voice of a company ("we", "our") as a person', () => {
    const text = 'Our firm opened its first branch in Aberdeen.\nWe now serve Norway and Denmark as well.';
    const findings = ['Aberdeen', 'Norway', 'Denmark'].map((p) => at(text, p, 'LOCATION', 'PLACE'));
    expect(dropPlacesWithoutPerson(text, findings)).toEqual([]);
  });

  it('never drops a place that carries a postcode or a house number', () => {
    const text = 'Registered seat: Varese 21100.';
    expect(dropPlacesWithoutPerson(text, [at(text, 'Varese 21100', 'LOCATION', 'PLACE')])).toHaveLength(1);
  });

  it('a cue in another sentence does not own the place', () => {
    const text = 'Tell me what you think. The regional office in Zaragoza closes at six.';
    expect(dropPlacesWithoutPerson(text, [at(text, 'Zaragoza', 'LOCATION', 'PLACE')])).toEqual([]);
  });
});

describe('through the engine', () => {
  it('a travel allowance table names no one', () => {
    const text = [
      'Update the per-diem table for 2027, same format:',
      '- Lisbon: EUR 95 lodging, EUR 45 meals',
      '- Helsinki: EUR 140 lodging, EUR 60 meals',
      '- Toronto: CAD 180 lodging, CAD 70 meals',
    ].join('\n');
    expect(places(text)).toEqual([]);
  });

  it('a city in a letter with a named patient is still reported', () => {
    const text =
      'Dear Dr Abernethy, I am referring Mrs Olwen Pritchard, who lives in Swansea, for a cardiology review.';
    expect(places(text)).toContain('Swansea');
  });

  it('a Spanish note about nobody loses its cities, one about someone keeps them', () => {
    expect(places('Resumen de ventas: Zaragoza creció un 4% y Murcia un 2% en el trimestre.')).toEqual([]);
    expect(places('Mi padre vive en Murcia y necesita cambiar de médico.')).toContain('Murcia');
  });
});

describe('how far a personal value reaches', () => {
  it('a quoted executive or a founder keeps no place outside their own line', () => {
    for (const [text, gone] of [
      [
        'Q2 FREIGHT NOTE\nAntwerp volumes rose 3% while Gdansk fell.\n"Demand is back," said Lorna Castellan of Bluewake Lines.',
        ['Antwerp', 'Gdansk'],
      ],
      [
        'Our history\nIn 1931 Tobias Marwood opened a forge.\nBy 1960 the firm exported to Norway and Finland.',
        ['Norway', 'Finland'],
      ],
      [
        'Informe trimestral\nLas ventas crecieron en Rosario y en Mendoza.\nComentario de Ignacio Beltrán Sosa, director comercial.',
        ['Rosario', 'Mendoza'],
      ],
    ] as const) {
      const findings = [
        ...gone.map((p) => at(text, p, 'LOCATION', 'PLACE')),
        at(text, text.match(/(?:Lorna Castellan|Tobias Marwood|Ignacio Beltrán Sosa)/)![0], 'PERSON', 'FULL_NAME'),
      ];
      expect(
        dropPlacesWithoutPerson(text, findings).map((f) => f.label),
        text,
      ).toEqual(['PERSON']);
    }
  });

  it('a holiday date reaches only its own sentence', () => {
    const text =
      'Company holidays: 24 December is a day off. Local holidays for Bilbao and Oviedo are on the intranet.';
    const findings = [
      at(text, '24 December', 'DATE', 'DATE'),
      at(text, 'Bilbao', 'LOCATION', 'PLACE'),
      at(text, 'Oviedo', 'LOCATION', 'PLACE'),
    ];
    expect(dropPlacesWithoutPerson(text, findings).map((f) => f.label)).toEqual(['DATE']);
  });

  it('a name reaches the whole text when the text names a personal role', () => {
    for (const text of [
      'Patient: Orla Fitzmaurice\nReferred by the walk-in centre.\nHome town: Carlow',
      'Estimada Sra. Nieves Cardoso:\nle escribimos por su solicitud.\nLocalidad: Teruel',
      'Tenant: Bram Oosterhuis\nRent is due on the first.\nPrevious town: Zwolle',
    ]) {
      const name = text.match(/(?:Orla Fitzmaurice|Nieves Cardoso|Bram Oosterhuis)/)![0];
      const town = text.split(': ').at(-1)!;
      const findings = [at(text, name, 'PERSON', 'FULL_NAME'), at(text, town, 'LOCATION', 'PLACE')];
      expect(dropPlacesWithoutPerson(text, findings), text).toHaveLength(2);
    }
  });

  it('a name reaches the short lines of its postal block', () => {
    for (const [text, name, towns] of [
      ['Ailsa Brodie\n\nPeebles\nScotland', 'Ailsa Brodie', ['Peebles', 'Scotland']],
      ['Send it to:\nKasimir Olenski\nTorun\nPoland', 'Kasimir Olenski', ['Torun', 'Poland']],
      ['Remite: Leocadia Marín\nAlbacete\nEspaña', 'Leocadia Marín', ['Albacete', 'España']],
    ] as const) {
      const findings = [at(text, name, 'PERSON', 'FULL_NAME'), ...towns.map((t) => at(text, t, 'LOCATION', 'PLACE'))];
      expect(dropPlacesWithoutPerson(text, findings), text).toHaveLength(1 + towns.length);
    }
  });

  it('a value only a person has still reaches the whole text', () => {
    const text = 'Sales rose in Granada.\n\nQuestions to p.valdes@correo.example';
    const findings = [at(text, 'Granada', 'LOCATION', 'PLACE'), at(text, 'p.valdes@correo.example', 'EMAIL', 'EMAIL')];
    expect(dropPlacesWithoutPerson(text, findings)).toHaveLength(2);
  });

  it('three places in a sentence with nothing personal in it are a topic, even on the line of a name', () => {
    const text =
      'Next year Tromso, Bodo and Alta join the network. Ingrid Solvang will lead the rollout from head office.';
    const findings = [
      ...['Tromso', 'Bodo', 'Alta'].map((p) => at(text, p, 'LOCATION', 'PLACE')),
      at(text, 'Ingrid Solvang', 'PERSON', 'FULL_NAME'),
    ];
    expect(dropPlacesWithoutPerson(text, findings).map((f) => f.label)).toEqual(['PERSON']);
  });

  it('moving and holiday words own a place only next to a person', () => {
    for (const text of [
      'Depot update: all bookings moved to Harwich until Friday.',
      'Local holidays in Segovia follow the regional calendar.',
      'Las entregas se trasladan a Huesca durante las vacaciones de agosto.',
    ]) {
      const place = text.match(/Harwich|Segovia|Huesca/)![0];
      expect(dropPlacesWithoutPerson(text, [at(text, place, 'LOCATION', 'PLACE')]), text).toEqual([]);
    }
    for (const [text, place] of [
      ['My cousin and her kids moved to Whitby in May.', 'Whitby'],
      ['He is staying with his sister in Kotor this week.', 'Kotor'],
      ['Su hija se mudó a Cáceres el año pasado.', 'Cáceres'],
    ] as const) {
      expect(dropPlacesWithoutPerson(text, [at(text, place, 'LOCATION', 'PLACE')]), text).toHaveLength(1);
    }
  });
  it("a journey's end is a destination, not where the traveller lives", () => {
    for (const [text, place] of [
      ['He is on holiday in Kotor this week.', 'Kotor'],
      ['Trip: Oslo → Bergen, 2-4 May, for the client audit.', 'Bergen'],
      ['Mi hermana está de vacaciones en Tarifa.', 'Tarifa'],
    ] as const) {
      expect(dropPlacesWithoutPerson(text, [at(text, place, 'LOCATION', 'PLACE')]), text).toEqual([]);
    }
  });
});

describe('places in a sentence about the past', () => {
  it('drops the birth and death places of people dead long ago', () => {
    expect(places('The poet Ada Wren (born 3 June 1811 in Bath, died 1880 in Leeds) wrote the hymn.')).toEqual([]);
    expect(places('Our founder, born in Cork in 1790, sailed from Bristol to Halifax.')).toEqual([]);
    expect(places('La fundadora Inés Varela nació en 1847 en Cádiz y murió en Sevilla en 1899.')).toEqual([]);
  });

  it('keeps them for the living, and a number that is no year dates nothing', () => {
    expect(places('My grandmother, born in 1931, grew up in Cádiz.')).toEqual(['Cádiz']);
    expect(places('She was born 3 June 1971 in Bristol.')).toEqual(['Bristol']);
    expect(places('Patient lives in Leeds, bed 1203.')).toEqual(['Leeds']);
  });
});

describe('sentences wrapped over lines', () => {
  it('a residence cue ending one line owns the town that opens the next', () => {
    expect(places('Ingresa por neumonía; toma sintrom. Vive en\nTeruel con su nieta.')).toEqual(['Teruel']);
    expect(places('Seen for a cough, on inhalers. She moved to\nCarlisle after the divorce.')).toEqual(['Carlisle']);
    expect(places('Control de tensión arterial. Nacida en\nAlbacete, trabaja de noche.')).toEqual(['Albacete']);
  });

  it('a line that ends a sentence or a field still ends it', () => {
    const text = 'Ingresa por neumonía. Vive sola\nGranada, Córdoba y Jaén: ventas del trimestre.';
    expect(places(text)).toEqual([]);
    const list = 'Hotel rates 2026 (we moved to\nnew suppliers)\nLisbon 120\nPorto 95\nFaro 88';
    expect(places(list)).toEqual([]);
  });
});
