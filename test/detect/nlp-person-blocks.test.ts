import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();

const found = (text: string, label: string) => spansOf(detector, text, [label], 0.5);

describe('NlpDetector: a name heading a contact block', () => {
  it('takes the first line of a signature or envelope as a name when numbered lines follow', () => {
    expect(found('Tavoa Rinkleff\n\n48 Quarry Lane\nApt. 7\nSomerton', 'PERSON')).toContain('Tavoa Rinkleff');
    expect(found('> \n> Oskari Venhola\n> Brightwell Ltd\n> 12 Harbour Road', 'PERSON')).toContain('Oskari Venhola');
    expect(found('Ship to:\nIlse van der Brook\n7 Mill Street', 'PERSON')).toContain('Ilse van der Brook');
  });

  it('leaves headings, company lines and lines lower in the block alone', () => {
    expect(found('Getting Started\n\n1. Install it with npm 10', 'PERSON')).toEqual([]);
    expect(found('Quillon Health\n\n33 Dock Road\nLeeds', 'PERSON')).toEqual([]);
    expect(found('Tavoa Rinkleff\nBrennok Vastel\n48 Quarry Lane', 'PERSON')).not.toContain('Brennok Vastel');
    expect(found('Tavoa Rinkleff walked in.\n48 Quarry Lane', 'PERSON')).not.toContain('Tavoa Rinkleff walked');
  });

  it('ends a company name at words such as App, Analytics or Transit', () => {
    expect(found('She joined Zentrova Analytics last spring.', 'ORGANIZATION')).toEqual(['Zentrova Analytics']);
    expect(found('The Quorvy App team shipped it.', 'ORGANIZATION')).toEqual(['Quorvy App']);
  });
});

describe('NlpDetector: the employer after an employment phrase', () => {
  it('takes the capitalised words after works at, a year at or trabaja en as an organisation', () => {
    expect(found('She works at Quendrix Freight these days.', 'ORGANIZATION')).toEqual(['Quendrix Freight']);
    expect(found('He spent a year at Brellow before moving on.', 'ORGANIZATION')).toEqual(['Brellow']);
    expect(found('Mi hermano trabaja en Orvalia desde 2010.', 'ORGANIZATION')).toEqual(['Orvalia']);
  });

  it('leaves people, places and ordinary words after those phrases alone', () => {
    expect(found('I work for Ana Ruiz.', 'ORGANIZATION')).toEqual([]);
    expect(found('She spent a year at Lisbon.', 'ORGANIZATION')).toEqual([]);
    expect(found('He joined Monday.', 'ORGANIZATION')).toEqual([]);
  });
});

describe('NlpDetector: rows of a pasted table', () => {
  it('ends a name at a tab, so the next cell stays its own value', () => {
    expect(found('Marlo Tennick\tAB123456D', 'PERSON')).toEqual(['Marlo Tennick']);
    expect(found('name\tcity\nMarlo Tennick\tLeeds\nSaffa Orlund\tYork', 'PERSON')).toEqual([
      'Marlo Tennick',
      'Saffa Orlund',
    ]);
    expect(found('Marlo Tennick\tLeeds', 'LOCATION')).toEqual(['Leeds']);
  });
});
