import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createDetector, defaultRulesDir } from '../../src/detect/engine.js';

// rules/medical/specialty-examples.yaml: each group's texts whose phrases must lie under a MEDICAL finding, and the
// same words about no one, which must carry none.
interface Group {
  /** not_medical: phrases of the same text that name a document, a heading or a field and lie under no finding. */
  must?: Array<{ text: string; medical: string[]; not_medical?: string[] }>;
  must_not?: string[];
}
const groups = load(readFileSync(join(defaultRulesDir(), 'medical', 'specialty-examples.yaml'), 'utf8'), {
  schema: CORE_SCHEMA,
}) as Record<string, Group>;
const engine = createDetector();
const medical = (text: string) => engine.detect(text).filter((f) => f.label === 'MEDICAL');

describe.each(Object.entries(groups))('%s', (_name, group) => {
  it.each((group.must ?? []).map((m) => [m.text, m.medical, m.not_medical ?? []] as const))(
    'finds its health details: %s',
    (text, phrases, notPhrases) => {
      const found = medical(text);
      const under = (phrase: string): boolean => {
        const start = text.indexOf(phrase);
        expect(start, `"${phrase}" is in the example`).toBeGreaterThanOrEqual(0);
        return found.some((f) => f.start < start + phrase.length && f.end > start);
      };
      for (const phrase of phrases) expect(under(phrase), `"${phrase}" lies under a MEDICAL finding`).toBe(true);
      for (const phrase of notPhrases) expect(under(phrase), `"${phrase}" lies under no MEDICAL finding`).toBe(false);
    },
  );
  it.each(group.must_not ?? [])('leaves the same words about no one: %s', (text) => {
    expect(medical(text).map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});
