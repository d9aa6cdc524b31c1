import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('NlpDetector: places as values of settings', () => {
  it('takes the value of a key that says city, country or address', () => {
    expect(places('OFFICE_CITY=Zamora\nLOG_LEVEL=debug')).toEqual(['Zamora']);
    expect(places('home_country = Portugal')).toEqual(['Portugal']);
    expect(places('SHIP_ADDRESS="14 Larch Road, Leeds"\n')).toEqual(['14 Larch Road, Leeds']);
    expect(places("ciudad_origen='Valladolid'")).toEqual(['Valladolid']);
  });

  it('leaves placeholders, paths, cloud regions and other keys alone', () => {
    expect(places('OFFICE_CITY=${CITY}')).toEqual([]);
    expect(places('office_city=your-city-here')).toEqual([]);
    expect(places('BACKUP_LOCATION=/srv/data/backups')).toEqual([]);
    expect(places('AWS_REGION=US-EAST-1\nSTATE=RUNNING')).toEqual([]);
    expect(places('TEAM_NAME=Platform')).toEqual([]);
  });
});
