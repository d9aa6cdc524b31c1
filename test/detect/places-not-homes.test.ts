import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { establishmentTown } from '../../src/detect/place-establishments.js';
import { lifeEventPlace } from '../../src/detect/place-life-events.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

/** A contact line that makes the whole text about someone, so only the readings under test decide the places. */
const CONTACT = '\nTel. 612 448 903, correo nerea.valcarce@example.net';

const orgTown = (text: string, town: string) => {
  const at = text.lastIndexOf(town);
  return establishmentTown(text, at, at + town.length);
};
const lifeEvent = (text: string, town: string) => lifeEventPlace(text, text.lastIndexOf(town));

describe('the town of an establishment or a public body', () => {
  it('is the organisation’s after an indefinite article, in both languages', () => {
    expect(orgTown('Llevo la contabilidad de una academia de idiomas en Ponteareas', 'Ponteareas')).toBe(true);
    expect(orgTown('Soy monitora en un club de montaña de Huesca', 'Huesca')).toBe(true);
    expect(orgTown('I do the books for a small bakery in Whitby', 'Whitby')).toBe(true);
    expect(orgTown('Tenemos una casa rural en Cangas', 'Cangas')).toBe(true);
  });

  it('is left to the other readings after a definite or possessive mention, or a residence word', () => {
    expect(orgTown('Me cobraron dos veces en la tienda de Ponteareas', 'Ponteareas')).toBe(false);
    expect(orgTown('La revisión será en su centro médico de Tineo', 'Tineo')).toBe(false);
    expect(orgTown('Trabajo en una academia y vivo en Ponteareas', 'Ponteareas')).toBe(false);
    expect(orgTown('Tengo una casa en Cangas', 'Cangas')).toBe(false);
  });

  it('is the body’s, the lodging’s or the treaty’s with any determiner', () => {
    expect(orgTown('Hay que pedir cita en la municipalidad de Tacna', 'Tacna')).toBe(true);
    expect(orgTown('the form goes to the registry office in Bath', 'Bath')).toBe(true);
    expect(orgTown('que lo entreguen en el hotel de Cádiz', 'Cádiz')).toBe(true);
    expect(orgTown('según el Convenio de Varsovia', 'Varsovia')).toBe(true);
  });

  it('is a firm’s when the town modifies its noun, and a workplace’s after "donde trabajo"', () => {
    expect(orgTown('I keep the payroll of a Dundee roofing business', 'Dundee')).toBe(true);
    expect(orgTown('Our Lisbon subsidiary needs the list', 'Lisbon')).toBe(true);
    expect(orgTown('relocating to our Lisbon office', 'Lisbon')).toBe(false);
    expect(orgTown('la aseguradora donde trabajo en Salta', 'Salta')).toBe(true);
  });

  it('drops the establishment’s town from a file that keeps the person’s address', () => {
    const text =
      'Trabajo en una gestoría de Teruel y necesito ordenar esta ficha.\n' +
      'Cliente: Anselma Ortigosa\nDomicilio: calle del Salvador 9, 44001 Teruel' +
      CONTACT;
    expect(places(text)).not.toContain('Teruel');
    expect(places(text).join(' ')).toContain('calle del Salvador 9');
  });
});

describe('a birthplace, a place of death or an ID card’s town', () => {
  it('is an event of a record, not a home', () => {
    expect(lifeEvent('Tenant: Aurelio Fenn, born 2 April 1984 in Tarragona', 'Tarragona')).toBe(true);
    expect(lifeEvent('Socia: Brígida Olmo, NIE X1234567L, nacida el 14 de junio de 1990 en Trujillo', 'Trujillo')).toBe(
      true,
    );
    expect(lifeEvent('Fecha de nacimiento: 02/02/1975, en Mérida', 'Mérida')).toBe(true);
    expect(lifeEvent('Causante: D. Tobías Arce, fallecido el 2/3/2026 en Benavente', 'Benavente')).toBe(true);
    expect(lifeEvent('Deudora: Irma Quintero, C.C. 1.034.221.908 de Pereira', 'Pereira')).toBe(true);
  });

  it('stays when the writer gives their own, when a narrative opens on it, or a death at home', () => {
    expect(lifeEvent('Me llamo Brígida Olmo, nacida el 14 de junio de 1990 en Trujillo', 'Trujillo')).toBe(false);
    expect(lifeEvent('Born 9 May 1950 in Tynemouth.', 'Tynemouth')).toBe(false);
    expect(lifeEvent('He was born on 9 May 1950 in Tynemouth', 'Tynemouth')).toBe(false);
    expect(lifeEvent('He died at home in Tynemouth', 'Tynemouth')).toBe(false);
    expect(lifeEvent('She died on Monday and the burial was in Tynemouth', 'Tynemouth')).toBe(false);
  });
});

describe('a country named on its own', () => {
  it('is dropped after a label, a bracket or a preposition that ties it to no one', () => {
    const text =
      'Worker: Evaristo Lunde, passport 71829304 (Norway)\n' +
      'Phone in Norway: +47 912 44 830\nOur buyers are mostly in Belgium and Denmark.';
    expect(places(text)).toEqual([]);
  });

  it('stays after a home or origin cue, in an address field or as an address’s tail', () => {
    expect(places(`Mi cuñada vive en Uruguay desde 2019.${CONTACT}`)).toContain('Uruguay');
    expect(places(`Country of residence: Norway${CONTACT}`)).toContain('Norway');
    expect(places(`Dirección: Rua das Flores 18, 4050-262 Porto, Portugal${CONTACT}`).join(' ')).toContain('Portugal');
  });
});

describe('towns closing the name of a court, a race, a health fund or a clinic', () => {
  it('are the organisation’s', () => {
    expect(places(`Señor Juez Civil Municipal de Pasto\nAccionante: Dora Elcy Muñoz${CONTACT}`)).toEqual([]);
    expect(places(`Media Maratón de Manizales - inscritos\n1. Jairo Otálvaro${CONTACT}`)).toEqual([]);
    expect(places(`Socio: Ruperto Lens\nMutualista: Casa de Galicia${CONTACT}`)).toEqual([]);
    expect(places(`Presupuesto de la Clínica San Rafael (Tarija) por 900 USD${CONTACT}`)).toEqual([]);
  });
});
