import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('NlpDetector: the venues of a group’s event', () => {
  it('drops the places of options weighed for an offsite or a trip of a group', () => {
    expect(places('Option 1: Krakow, 3-5 May, flights from Dublin.\nOption 2: Porto, 10-12 May.')).toEqual([]);
    expect(places('Propuesta A: Granada, del 2 al 4 de junio, tren desde Madrid.')).toEqual([]);
    expect(places('Plan B: Tallinn in late August, ferry from Helsinki.')).toEqual([]);
  });

  it('drops the places on a line that counts a group or prices per head', () => {
    expect(places('Team dinner in Bristol for 40 people on the 12th.')).toEqual([]);
    expect(places('Excursión a Toledo: 35 personas, 60 € por persona.')).toEqual([]);
    expect(places('Coach to Cambridge at 9:00 for 22 delegates.')).toEqual([]);
  });

  it('keeps a person’s trip and a family’s move', () => {
    expect(places('Book me a train to Cambridge on Friday.')).toEqual(['Cambridge']);
    expect(places('We are a family of 4 people and we moved to Bristol in May.')).toEqual(['Bristol']);
  });
});

describe('NlpDetector: a firm’s story, world regions and code names', () => {
  it('drops where a firm was founded, registered or launched', () => {
    expect(places('Founded in Aberdeen in 1994, the firm now has 300 staff.')).toEqual([]);
    expect(places('Registered in Scotland, company no. SC123456.')).toEqual([]);
    expect(places('Se aprueba el piloto en Asturias y el lanzamiento en Galicia.')).toEqual([]);
    expect(places('Next year we expanded into Chile with two partners.')).toEqual([]);
  });

  it('drops a continent something spreads over, not one someone lives in', () => {
    expect(places('We ship to 2,000 clinics across Europe.')).toEqual([]);
    expect(places('Growth throughout Asia slowed in Q3.')).toEqual([]);
    expect(places('Tenemos clientes en toda Europa.')).toEqual([]);
    expect(places('My sister lives in Asia now.')).toEqual(['Asia']);
  });

  it('drops a town naming a part of a software system or a project', () => {
    expect(places('- Denver scheduler: jobs now retry twice.')).toEqual([]);
    expect(places('The Oslo workers drain the queue at night.')).toEqual([]);
    expect(places('Status of project Quito and codename Geneva?')).toEqual([]);
  });
});

describe('NlpDetector: geo-IP tags and a road’s direction', () => {
  it('drops the country an IP address resolves to, or a login’s geolocation', () => {
    expect(places('Sign-in from 203.0.113.9 (Portugal) at 03:10.')).toEqual([]);
    expect(places('Nuevo acceso desde 198.51.100.4 (Marruecos) bloqueado.')).toEqual([]);
    expect(places('Last login: Brazil, Chrome on Windows.')).toEqual([]);
  });

  it('drops the direction of travel on a road, not an address', () => {
    expect(places('Accidente en la A-4, km 212, sentido Córdoba.')).toEqual([]);
    expect(places('Queue on the M6 towards Preston after junction 31.')).toEqual([]);
    expect(places('Atasco en la N-340 dirección Málaga.')).toEqual([]);
    expect(places('Vive en Málaga desde 2019.')).toEqual(['Málaga']);
  });
});
