import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: a firm’s seats, units and ventures named by a town', () => {
  it('drops the town of an office, an entity, a team, a hire or a trip of the firm', () => {
    expect(places('Please set up payroll for the Rotterdam office before January.')).toEqual([]);
    expect(places('Invoices are issued by the Porto entity, not by the parent.')).toEqual([]);
    expect(places('Welcome our new Tampere hire to the channel!')).toEqual([]);
    expect(places('Budget for the Krakow offsite is still open.')).toEqual([]);
    expect(places('Can you book seats for the Nairobi trip in week 12?')).toEqual([]);
  });

  it('drops a Spanish firm seat and an office named after its town', () => {
    expect(places('Se abre la nueva oficina de Zaragoza en marzo.')).toEqual([]);
    expect(places('Las sedes de Murcia y Vigo cierran el día 24.')).not.toContain('Murcia');
    expect(places('Our office in Tallinn moves to a bigger floor.')).toEqual([]);
  });

  it('drops the other places listed with a firm’s seat or site', () => {
    expect(places('Eye tests at the Derby office on 3 June and in Luton on 5 June.')).toEqual([]);
    expect(places('Habrá revisiones en las sedes de Lugo (planta 2) y de Soria el día 4.')).toEqual([]);
    expect(places('Stock counts at the Leicester and Coventry depots finish Friday.')).toEqual([]);
    expect(places('She works at the Krakow office and lives in Luton.')).toEqual(['Krakow', 'Luton']);
  });

  it('drops the address on a sender’s line that names a firm', () => {
    expect(places('Sender: Brenner Logistik GmbH, Hafenweg 7, 20457 Hamburg')).toEqual([]);
    expect(places('Exportador: Conservas Ría S.L., Calle del Puerto 12, 36202 Vigo')).toEqual([]);
    expect(places('Consignee: Marta Ibáñez, Calle del Puerto 12, 36202 Vigo')).not.toEqual([]);
  });

  it('keeps the seat a person is tied to, or someone’s own trip', () => {
    expect(places('Open to relocating to our Rotterdam office next year.')).toEqual(['Rotterdam']);
    expect(places('Tu puesto estará en la sede de Zaragoza.')).toEqual(['Zaragoza']);
    expect(places('He works at the Krakow office three days a week.')).toEqual(['Krakow']);
    expect(places('Help me pack for my Nairobi trip.')).toEqual(['Nairobi']);
  });
});

describe('NlpDetector: rate and figure tables per place', () => {
  it('drops the places of a rate table whose other cells are all figures', () => {
    expect(
      places('| town | lunch | room |\n|---|---|---|\n| Leeds | GBP 20 | GBP 140 |\n| Cork | EUR 25 | EUR 150 |'),
    ).toEqual([]);
    expect(places('Sede;Q1;Q2;Q3\nZaragoza;1.204;1.310;998\nVigo;877;902;1.020')).toEqual([]);
    expect(
      places('| region | share | delta |\n|---|---|---|\n| Ontario | 31% | +2.5% |\n| Quebec | 22% | -1% |'),
    ).toEqual([]);
  });

  it('drops the places of a per-diem or price table by its header', () => {
    expect(places('City | Daily allowance | Notes\nMontreal | 80 CAD | taxis extra\nLyon | 70 EUR | -')).toEqual([]);
    expect(places('Ciudad | Tarifa | Comentario\nVigo | 95 € | incluye desayuno\nLugo | 80 € | sin parking')).toEqual(
      [],
    );
  });

  it('keeps the places of a table about people', () => {
    expect(places('| name | city | orders |\n|---|---|---|\n| Laura Pemberton | Sheffield | 4 |')).toEqual([
      'Sheffield',
    ]);
    expect(places('| id | city | balance |\n|---|---|---|\n| 10442 | Sheffield | 1,200.00 |')).toEqual(['Sheffield']);
  });
});

describe('NlpDetector: things named like towns in a column, courts and datelines', () => {
  it('drops a bank, a hotel or a firm named like a town in its column', () => {
    expect(places('id,nombre,banco,importe\n7,Ana Ruiz Gil,Santander,1200.00\n8,Luis Mora,Sabadell,900.00')).toEqual(
      [],
    );
    expect(places('guest | hotel | nights\nR. Olsen | Savoy | 3\nK. Berg | Ritz | 2')).toEqual([]);
    expect(places('Vendor | Amount\nToledo | 4,100\nAberdeen | 2,050')).toEqual([]);
  });

  it('drops a place in a court’s caption or name', () => {
    expect(places('IN THE DISTRICT COURT OF TULSA COUNTY, OKLAHOMA\nCase No. 26-118')).toEqual([]);
    expect(places('AL JUZGADO DE LO SOCIAL DE ZARAGOZA QUE POR TURNO CORRESPONDA')).toEqual([]);
    expect(places('Demanda ante el Juzgado de Primera Instancia nº 4 de Vigo.')).toEqual([]);
    expect(places('La demandada vive en Vigo, calle Mayor 3.')).toContain('Vigo');
  });

  it('drops a press release’s dateline followed by a date, and a wire story’s in any case', () => {
    expect(places('CÓRDOBA, 14 de enero de 2027. La planta amplía su plantilla.')).toEqual([]);
    expect(places('LEEDS, March 4, 2027. The trust opens a new ward.')).toEqual([]);
    expect(places('Zaragoza, 9 de mayo (EFE). El ayuntamiento aprobó el plan.')).toEqual([]);
    expect(places('Zaragoza, 9 de mayo de 2027\n\nQuerida Ana: te escribo desde casa.')).toEqual(['Zaragoza']);
  });
});
