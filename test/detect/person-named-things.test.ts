import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const people = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a possessive before maths names a theorem or a statistic', () => {
  it('drops the authors of an approximation, a coefficient and a statistic (en)', () => {
    expect(people("Q2. Apply Stirling's approximation to 40!, then Spearman's rank correlation.")).toEqual([]);
    expect(people("Report Cohen's d and Kendall's W for the two groups; cite Chebyshev's inequality.")).toEqual([]);
    expect(people("Q7. Pearson's r between the columns is 0.41, so use Fisher's exact distribution.")).toEqual([]);
  });

  it('keeps a person whose own things follow the possessive (en)', () => {
    expect(people("Pearson Okafor's results came back; Martin Cole's approval is pending.")).toEqual(
      expect.arrayContaining(['Pearson Okafor', 'Martin Cole']),
    );
    expect(people("Ellen Marsh's approximation of her hours was wrong, says Ellen Marsh.")).toContain('Ellen Marsh');
  });
});

describe("a firm trading under its owner's name names nobody", () => {
  it('drops the owner name of a coach firm, a garage and a pizzeria (en)', () => {
    expect(people("Journeys after 18:00 are run by Duncan's Coaches (fleet 2231).")).toEqual([]);
    expect(people("Towing by Kieran's Garage, then a courtesy car from Bev's Taxis.")).toEqual([]);
    expect(people("Catering: Mario's Pizzeria, delivery at 19:30.")).toEqual([]);
  });

  it('keeps a person whose coaches or garage are meant in lower case (en)', () => {
    expect(people("Duncan's coaches at the club say Duncan Petrie is ready for the final.")).toContain('Duncan Petrie');
    expect(people("Kieran Molloy's garage roof leaks; call Kieran Molloy on 07700 900 412.")).toContain(
      'Kieran Molloy',
    );
  });
});

describe('wards and units named after people', () => {
  it('drops ward and unit names of a directory (en)', () => {
    const text =
      'Directory:\nEdith Cavell Ward (Oncology) ..... ext 31120\nMary Seacole Unit (Dialysis) ..... ext 31130\n' +
      'Florence Nightingale Ward (Stroke) ..... ext 31140\nElsie Inglis Wing ..... ext 31150';
    expect(people(text)).toEqual([]);
  });

  it('keeps a patient on a numbered ward and a nurse surnamed Ward (en)', () => {
    expect(people('Patient: Amelia Clarke Ward 4B, bed 12.').some((p) => p.includes('Amelia Clarke'))).toBe(true);
    expect(people('Please call Sarah Ward on ext 3321 about the handover.')).toContain('Sarah Ward');
  });
});

describe('stand-in names of tests and forms', () => {
  it('drops placeholder names of fixtures (es)', () => {
    expect(people("const cliente = { nombre: 'Fulano de Tal', dni: '00000000T' };")).toEqual([]);
    expect(people("const otro = { nombre: 'Zutanita Gómez', apellidos: 'Placeholder' };")).toEqual([]);
    expect(people('Ejemplo: Perengano López firmó el formulario de prueba.')).toEqual([]);
  });

  it('drops placeholder names of a test in English (en)', () => {
    expect(people("const user = { name: 'Joe Bloggs', email: 'joe@example.com' };")).toEqual([]);
  });

  it('keeps a real name beside a placeholder word (es)', () => {
    expect(people("nombre: 'Marisa Olmedo Roca', nota: 'sustituir el placeholder del DNI'")).toContain(
      'Marisa Olmedo Roca',
    );
  });
});

describe('a bracket that says the name is a tool', () => {
  it('drops a tool, a bot and a service named like a person (en, es)', () => {
    expect(people('Blocked: waiting on Ada (the ETL tool, not a person) since Monday.')).toEqual([]);
    expect(people('Deploys go through Marvin (our deploy bot) after review.')).toEqual([]);
    expect(people('La carga la hace Lola (la herramienta de ETL) cada noche.')).toEqual([]);
  });

  it('keeps a person whose bracket names a role (en, es)', () => {
    expect(people('Blocked: waiting on Ada Okoye (the data lead) since Monday.')).toContain('Ada Okoye');
    expect(people('Habla con Lola Fernández (la jefa de herramientas) mañana.')).toContain('Lola Fernández');
  });
});

describe('a Don or Doña name on a pack or a shop sign', () => {
  it('drops a brand with its net quantity and quoted shop signs (es)', () => {
    expect(people('Retirada de "Mermelada de higo Don Fermín 250 g" por un defecto de cierre.')).toEqual([]);
    expect(people('NEGOCIO: BODEGA "DOÑA ROSITA", RUC 10458700000')).toEqual([]);
    expect(people('Compramos en la tienda «Don Pepe» del barrio.')).toEqual([]);
  });

  it('keeps Don and Doña before a person (es)', () => {
    expect(people('Don Fermín Arrieta, 250 gramos de paciencia y su teléfono 612 445 901.')).toContain(
      'Don Fermín Arrieta',
    );
    expect(people('La dueña de la bodega, Doña Rosita Quispe, firmó el contrato.')).toContain('Doña Rosita Quispe');
  });
});

describe('a name joined by "de" in a list of places', () => {
  it('drops towns and districts of a warning list (es)', () => {
    const text =
      'Aviso amarillo en: Pirineo de Lleida (Vielha, Sort, Esterri de Àneu), Prepirineo (Tremp) y Vall de Boí ' +
      '(Barruera, Taüll). Información: 807 170 365.';
    expect(people(text)).toEqual([]);
    expect(people('Cortes en: Cuenca, Villanueva de la Jara, Motilla. Tel. 900 100 200')).toEqual([]);
    expect(
      people('Zonas: Huesca (Jaca, Biescas), Teruel (Alcañiz) y Sierra de Albarracín (Orihuela, Bronchales).'),
    ).toEqual([]);
  });

  it('keeps people listed beside places or beside other people (es)', () => {
    expect(people('Asistentes: Ana Ruiz, María de la Fuente, Jaca. Mi móvil 612 334 556')).toContain(
      'María de la Fuente',
    );
    expect(people('Visitas: Teruel, Rosa de la Vega, Huesca. Mi móvil 612 334 556')).toContain('Rosa de la Vega');
    expect(people('Viajamos a Jaca, Lucía Pérez, Benasque con mi móvil 612 334 556')).toContain('Lucía Pérez');
  });
});

describe('plural words of a heading in capitals', () => {
  it('drops the groups a booklet or a programme is for (es)', () => {
    expect(people('CARTILLA DE SALUD — NIÑAS Y NIÑOS DE 0 A 9 AÑOS\nNombre: Iker')).toEqual(['Iker']);
    expect(people('PROGRAMA PARA MUJERES Y HOMBRES MAYORES\nTitular: Rosa Elvira Cuti')).toEqual(['Rosa Elvira Cuti']);
    expect(people('Carnet: ADOLESCENTES Y ADULTOS\nPaciente: Nicanor Ticona')).toEqual(['Nicanor Ticona']);
  });
});
