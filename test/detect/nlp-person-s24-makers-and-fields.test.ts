import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: makes, models and machines read as products, not people', () => {
  it('reads a maker before a capitalised model as the vehicle or the machine', () => {
    expect(people('Assets: a 2013 Hyundai Tucson, paid off, and a fishing boat.')).toEqual([]);
    expect(people('Our Kubota Grand tractor needs a new clutch before harvest.')).toEqual([]);
    expect(people('We traded the Land Rover Defender for a Toyota Hilux last spring.')).toEqual([]);
    expect(people('Vendo mi Mitsubishi Montero, ITV pasada, por 6.500 €.')).toEqual([]);
  });

  it('reads a maker that is also a given name as the product only with a cue', () => {
    expect(people('Selling the Bailey Orion, 2011, awning included, £7,900.')).toEqual([]);
    expect(people('Insured vehicle: 1998 Morgan Roadster, garaged.')).toEqual([]);
    expect(people('The Bentley Continental needs new tyres.')).toEqual([]);
    expect(people('Items insured: my Omega Speedmaster and a Tag Heuer Monaco.')).toEqual([]);
    expect(people('I met Omega Dijkstraat at the choir.')).toEqual(['Omega Dijkstraat']);
  });

  it('reads a model year, a specification or a model label as a vehicle', () => {
    expect(people('Part exchange: 2017 Elddis Crusader, two berths.')).toEqual([]);
    expect(people('Van on the lease: Transit Custom 2.0 TDI, silver.')).toEqual([]);
    expect(people('Make/model: Dacia Duster')).toEqual([]);
  });

  it('reads a run ending in a kind of plant or machine as the machine', () => {
    expect(people('Category B12 Tower Crane, card valid until March.')).toEqual([]);
    expect(people('Hire sheet: Rough Terrain Forklift, 3 days, delivered to site.')).toEqual([]);
    expect(people('Alquilamos una Grúa Torre para la obra de la nave.')).toEqual([]);
  });

  it('keeps people whose family name or given name is also a make', () => {
    expect(people('I spoke to Harrison Ford about the lease yesterday.')).toEqual(['Harrison Ford']);
    expect(people('Please send the contract to Mr Ford by Friday.')).toEqual(['Mr Ford']);
    expect(people('Morgan Hughes signed the tenancy on Monday.')).toEqual(['Morgan Hughes']);
    expect(people('Ask Stanley Crane to sign the lift plan.')).toEqual(['Stanley Crane']);
    expect(people('Bailey Thompson booked the pitch for two nights.')).toEqual(['Bailey Thompson']);
  });
});

describe('NlpDetector: person fields with a bracket, a role complement or several fields on a line', () => {
  it('reads a lower-case qualifier in brackets between the label and its colon', () => {
    expect(people('Insured (lead applicant): Thabiso Mokoena')).toEqual(['Thabiso Mokoena']);
    expect(people('Tenant (joint): Aurelia Voss')).toEqual(['Aurelia Voss']);
  });

  it('does not read a speaker named in brackets before a colon as the field', () => {
    expect(people('Guest (Marisa Tolvanen): Salut! We land at nine.')).toEqual(['Marisa Tolvanen']);
  });

  it('reads a role with what it is in charge of as a person field', () => {
    expect(people('Encargada de nóminas: Xinia Araya')).toEqual(['Xinia Araya']);
    expect(people('Técnico de guardia: Olger Brenes')).toEqual(['Olger Brenes']);
  });

  it('does not read a report heading or a firm label with a complement as a person field', () => {
    expect(people('Informe clínico del paciente: Paciente de 64 años con disnea.')).toEqual([]);
    expect(people('Nombre de la empresa: Talleres Quirós')).toEqual([]);
  });

  it('reads a person field after a wide gap on a line of fields', () => {
    expect(people('Batch: 7 08:40  Technician: P. Adeyemi-Cole')).toEqual(['P. Adeyemi-Cole']);
    expect(people('Chófer: Tadeo Rojas  Supervisora: Yendry Solano Mora')).toEqual([
      'Tadeo Rojas',
      'Yendry Solano Mora',
    ]);
  });

  it('does not take a firm after a wide gap for a person', () => {
    expect(people('Our ref: QX/44102/LM   Client: Harwick Energy (account 9912)')).toEqual([]);
  });
});

describe('NlpDetector: given names the lists lacked and names said again', () => {
  it('reads Welsh, Scottish, Polish, Costa Rican and Southern African given names', () => {
    expect(people('Notes: Hywel is our most careful rigger.')).toContain('Hywel');
    expect(people('Missing walker: Osian Pritchard, 61.')).toEqual(['Osian Pritchard']);
    expect(people('Wojtek said the scaffold passed inspection.')).toContain('Wojtek');
    expect(people('Hablé con Greivin Solís ayer.')).toEqual(['Greivin Solís']);
    expect(people('Message from Lerato: running late.')).toContain('Lerato');
  });

  it('reads a given name that is also a word, met in full, alone before what the person does', () => {
    expect(people('Member: Grace Ekwueme-Dorr\nGrace says the fee was never explained.')).toEqual([
      'Grace Ekwueme-Dorr',
      'Grace',
    ]);
  });

  it('does not read a word opening the sentence before a name and a comma as a second person', () => {
    expect(people('Recibido.\nOjo, Maribel llamó para cambiar la cita.')).toEqual(['Maribel']);
  });

  it('reads a friend named after whose best friend she is', () => {
    expect(people("Orla's best friend Mali also wants a trial lesson.")).toContain('Mali');
    expect(people('Viene también su mejor amiga Irati a la excursión.')).toContain('Irati');
    expect(people('The best friend trope is tired in this draft.')).toEqual([]);
  });

  it('keeps a family name before a given name in a register', () => {
    expect(people('Account holder: Okoro-Bell, Ada')).toEqual(['Okoro-Bell, Ada']);
  });
});
