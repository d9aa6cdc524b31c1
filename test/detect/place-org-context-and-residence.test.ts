import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const places = (text: string) => spansOf(engine, text, ['LOCATION']);

// Every text carries a phone, so a bare place is not dropped for lack of anyone in the text (places-without-person).
const EN = '\nMobile: 07812 345 678';
const ES = '\nTel. del titular: 612 57 30 84';

describe("an organisation's, an event's or a posting's town", () => {
  it("reads a town inside or after a pharmacy's, a hospital's or a church's name as theirs", () => {
    expect(places(`Pharmacy: Holm Apotek Malmö (internal lab)${EN}`)).toEqual([]);
    expect(places(`Elaborado en Farmacia Ledesma Zaragoza (laboratorio propio).${ES}`)).toEqual([]);
    expect(places(`She qualified at St Mary's Hospital, Manchester in 1931.${EN}`)).toEqual([]);
    expect(places(`Funeral at St Cuthbert's Church, Durham, 11am.${EN}`)).toEqual([]);
  });

  it('keeps the home town and the address next to such a name', () => {
    expect(places(`Apotek order for Nils Berg, Holm Apotek Malmö; Nils lives in Lund.${EN}`)).toEqual(['Lund']);
    expect(places(`Farmacia Ledesma Zaragoza: dispensado a Marta Gil, que vive en Calatayud.${ES}`)).toEqual([
      'Calatayud',
    ]);
    expect(
      places(`Patient admitted to St Luke's Hospital, Leeds; home address 4 Elm Road, Leeds LS6 2AB.${EN}`),
    ).toEqual(['4 Elm Road, Leeds LS6 2AB']);
    expect(places(`Cards to Flat 2, Old Chapel, Ripon please, she moved in May.${EN}`)).toContain('Ripon');
  });

  it("reads a town that opens an event's name as the event's", () => {
    expect(places(`Sat 13 Dec — Essex League XC, Hylands Park (11:00)${EN}`)).toEqual([]);
    expect(places(`Results from Cardiff Half: club best 1:21:40.${EN}`)).toEqual([]);
    expect(places(`Results from the Brighton Half: club best 1:21.${EN}`)).toEqual([]);
  });

  it("reads the town and postcode after a fixture's venue as the venue's, and keeps a home near it", () => {
    expect(places(`Sat 6 Dec — Essex League XC, Hylands Park, Chelmsford CM2 8WQ (men 11:00)${EN}`)).toEqual([]);
    expect(places(`Tom lives near Hylands Park, Chelmsford CM2 8WQ and trains there at 7am.${EN}`)).toEqual([
      'Chelmsford CM2 8WQ',
    ]);
    expect(places(`Sat 6 Dec — Tom lives near Hylands Park, Chelmsford CM2 8WQ, meet 10:00${EN}`)).toEqual([
      'Chelmsford CM2 8WQ',
    ]);
  });

  it("reads a branch named by its code or its town as the firm's", () => {
    expect(places(`SOLICITUD DE TARJETA — Oficina 1187 (Valladolid centro) — exp. TJ-2026-9921${ES}`)).toEqual([]);
    expect(places(`Incident log — Branch 42 (Bristol) — till shortage reported by the manager.${EN}`)).toEqual([]);
    expect(places(`Alta de empleado — Sucursal Querétaro\nNombre: Rosa Elena Ibarra Soto${ES}`)).toEqual([]);
  });

  it("reads the towns where a firm opens premises as the firm's", () => {
    expect(places(`La compañía abrirá en 2027 hoteles en Lima, Cusco y Oporto.${ES}`)).toEqual([]);
    expect(places(`Grupo Marisma abrirá en 2028 hoteles en Cusco, Santa Marta\ny Braga.${ES}`)).toEqual([]);
    expect(places(`Copperkettle Bakery will open new stores in Ripon, York and Hull this autumn.${EN}`)).toEqual([]);
  });

  it('keeps the home town of someone who opened shops', () => {
    expect(places(`Lucía lives in Getafe and opened two shops in Leganés last year.${EN}`)).toContain('Getafe');
  });

  it("reads an assignment's or a visa's destination as no one's home", () => {
    expect(places(`Staff on assignment to\nChicago, Seoul or Montreal should apply 8 weeks ahead.${EN}`)).toEqual([]);
    expect(places(`Employees posted on assignment to\nHouston or Calgary get a housing allowance.${EN}`)).toEqual([]);
    expect(places(`Solicita visa de trabajo para Alemania (Múnich), oferta de Brenner GmbH.${ES}`)).toEqual([]);
    expect(places(`Solicita visa de residencia para España (Valencia), oferta de empleo.${ES}`)).toEqual([]);
  });

  it('keeps where the applicant lives beside the destination', () => {
    expect(places(`Cliente: Lucía Paredes, vive en Cusco. Solicita visa de trabajo para Canadá.${ES}`)).toEqual([
      'Cusco',
    ]);
    expect(places(`Our son has been on secondment since May; he lives in Ealing now.${EN}`)).toEqual(['Ealing']);
  });

  it('reads a stay counted in days as a trip', () => {
    expect(places(`Absences: 61 days in Doha in 2023, otherwise continuous.${EN}`)).toEqual([]);
    expect(places(`Absences ok except 40 days in Nairobi 2022.${EN}`)).toEqual([]);
    expect(places(`Pedro pasó 12 días en Lisboa en 2024 por trabajo; vive en Zamora.${ES}`)).toEqual(['Zamora']);
    expect(places(`Pablo Ruiz (40 días de baja) vive en Soria y pasó las fiestas en Zamora.${ES}`)).toEqual([
      'Soria',
      'Zamora',
    ]);
  });

  it("reads a town on a CV's job or credits line as the job's, and keeps the contact block", () => {
    const en =
      'Tidy this CV please.\nPRIYA NAIR — Sound Recordist\n22 Orchard Close, Ipswich IP4 2PL · 07812 345 678\nCREDITS\n' +
      '2025  "The Long Field" (feature) — boom op, Suffolk\nProduction sound, Anglia Films (Norwich) — 2019–present';
    expect(places(en)).toEqual(['22 Orchard Close, Ipswich IP4 2PL']);
    const es =
      'Mejora este currículum.\nLAURA GÓMEZ PRIETO — Ayudante de producción\nCalle Olivo 3, 1º, 41010 Sevilla · 612 57 30 84\n' +
      'EXPERIENCIA\n2024 — "Mareas" (serie) — auxiliar, Cádiz\n2022–actualidad  Productora Sur (Málaga) — coordinadora';
    expect(places(es)).toEqual(['Calle Olivo 3, 1º, 41010 Sevilla']);
    expect(
      places(`Tidy this CV please.\nPriya Nair, Colchester, b. 1990\nEXPERIENCE\n2019–present  Nurse${EN}`),
    ).toContain('Colchester');
    expect(places(`Family history: grandad Tom (1921–1994) moved to Bristol in 1958.${EN}`)).toEqual(['Bristol']);
  });

  it("reads a firm named by its town as the firm's, and keeps a worker's home", () => {
    expect(places(`Mejora este currículum, es para una productora de Bilbao.${ES}`)).toEqual([]);
    expect(places(`Actualiza el CV; es para una agencia de Valencia.${ES}`)).toEqual([]);
    expect(places(`We are pitching to a law firm in Cardiff next week.${EN}`)).toEqual([]);
    expect(places(`Mi hermana trabaja en una empresa de Sevilla y vive en Dos Hermanas.${ES}`)).toContain(
      'Dos Hermanas',
    );
  });

  it("reads the town of a partnership's letterhead as the firm's", () => {
    expect(places(`Estudio Contable Ferreyra & Asoc. — Córdoba\nDeudor: Sr. Julián Pereyra${ES}`)).toEqual([]);
    expect(places(`Hale Partners — Leeds\nDear Mr Shah,${EN}`)).toEqual([]);
    expect(
      places(`Deudor: Sr. Julián Pereyra, DNI 30.123.456, domicilio Bv. San Juan 450, X5009 Córdoba${ES}`).join('|'),
    ).toContain('Córdoba');
  });

  it("reads an authority's address after its acronym as the authority's", () => {
    expect(places(`You may complain to the ICO, 9 Water Lane, Wilmslow SK9 5AF.${EN}`)).toEqual([]);
    expect(places(`Puede acudir ante la CNMC, Calle Alcalá 47, 28014 Madrid.${ES}`)).toEqual([]);
    expect(places(`Domicilio: Calle Alcalá 47, 28014 Madrid${ES}`)).not.toEqual([]);
  });

  it("reads the town of an accident's street as the accident's, and keeps the insured's town", () => {
    expect(places(`Choque en la Av. Caracas con Calle 26, Medellín, 02/11/2026 7:40 a.m.${ES}`)).toEqual([]);
    expect(places(`Asegurado Pablo Ruiz, domiciliado en Medellín, reporta choque en la Calle 26.${ES}`)).toEqual([
      'Medellín',
    ]);
  });
});

describe('a person’s town and street in notices and family letters', () => {
  it('finds the town after "<name>, of" in an obituary or a notice', () => {
    expect(places(`Reginald Ashby, of Westbury Parva, died peacefully on 2 May, aged 88.${EN}`)).toEqual([
      'Westbury Parva',
    ]);
    expect(places(`Ms Okafor, 42, of Thornaby Vale, was the winner.${EN}`)).toEqual(['Thornaby Vale']);
    expect(places(`Obituary: Joan Pike, of Hexham, died 2 May. Funeral at St Mary's Church, Hexham.${EN}`)).toEqual([
      'Hexham',
    ]);
    expect(places(`Jane Doe, of Counsel, said nothing.${EN}`)).toEqual([]);
  });

  it('finds walks, rises and chases with a house number, and the district after a street someone lives on', () => {
    expect(places(`Home: 4 Larkspur Walk, Didcot OX11 7QP.${EN}`)).toEqual(['4 Larkspur Walk, Didcot OX11 7QP']);
    expect(places(`Please send the parcel to 12 Kestrel Rise, Banbury.${EN}`)).toEqual(['12 Kestrel Rise, Banbury']);
    expect(places(`Cards to 3 Abbey Chase, Thirsk YO7 1AA.${EN}`)).toEqual(['3 Abbey Chase, Thirsk YO7 1AA']);
    expect(places(`Day 3 Nature Walk starts at 10.${EN}`)).toEqual([]);
    expect(places(`Nan lives on Cotham Road, Redland Vale — cards welcome.${EN}`)).toEqual([
      'Cotham Road, Redland Vale',
    ]);
  });
});
