import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { boundByCells } from '../../src/detect/table/cell-bounds.js';
import type { Finding } from '../../src/detect/types.js';
import { spansOf } from '../support/spans.js';

// Every example is invented.
const finding = (text: string, value: string, label: Finding['label']): Finding => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, label, type: 'TEST', score: 0.8, detector: 'test' };
};
const bounded = (text: string, fs: Finding[]) => boundByCells(text, fs).map((f) => text.slice(f.start, f.end));

describe('a table cell bounds a finding', () => {
  it('keeps the value cell of a diagnosis found over a header cell (tab and pipe rows, en and es)', () => {
    for (const [text, over, cell] of [
      ['Patient\tsprained ankle\nWard\t4B', 'Patient\tsprained ankle', 'sprained ankle'],
      ['Paciente\tfractura de cadera\nCama\t12', 'Paciente\tfractura de cadera', 'fractura de cadera'],
      ['| Finding | Value |\n| Diagnosis | chronic gastritis |', 'Diagnosis | chronic gastritis', 'chronic gastritis'],
      ['| Motivo | dolor lumbar crónico |', 'Motivo | dolor lumbar crónico', 'dolor lumbar crónico'],
    ]) {
      expect(bounded(text!, [finding(text!, over!, 'MEDICAL')])).toEqual([cell]);
    }
  });

  it('cuts a name or a place that runs over two cells into one finding a cell, losing nothing', () => {
    const names = 'first\tlast\nOrla\tMacfadyen';
    expect(bounded(names, [finding(names, 'Orla\tMacfadyen', 'PERSON')])).toEqual(['Orla', 'Macfadyen']);
    const region = 'region | postcode\nNorthumberland | NE61';
    expect(bounded(region, [finding(region, 'Northumberland | NE61', 'LOCATION')])).toEqual(['Northumberland', 'NE61']);
    const es = 'provincia\tcp\nCáceres\t10001';
    expect(bounded(es, [finding(es, 'Cáceres\t10001', 'LOCATION')])).toEqual(['Cáceres', '10001']);
  });

  it('leaves findings with no cell border inside them, secrets and glued pipes as they are', () => {
    const prose = 'Patient fractured wrist after a fall';
    expect(bounded(prose, [finding(prose, 'fractured wrist', 'MEDICAL')])).toEqual(['fractured wrist']);
    const secret = 'token: ab|cd\tef99';
    expect(bounded(secret, [finding(secret, 'ab|cd\tef99', 'SECRET')])).toEqual(['ab|cd\tef99']);
    const glued = 'code a|b12 here';
    expect(bounded(glued, [finding(glued, 'a|b12', 'MEDICAL')])).toEqual(['a|b12']);
  });

  it('bounds the engine findings of tab-separated rows', () => {
    const engine = createDetector();
    for (const [text, value] of [
      ['Field\tValue\nPatient\tfractured wrist\nSeen\tyes', 'fractured wrist'],
      ['Campo\tValor\nPaciente\tfractura de muñeca\nVisto\tsí', 'fractura de muñeca'],
      ['Item\tNote\nPatient\tbroken collarbone\nSeen\tyes', 'broken collarbone'],
    ]) {
      const medical = spansOf(engine, text!, ['MEDICAL']);
      expect(medical).toContain(value);
      expect(medical.some((m) => m.includes('\t'))).toBe(false);
    }
  });
});

describe('a code in the next column is no part of a name', () => {
  it('drops a country or sex code cut off a name by the cell border', () => {
    for (const [text, over, name] of [
      ['name\tcountry\nIsidro Caamaño\tES', 'Isidro Caamaño\tES', 'Isidro Caamaño'],
      ['name | sex\nWendeline Roux | F', 'Wendeline Roux | F', 'Wendeline Roux'],
      ['nombre\tpaís\nRemedios Alcañiz\tMEX', 'Remedios Alcañiz\tMEX', 'Remedios Alcañiz'],
    ]) {
      expect(bounded(text!, [finding(text!, over!, 'PERSON')])).toEqual([name]);
    }
  });
});

describe('a measurement read across a row stays whole', () => {
  it('keeps an analyte or a sign with the value cell beside it', () => {
    for (const [text, type] of [
      ['| Ferritin | 11 | ng/mL |', 'LAB_RESULT'],
      ['Hemoglobina\t10,9\tg/dL', 'LAB_RESULT'],
      ['| Tensión arterial | 150/95 | mmHg |', 'VITAL_SIGN'],
    ]) {
      const value = text!.replace(/^\| /, '').replace(/ \|$/, '');
      const f = { ...finding(text!, value, 'MEDICAL'), type: type! };
      expect(bounded(text!, [f])).toEqual([value]);
    }
    const untyped = 'Motivo\tcontrol 3 meses';
    expect(bounded(untyped, [finding(untyped, untyped, 'MEDICAL')])).toEqual([untyped]);
  });
});

describe('a table aligned with spaces bounds a finding too', () => {
  it('cuts at the gaps of a row of three cells or more', () => {
    const en = 'region      postcode  condition\nLancashire  PR7       gout';
    expect(bounded(en, [finding(en, 'Lancashire  PR7', 'LOCATION')])).toEqual(['Lancashire', 'PR7']);
    const es = 'provincia   cp      motivo\nSoria       42001   hernia discal';
    expect(bounded(es, [finding(es, '42001   hernia discal', 'MEDICAL')])).toEqual(['42001   hernia discal']);
    const row = 'ward    patient   note\nB2      Patient   broken tibia';
    expect(bounded(row, [finding(row, 'Patient   broken tibia', 'MEDICAL')])).toEqual(['broken tibia']);
  });

  it('leaves double blanks in prose alone', () => {
    const prose = 'Seen today.  Patient  reports knee pain.';
    expect(bounded(prose, [finding(prose, 'Patient  reports knee pain', 'MEDICAL')])).toEqual([
      'Patient  reports knee pain',
    ]);
  });
});
