import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';

const engine = createDetector();
const found = (text: string, label: string) =>
  engine
    .detect(text)
    .filter((f) => f.label === label)
    .map((f) => text.slice(f.start, f.end));

describe('byte pairs are not a phone number', () => {
  it('leaves pairs inside a run with hex letters or longer than a phone writes', () => {
    expect(found('Decode this for the last clue: 48 49 44 44 45 4E 20 4B 45 59', 'PHONE')).toEqual([]);
    expect(found('payload bytes 31 30 32 39 38 37 36 35 34 ok', 'PHONE')).toEqual([]);
  });

  it('keeps a number written in five pairs, as French numbers are', () => {
    expect(found('Portable : 06 58 21 94 37, après 18 h', 'PHONE')).toEqual(['06 58 21 94 37']);
  });
});

describe('codes of a game or a story are not access codes', () => {
  it('leaves padlock and safe codes the line calls fictional or props', () => {
    expect(
      found('Escape room brief: the chest padlock is 2-8-5-3, the desk safe code 7140 (props only).', 'SECRET'),
    ).toEqual([]);
    expect(found('El candado del cofre es 9-4-1-6 (código inventado para la sala de escape).', 'SECRET')).toEqual([]);
  });

  it('keeps a real key-safe or alarm code', () => {
    expect(found('Key safe by the back door, code 3-9-6-1. Alarm code 4728.', 'SECRET')).toEqual(['3-9-6-1', '4728']);
  });
});
