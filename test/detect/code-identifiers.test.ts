import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';

const engine = createDetector();
const words = (text: string) =>
  engine
    .detect(text)
    .filter((f) => ['PERSON', 'LOCATION', 'ORGANIZATION'].includes(f.label))
    .map((f) => text.slice(f.start, f.end));

describe('names of constants and environment variables', () => {
  it('are not read as people or places', () => {
    expect(words('env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        key: password\n')).toEqual(
      [],
    );
    expect(words('Set AUSTIN_REGION_ID and PARIS_SHARD_COUNT before the deploy.')).toEqual([]);
  });

  it('while the values next to them still are', () => {
    expect(words('OWNER_NAME="Laura Gómez"\nOFFICE_CITY: Salamanca')).toEqual(['Laura Gómez', 'Salamanca']);
    expect(words('name: Laura Gómez')).toEqual(['Laura Gómez']);
  });
});
