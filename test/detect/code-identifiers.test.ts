import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const words = (text: string) => spansOf(engine, text, ['PERSON', 'LOCATION', 'ORGANIZATION']);

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
