import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// A form value ("Address: ...", "Dirección: ...") ends with its sentence. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });
const places = (text: string) => spansOf(detector, text, ['LOCATION'], 0.5);

describe('a form value ends at a sentence end', () => {
  it('stops before the next sentence in English', () => {
    for (const [text, value] of [
      ['Address: 9 Pellow Close, Truro TR1 3XY. Thanks for checking it.', '9 Pellow Close, Truro TR1 3XY'],
      ['Home address: 41 Quarry Bank, Hexham NE46 2PL. Please update the file.', '41 Quarry Bank, Hexham NE46 2PL'],
      ['Address: 7 Wren Court, Ipswich. Let me know if you need more.', '7 Wren Court, Ipswich'],
    ]) {
      const found = places(text!);
      expect(found.some((p) => p.startsWith(value!.split(',')[0]!))).toBe(true);
      expect(found.join(' ')).not.toMatch(/Thanks|Please|Let me/);
    }
  });

  it('stops before the next sentence in Spanish', () => {
    for (const text of [
      'Dirección: Calle Olmedo 14, 2º A, Valladolid. Gracias por la gestión.',
      'Dirección: Calle Lucena 4, Toledo. Adjunto el contrato firmado.',
      'Dirección: Pasaje Los Aromos 55, Temuco. Saludos cordiales.',
    ]) {
      const found = places(text);
      expect(found.length).toBeGreaterThan(0);
      expect(found.join(' ')).not.toMatch(/Gracias|Adjunto|Saludos/);
    }
  });

  it('keeps going over the dot of an abbreviation or an initial', () => {
    expect(places('Address: 12 St. Aldhelm Way, Sherborne DT9 4QQ')).toContain('12 St. Aldhelm Way, Sherborne DT9 4QQ');
    expect(places('Dirección: Av. Belgrano 1450, Dpto. B, Salta')).toContain('Av. Belgrano 1450, Dpto. B, Salta');
    expect(places('Dirección: Calle Gral. Paz 30, No. 4, Mendoza')).toContain('Calle Gral. Paz 30, No. 4, Mendoza');
  });

  it('keeps a unit word that goes on with the address after a dot', () => {
    expect(places('Dirección: Calle Rioja 8. Piso 3, Logroño')).toContain('Calle Rioja 8. Piso 3, Logroño');
    expect(places('Address: 3 Tannery Lane. Flat 2, Kendal')).toContain('3 Tannery Lane. Flat 2, Kendal');
    expect(places('Domicilio: Calle Ancha 5. Planta 1, Cádiz')).toContain('Calle Ancha 5. Planta 1, Cádiz');
  });
});
