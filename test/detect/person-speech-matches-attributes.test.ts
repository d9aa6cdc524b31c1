import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe("what an agent says after the role's colon is speech, not a name", () => {
  it('drops a verb, a firm or a word that opens the reply (es, en)', () => {
    expect(names('Agente: Entendemos la molestia, ya revisamos el cargo.')).toEqual([]);
    expect(names('Agente: Perfecto, don Eusebio. ¿Algo más?')).toEqual(['don Eusebio']);
    expect(names('Agent: Understood, I have reset the token for you.')).toEqual([]);
    expect(names('Agente: Transportes Meridiano, le atiende el turno de noche.')).toEqual([]);
  });

  it("keeps the agent's name in the same field (es, en)", () => {
    expect(names('Agente: Ramírez atiende la llamada.')).toContain('Ramírez');
    expect(names('Agente: Nayeli\nCliente: hola, buenas')).toContain('Nayeli');
    expect(names('Agent: Siobhan, reviewed the claim on Monday.')).toContain('Siobhan');
    expect(names('Patient: Linnea Akerlund, personnummer 19700101-1234')).toContain('Linnea Akerlund');
    expect(names('Paciente: Xiadani Cuevas, expediente 44120')).toContain('Xiadani Cuevas');
  });
});

describe('a match report names public players', () => {
  it('drops the scorers, the substitute, the referee and the manager (en, es)', () => {
    expect(
      names(
        'Turn this into tweets.\nHarlow Town 2-1 Kelso (attendance 2,310)\nKelso led through Rory Pellew, ' +
          'but a header from Ruben Okafor off a corner levelled it and substitute Dean Whitcombe won it late. ' +
          'Referee: Alan Moss.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Resume la crónica.\nEl Cádiz empató con un cabezazo de Iker Salcedo tras un córner; el suplente Dani Ferrer ' +
          'firmó la remontada ante 9.000 espectadores. Árbitro: Gil Manzano.',
      ),
    ).toEqual([]);
  });

  it('keeps a parent and a child in a message with the same words (en, es)', () => {
    expect(
      names(
        'Coach, my son Liam Carter came on as substitute and scored a header from a corner; the referee booked ' +
          'him for celebrating. Call me on 07700 900 318.',
      ),
    ).toContain('Liam Carter');
    expect(
      names(
        'Hola, mi hija Lucía Robledo salió de suplente y metió de cabezazo tras un córner; el árbitro la amonestó. ' +
          'Mi teléfono: 612 448 903.',
      ),
    ).toContain('Lucía Robledo');
  });
});

describe('a user name in an XML or HTML attribute', () => {
  it('finds the user name of an attribute like a field (en)', () => {
    expect(names('<assignee username="lucia.ferrandez">Lucia Ferrandez</assignee>')).toContain('lucia.ferrandez');
    expect(names('<reporter username="tomas.herrera"/>')).toContain('tomas.herrera');
    expect(names("<user login='sigrid.haugen' role='admin'/>")).toContain('sigrid.haugen');
  });
});

describe('a user name beside a chat role, in an IAM path, or a JSON "name" value', () => {
  it("finds the speaker's user name in brackets and an ARN's user (en, es)", () => {
    expect(names('[10:02] patient (tomas.h): hi, the rash is back')).toContain('tomas.h');
    expect(names('[10:03] cliente (lucia_ferrandez): hola, sigo sin acceso')).toContain('lucia_ferrandez');
    expect(names('"arn":"arn:aws:iam::111122223333:user/sigrid.haugen"')).toContain('sigrid.haugen');
    expect(names('GET /api/users/tomas.herrera/orders')).toContain('tomas.herrera');
  });

  it('finds a full name as the quoted value of a "name" key (en)', () => {
    expect(names('{"customer_id": "C-118", "name": "Aoife O\'Donoghue", "tier": "gold"}')).toContain(
      "Aoife O'Donoghue",
    );
    expect(names('{"Identification":"12345678","Name":"Kavya Shah"}')).toContain('Kavya Shah');
    expect(names('{"id": 7, "customer_name": "Ines Lima"}')).toContain('Ines Lima');
  });

  it('leaves a product, a plan and a cookie under "name" alone', () => {
    expect(names('{"name": "Premium Plan", "price": 9}')).toEqual([]);
    expect(names('{"name": "cookie", "value": "abc"}')).toEqual([]);
    expect(names('{"name": "Acme Holdings Ltd"}')).toEqual([]);
  });
});
