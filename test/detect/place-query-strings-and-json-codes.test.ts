import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: postal values in query strings and JSON objects', () => {
  it('takes a postal parameter of a logged URL, percent escapes and all', () => {
    expect(places('10.0.4.7 - - "GET /api/verify?name=x&postcode=2514%20GK HTTP/1.1" 200 311')).toEqual(['2514%20GK']);
    expect(places('GET /v1/lookup?zip=30309&lang=en HTTP/2 404')).toEqual(['30309']);
    expect(places('POST /tramites/alta?dni=ok&cp=41013 HTTP/1.1" 302')).toEqual(['41013']);
    expect(places('"GET /consulta?cp=50008&ciudad=Zaragoza HTTP/1.1" 200')).toEqual(['50008', 'Zaragoza']);
  });

  it('takes a bare number after a JSON postal key, and an Argentine CPA after "cp"', () => {
    expect(places('{"street": "912 Alder Way", "postalCode": 97214, "country": "US"}')).toContain('97214');
    expect(places('{ "zip": 55408-2231 }')).toEqual(['55408-2231']);
    expect(places('{"direccion": "Belgrano 455", "cp": "S2000", "pais": "Argentina"}')).toContain('S2000');
    expect(places('"cp": "B1636AAB",')).toEqual(['B1636AAB']);
  });

  it('leaves a two-letter state code alone, as the writers of earlier sets did', () => {
    expect(places('{"city": "Tulsa", "state": "OK", "zip": "74103"}')).toEqual(['Tulsa', '74103']);
    expect(places('{"ciudad": "Houston", "estado": "TX"}')).toEqual(['Houston']);
  });

  it('leaves other keys, statuses and numbers alone', () => {
    expect(places('{"state": "OK", "retries": 3}')).toEqual([]);
    expect(places('{"job": {"state": "IN", "queue": "main"}}')).toEqual([]);
    expect(places('rsync --cp=3 --port=8080')).toEqual([]);
    expect(places('GET /search?q=cp&page=12345 HTTP/1.1')).toEqual([]);
    expect(places('{"port": 8080, "timeout": 30000}')).toEqual([]);
    expect(places('{"cp": "abc", "level": 12}')).toEqual([]);
  });
});
