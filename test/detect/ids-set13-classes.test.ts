import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const detector = createDetector();

describe('a query parameter named for a phone number or a birth date', () => {
  it('finds a percent-encoded phone number after phone=, movil=, mobile=', () => {
    expect(
      spansOf(
        detector,
        '10.1.2.3 - - [02/Mar/2026:10:01:22 +0000] "GET /v1/users/find?phone=%2B447831204567&full=1 HTTP/1.1" 200 41',
        ['PHONE'],
      ),
    ).toEqual(['%2B447831204567']);
    expect(spansOf(detector, 'POST /alta?nombre=x&movil=0034%20622%20418%20907&ok=1 HTTP/2 302', ['PHONE'])).toEqual([
      '0034%20622%20418%20907',
    ]);
    expect(spansOf(detector, 'redirect to /welcome?step=3&mobile=%2B34655123987', ['PHONE'])).toEqual([
      '%2B34655123987',
    ]);
  });

  it('finds a birth date after dob=, fecha_nacimiento=, birthdate=', () => {
    expect(spansOf(detector, '"GET /api/v3/quotes?plan=basic&dob=1984-11-02 HTTP/1.1" 504 0', ['DATE'])).toEqual([
      '1984-11-02',
    ]);
    expect(
      spansOf(detector, 'GET /tramites/cita?fecha_nacimiento=23%2F07%2F1969&oficina=4 HTTP/1.1', ['DATE']),
    ).toEqual(['23%2F07%2F1969']);
    expect(spansOf(detector, 'curl "https://crm.local/m?birthdate=19911205&tier=2"', ['DATE'])).toEqual(['19911205']);
  });

  it('leaves parameters whose name says nothing personal, and values that are no number or date', () => {
    expect(spansOf(detector, 'GET /export?telemetry=1234567890&since=2026-01-01', ['PHONE'])).toEqual([]);
    expect(spansOf(detector, 'GET /search?phone=any&page=2', ['PHONE'])).toEqual([]);
    expect(spansOf(detector, 'GET /api?dob=1984-13-40', ['DATE'])).toEqual([]);
  });
});

describe('an Argentine CBU alias as a JSON field', () => {
  it('finds the alias in "alias": "..." beside a CBU or CVU', () => {
    expect(
      spansOf(detector, '{"cbu": "0170099220000067797370", "alias": "trigo.lento.mar", "banco": "Galicia"}', [
        'BANK_ACCOUNT',
      ]),
    ).toContain('trigo.lento.mar');
    expect(
      spansOf(detector, '{"cvu":"0000003100056781234509","alias":"faro.norte.dia","titular":"x"}', ['BANK_ACCOUNT']),
    ).toContain('faro.norte.dia');
  });

  it('leaves a JSON alias with no bank around it', () => {
    expect(spansOf(detector, '{"host": "db1", "alias": "db.primary.local"}', ['BANK_ACCOUNT'])).toEqual([]);
  });
});

const secrets = (text: string) => spansOf(detector, text, ['SECRET']);

describe('passwords and session values in server commands, password files and exported lists', () => {
  it('finds a Redis password in a compose command array, a shell command and a config file', () => {
    expect(secrets('    command: ["redis-server", "--save", "60", "1", "--requirepass", "Hq4&wZ9pLm2T"]')).toEqual([
      'Hq4&wZ9pLm2T',
    ]);
    expect(secrets('docker run -d redis:7 redis-server --requirepass Nv6tR1xK8qPz')).toEqual(['Nv6tR1xK8qPz']);
    expect(secrets('# réplica\nreplicaof 10.0.0.5 6379\nmasterauth Bq2yW7nT4kLs')).toEqual(['Bq2yW7nT4kLs']);
    expect(secrets('command: redis-server --requirepass "${REDIS_PASS}"')).toEqual([]);
  });

  it('finds the password field of a .pgpass line, not a default equal to the user name', () => {
    expect(secrets('~/.pgpass\ndb-eu.internal:5432:orders:lucia_p:Wm3!rX8qTz\n')).toEqual(['Wm3!rX8qTz']);
    expect(secrets('Mi fichero .pgpass tiene:\n*:6432:contabilidad:jgarcia:Tr7vN2pQ9k\n')).toEqual(['Tr7vN2pQ9k']);
    expect(secrets('export PGPASSFILE=~/pg/passfile\nreplica-2:5432:*:etl_job:Zc5nB8wL1m')).toEqual(['Zc5nB8wL1m']);
    expect(secrets('~/.pgpass\nlocalhost:5432:*:dev:dev\n')).toEqual([]);
  });

  it('finds session and API-key values in cookie exports and Postman or HAR name/value lists', () => {
    expect(
      secrets(
        '[{"domain": ".mercado.example", "hostOnly": false, "name": "mkt_sess", "path": "/", "value": "Rf8kP2qW7xN4vL1zT9cB6mJ3", "secure": true}]',
      ),
    ).toEqual(['Rf8kP2qW7xN4vL1zT9cB6mJ3']);
    expect(
      secrets(
        '{\n  "name": "cf_clearance",\n  "value": "Uq7mW2xP9kR4tN8vL3zB6cJ1-1800000000-1.2.1.1-Hs5dF8gK2pQ7wXe4Rt9Yu1Io6Pa3Sd"\n}',
      ),
    ).toEqual(['Uq7mW2xP9kR4tN8vL3zB6cJ1-1800000000-1.2.1.1-Hs5dF8gK2pQ7wXe4Rt9Yu1Io6Pa3Sd']);
    expect(secrets('"header": [{"key": "X-Api-Key", "value": "Zt4pQ9mW2xR7vK1nL8cB5yJ3", "type": "text"}]')).toEqual([
      'Zt4pQ9mW2xR7vK1nL8cB5yJ3',
    ]);
  });

  it('leaves header names in Postman key/value objects and harmless cookies', () => {
    expect(
      secrets(
        '"header": [{"key": "Content-Type", "value": "application/json"}, {"key": "Accept-Encoding", "value": "gzip"}]',
      ),
    ).toEqual([]);
    expect(secrets('"variable": [{"key": "baseUrlOfService", "value": "https://api.tienda.example/v2"}]')).toEqual([]);
    expect(secrets('[{"name": "session_timeout", "value": "1800"}, {"name": "lang", "value": "es-ES"}]')).toEqual([]);
  });

  it('finds a Wi-Fi key given after a place named with accents', () => {
    expect(secrets('el wifi de la sala Peñón es Salon-Invitados / pass Roble2027!Este si hace falta')).toEqual([
      'Roble2027!Este',
    ]);
    expect(secrets('the wifi at Café Ñandú is CafeGuest / pass Kiwi-Lamp-5531 btw')).toEqual(['Kiwi-Lamp-5531']);
  });
});

describe("a secret key paired with the vendor guide's example key id", () => {
  it('leaves an EXAMPLE secret key under an EXAMPLE access key id', () => {
    expect(
      secrets(
        '[dev]\naws_access_key_id = AKIAZK4MTQ2WEXAMPLE\naws_secret_access_key = Tq8vLm3PxR7wZc2Kb9Yn/H4sJd1FEXAMPLEKEY05\n',
      ),
    ).toEqual([]);
  });

  it('keeps the secret when the key id beside it is real, or the secret is random', () => {
    expect(
      secrets(
        '[dev]\naws_access_key_id = AKIAZK4MTQ2W7RPL3XNB\naws_secret_access_key = Tq8vLm3PxR7wZc2Kb9Yn/H4sJd1FEXAMPLEKEY05\n',
      ),
    ).toContain('Tq8vLm3PxR7wZc2Kb9Yn/H4sJd1FEXAMPLEKEY05');
    expect(
      secrets(
        '[dev]\naws_access_key_id = AKIAZK4MTQ2WEXAMPLE\naws_secret_access_key = Tq8vLm3PxR7wZc2Kb9Yn/H4sJd1Fq0wXe5Rt6Yu7\n',
      ),
    ).toEqual(['Tq8vLm3PxR7wZc2Kb9Yn/H4sJd1Fq0wXe5Rt6Yu7']);
  });
});

const dates = (text: string) => spansOf(detector, text, ['DATE']);

describe('birth dates in a notebook output cell, in brackets after a birth verb, and days said in words', () => {
  it("reads a data frame printed inside a notebook's JSON output under a dob / fecha_nac header", () => {
    const cell = (header: string, rows: string[]) =>
      `{"outputs": [{"data": {"text/plain": [\n    "${header}\\n",\n${rows.map((r) => `    "${r}\\n"`).join(',\n')}]}}]}`;
    const en = cell('   member_id  surname     dob          plan', [
      '0  A-1182     Ferreira    1971-05-14   gold',
      '1  A-1190     Lindahl     1983-10-02   basic',
      '2  A-1204     Okafor      1990-01-27   basic',
    ]);
    expect(dates(en)).toEqual(['1971-05-14', '1983-10-02', '1990-01-27']);
    const es = cell('   expediente  apellidos      fecha_nac     centro', [
      '0  EX-441      Robles Gil     12/03/1958    Norte',
      '1  EX-452      Pardo Vidal    30/11/1962    Sur',
      '2  EX-460      Ibáñez Sanz    04/07/1975    Norte',
    ]);
    expect(dates(es)).toEqual(['12/03/1958', '30/11/1962', '04/07/1975']);
  });

  it('finds every bracketed date of children listed after a birth verb', () => {
    expect(
      dates(
        'SEGUNDO.- Fruto de la unión nacieron Martina (el 4 de abril de 2013) y\nHugo Peris Lozano (el 22 de enero de 2017).',
      ),
    ).toEqual(expect.arrayContaining(['4 de abril de 2013', '22 de enero de 2017']));
    expect(dates('They have three kids: Ella (born 3 May 2015), Sam (2017-08-19) and Joe (11/02/2020).')).toEqual(
      expect.arrayContaining(['2017-08-19', '11/02/2020']),
    );
    expect(dates('Sus hijas, Carla (08.09.2009) y Noa (17.12.2012), viven con la madre.')).toEqual([
      '08.09.2009',
      '17.12.2012',
    ]);
  });

  it('leaves bracketed dates that are not births', () => {
    expect(dates('The children toured the old mill (restored 3 May 1998) and the bridge (2001-06-30).')).toEqual([]);
  });

  it('finds a day and month said in words next to an event of the person', () => {
    expect(dates('punto el día once de marzo tuve un accidente en la autopista coma')).toEqual(['once de marzo']);
    expect(dates('el trabajador dice que se cayó el veintiocho de enero en el almacén')).toEqual([
      'veintiocho de enero',
    ]);
    expect(dates('she was signed off sick on the twelfth of September after the fall')).toEqual([
      'twelfth of September',
    ]);
  });

  it('leaves a street named for a date and a spoken date with no one in it', () => {
    expect(dates('el accidente fue en la plaza Dos de Mayo, junto al kiosco')).toEqual([]);
    expect(dates('The fifth of November is bonfire night across the country.')).toEqual([]);
  });
});

const ids = (text: string) => spansOf(detector, text, ['NATIONAL_ID']);

describe("an Italian identity card after CI, a UK PNC id, and a log line's date after an id", () => {
  it('finds a CIE number after "CI" on a guest or passenger list', () => {
    expect(ids('2) Giulia Conti — CNTGLI88A41H501U — CI CB40271MT — 01.01.1988')).toContain('CB40271MT');
    expect(ids('Huésped: Paolo Greco, CI: CD11853RA, llegada el viernes')).toContain('CD11853RA');
    expect(ids('Passenger 3 Anna Riva, C.I. CF60318RN, seat 14C')).toContain('CF60318RN');
  });

  it('finds a PNC id whose check letter fits, after its cue', () => {
    expect(ids('Defendant Liam Shaw, DOB 03.09.1999,\nPNC 11/2093847M. Address withheld.')).toEqual(['11/2093847M']);
    expect(ids('PNC ID: 19/560318E (custody record 7781)')).toEqual(['19/560318E']);
    expect(ids('Informe de libertad condicional: PNC 03/88412V, sin antecedentes previos')).toEqual(['03/88412V']);
  });

  it('leaves a PNC-shaped value whose check letter is wrong, and one with no cue', () => {
    expect(ids('PNC 11/2093847A')).toEqual([]);
    expect(ids('see plan 11/2093847M for the room')).toEqual([]);
  });

  it("leaves a log line's date and time on the line after a cued id", () => {
    const found = ids('Customer NIN 60417293852\n04/12 10:12 SIM swap approved by agent');
    expect(found).toEqual(['60417293852']);
    expect(ids('DNI 48392017K\n05/11 09:40 cita confirmada')).not.toContain('05/11 09');
  });
});

describe('numbers and addresses that are no one: log clocks, hex dumps, premium lines, documentation ranges', () => {
  const phones = (text: string) => spansOf(detector, text, ['PHONE']);

  it("leaves an error log's seconds and year, and a hex dump's byte groups", () => {
    expect(phones('[Sat Mar 07 18:40:09.412 2026] [proxy:error] [pid 1180] AH00957')).toEqual([]);
    expect(phones('[mar 10 08:03:51.077 2026] [php:warn] aviso en index.php')).toEqual([]);
    expect(phones('0000a0  20 32 30 32 36 20 31 38  20 34 35 20 38 38 20 39  |.obj<<.Type.Page|')).toEqual([]);
  });

  it('leaves Spanish premium-rate information lines, keeps a private number beside them', () => {
    expect(phones('Información del tráfico: 807 120 443 (tarificación especial).')).toEqual([]);
    expect(phones('Vota por SMS o llama al 905 41 22 90')).toEqual([]);
    expect(phones('Mi móvil es 622 418 907; el 806 33 12 40 es el de la encuesta')).toEqual(['622 418 907']);
  });

  it('keeps a phone number after a clock with a space, and in a log line that is no hex dump', () => {
    expect(phones('11:02 llamó la paciente desde el 622 418 907')).toEqual(['622 418 907']);
    expect(phones('2026-03-07 18:40 callback requested to 07831 204567 by Ms Hale')).toEqual(['07831 204567']);
  });

  it('leaves the IPv6 documentation prefix where a sample cue presents it, keeps it in a log', () => {
    const ips = (text: string) => spansOf(detector, text, ['IP_ADDRESS']);
    expect(ips('Examples in this memo use 2001:db8::/32, for instance 2001:db8:1f70::9c1:44.')).toEqual([]);
    expect(ips('Los ejemplos usan 2001:db8:aa::1 como dirección de documentación')).toEqual([]);
    expect(ips('sshd: Accepted publickey for deploy from 2001:db8:4a1::17 port 52144')).toEqual(['2001:db8:4a1::17']);
  });

  it('leaves example.com mailboxes listed as samples or examples on their line', () => {
    const emails = (text: string) => spansOf(detector, text, ['EMAIL']);
    expect(emails('email   ^[a-z.]+@[a-z]+$   samples: marta.gil@example.com, x@@y')).toEqual([]);
    expect(emails('Examples of valid input: lena.fischer@example.org and tom+1@example.net')).toEqual([]);
    expect(emails('Registro 14: lena.fischer@example.org, alta 2026-03-01')).toEqual(['lena.fischer@example.org']);
  });
});
