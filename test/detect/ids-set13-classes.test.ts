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
