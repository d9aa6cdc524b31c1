import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { personalUrl } from '../../src/detect/validators/contact.js';

const engine = createDetector();
const found = (text: string, label: string) =>
  engine
    .detect(text)
    .filter((f) => f.label === label)
    .map((f) => text.slice(f.start, f.end));

describe('a phone number the order or the booking carries', () => {
  it('is the buyer’s phone, though "order" and "pedido" veto other numbers', () => {
    expect(found('Review queue #2\n  Phone on order: 07398 214 660\n  Risk 61', 'PHONE')).toEqual(['07398 214 660']);
    expect(found('Mobile on the booking: 07412 903 558 (guest asked for late check-in)', 'PHONE')).toEqual([
      '07412 903 558',
    ]);
    expect(found('Teléfono del pedido: 634 907 215, entregar por la tarde', 'PHONE')).toEqual(['634 907 215']);
  });

  it('leaves order and parcel numbers', () => {
    expect(found('Order 07398 214 660 left the warehouse', 'PHONE')).toEqual([]);
    expect(found('Pedido 634 907 215 enviado ayer', 'PHONE')).toEqual([]);
  });
});

describe('regional names of a Spanish health card code', () => {
  it('reads NUHSA and CIPA codes as national ids', () => {
    expect(found('NHC 00731942   NUHSA AN0927315408', 'NATIONAL_ID')).toEqual(['AN0927315408']);
    // Madrid's CIPA: the medical detector reads the code as a record number first; either way it is masked.
    const cipa = 'Datos de la paciente. CIPA: MRSL570918204466';
    expect(engine.detect(cipa).some((f) => cipa.slice(f.start, f.end) === 'MRSL570918204466')).toBe(true);
  });

  it('leaves the words without a code', () => {
    expect(found('El NUHSA aparece en la app de ClicSalud+, pídeselo a la paciente.', 'NATIONAL_ID')).toEqual([]);
  });
});

describe("a site's page of one user", () => {
  it('counts paste-site, forum, video and tip-link user pages', () => {
    for (const url of [
      'https://pastebin.com/u/marsh_harrier_12/Wp4kZ7qe',
      'https://www.reddit.com/user/quietlarch_9',
      'https://www.youtube.com/@tallow.and.thread',
      'https://bsky.app/profile/nmoreno.bsky.social',
      'https://paypal.me/IreneCasals84',
    ])
      expect(personalUrl(url)).not.toBeNull();
  });

  it('leaves API paths, site sections and package scopes', () => {
    for (const url of [
      'https://api.example.com/user/12345',
      'https://shop.example.net/user/42',
      'https://app.example.org/profile/settings',
      'https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz',
      'https://cdn.jsdelivr.net/npm/@fontsource/inter@5/index.css',
      'https://twitch.tv/directory',
    ])
      expect(personalUrl(url)).toBeNull();
  });
});
