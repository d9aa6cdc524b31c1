import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import type { Finding, TextDetector } from '../../src/detect/types.js';
import { DefinitionCache } from '../../src/pipeline/definition-cache.js';
import { inspect } from '../../src/pipeline/inspect.js';
import { type Segment, USER_LOCATION_TYPES } from '../../src/pipeline/segments.js';
import { anthropicMessages } from '../../src/providers/anthropic/parse.js';
import { chatToolSegments } from '../../src/providers/tool-definitions.js';
import { AGENT_TOOLS } from '../support/agent-tools.js';
import { REPO_RULES } from '../support/rules.js';

const LIMITS = { timeoutMs: 60_000, maxChars: 1_000_000 };

/** A detector that finds every '@' word as an EMAIL and counts the texts it was asked about. */
function countingDetector(): TextDetector & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    detect(text: string): Finding[] {
      calls.push(text);
      const out: Finding[] = [];
      for (const m of text.matchAll(/\S+@\S+/g)) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          label: 'EMAIL',
          type: 'EMAIL',
          score: 0.9,
          detector: 'count',
        });
      }
      return out;
    },
  };
}

function agentRequest(tools: unknown, message: string): Segment[] {
  const out: Segment[] = [{ path: ['messages', 0, 'content'], kind: 'message', role: 'user', text: message }];
  chatToolSegments({ tools }, out);
  out.push({ path: ['messages', 1, 'content'], kind: 'message', role: 'user', text: 'and the next turn' });
  return out;
}

const mailTool = (address: string) => [
  {
    type: 'function',
    function: {
      name: 'send_mail',
      description: `Mails the weekly report to ${address}`,
      parameters: { type: 'object', properties: { cc: { type: 'string', description: `copy, e.g. ${address}` } } },
    },
  },
];

describe('DefinitionCache: the findings of an agent’s tool definitions, remembered as one set', () => {
  it('gives the same findings with and without the cache, on the shipped engine and invented values', () => {
    const engine = createDetector({ rulesDir: REPO_RULES });
    const tools = [
      ...AGENT_TOOLS,
      ...mailTool('quentin.ybarra@lorvex-mail.net'),
      {
        type: 'function',
        function: {
          name: 'book_followup',
          description: 'Books a follow-up for patients with type 2 diabetes, calls +34 612 448 093 if urgent',
          parameters: { type: 'object', properties: {} },
        },
      },
    ];
    const segments = agentRequest(tools, 'Hi, I am Odalys Ferreiro, my order is late');
    const plain = inspect(engine, segments, LIMITS);
    expect(plain.some((f) => segments[f.segment]?.kind === 'tool_definition')).toBe(true);
    const cache = new DefinitionCache();
    const first = inspect(engine, segments, LIMITS, cache);
    const second = inspect(engine, segments, LIMITS, cache);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('does not detect the same definitions again on the next turn, but always the messages', () => {
    const detector = countingDetector();
    const cache = new DefinitionCache();
    const segments = agentRequest(AGENT_TOOLS, 'where is my parcel');
    const definitions = segments.filter((s) => s.kind === 'tool_definition').length;
    inspect(detector, segments, LIMITS, cache);
    expect(detector.calls).toHaveLength(definitions + 2);
    detector.calls.length = 0;
    const next = agentRequest(AGENT_TOOLS, 'it says delivered, it was not');
    inspect(detector, next, LIMITS, cache);
    expect(detector.calls).toEqual(['it says delivered, it was not', 'and the next turn']);
  });

  it('places remembered findings on the segments of the new request (their indices, as new objects)', () => {
    const detector = countingDetector();
    const cache = new DefinitionCache();
    const tools = mailTool('pia.okonkwo@vastrel.org');
    const first = inspect(detector, agentRequest(tools, 'one'), LIMITS, cache);
    const longer = [
      { path: ['messages', 0, 'content'], kind: 'message', role: 'system', text: 'be brief' } as Segment,
      ...agentRequest(tools, 'two'),
    ];
    const second = inspect(detector, longer, LIMITS, cache);
    expect(second.map((f) => f.segment)).toEqual(first.map((f) => f.segment + 1));
    expect(second.map((f) => [f.start, f.end, f.label])).toEqual(first.map((f) => [f.start, f.end, f.label]));
    second[0]!.score = 0;
    expect(inspect(detector, longer, LIMITS, cache)[0]!.score).toBe(0.9);
  });

  it('misses when any definition text differs, even by one character, or their order changes', () => {
    const detector = countingDetector();
    const cache = new DefinitionCache();
    inspect(detector, agentRequest(mailTool('rui.amaral@tessmo.pt'), 'a'), LIMITS, cache);
    const changed = inspect(detector, agentRequest(mailTool('rui.amaral@tessmo.pr'), 'a'), LIMITS, cache);
    expect(changed.map((f) => f.segment)).toHaveLength(2);
    const swapped = [...AGENT_TOOLS].reverse();
    inspect(detector, agentRequest(AGENT_TOOLS, 'a'), LIMITS, cache);
    inspect(detector, agentRequest(swapped, 'a'), LIMITS, cache);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 4, entries: 4 });
  });

  it('is keyed by the detector too: a new engine (new rules) never reads another engine’s findings', () => {
    const cache = new DefinitionCache();
    const segments = agentRequest(mailTool('ilse.varga@brenmoor.de'), 'x');
    const a = countingDetector();
    const none: TextDetector = { detect: () => [] };
    expect(inspect(a, segments, LIMITS, cache)).toHaveLength(2);
    expect(inspect(none, segments, LIMITS, cache)).toEqual([]);
    expect(inspect(a, segments, LIMITS, cache)).toHaveLength(2);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it('stays within its bounds: entries and findings, least recently used first', () => {
    const detector = countingDetector();
    const cache = new DefinitionCache({ maxEntries: 2, maxFindings: 5 });
    const sets = ['a1@x.io', 'b2@x.io', 'c3@x.io'].map((m) => agentRequest(mailTool(m), 'q'));
    inspect(detector, sets[0]!, LIMITS, cache);
    inspect(detector, sets[1]!, LIMITS, cache);
    inspect(detector, sets[0]!, LIMITS, cache); // a hit: set 0 is now the most recent
    inspect(detector, sets[2]!, LIMITS, cache); // evicts set 1
    expect(cache.stats()).toMatchObject({ entries: 2, findings: 4, hits: 1 });
    detector.calls.length = 0;
    inspect(detector, sets[1]!, LIMITS, cache);
    expect(detector.calls.length).toBeGreaterThan(2);
    expect(cache.stats().entries).toBe(2);
    // A set with more findings than the whole budget is not kept at all.
    const dense = agentRequest(mailTool('d@x.io e@x.io f@x.io'), 'q');
    inspect(detector, dense, LIMITS, cache);
    expect(cache.stats().findings).toBeLessThanOrEqual(5);
  });

  it('is off with no entries, and a detector that throws caches nothing and fails closed', () => {
    const detector = countingDetector();
    const off = new DefinitionCache({ maxEntries: 0 });
    const segments = agentRequest(AGENT_TOOLS, 'q');
    inspect(detector, segments, LIMITS, off);
    inspect(detector, segments, LIMITS, off);
    expect(off.stats().entries).toBe(0);
    expect(detector.calls.length).toBe(2 * segments.length);
    const cache = new DefinitionCache();
    const broken: TextDetector = {
      detect: () => {
        throw new Error('boom');
      },
    };
    expect(() => inspect(broken, segments, LIMITS, cache)).toThrow(/a detector failed/);
    expect(cache.stats().entries).toBe(0);
  });
});

describe('inspect: credential segments', () => {
  it('report the whole value as a SECRET of type AUTHORIZATION_TOKEN, whatever the detector finds in it', () => {
    const detector = countingDetector();
    const segments: Segment[] = [
      { path: ['mcp_servers', 0, 'authorization_token'], kind: 'credential', text: 'plain-looking-value' },
      { path: ['messages', 0, 'content'], kind: 'message', role: 'user', text: 'hello' },
    ];
    const found = inspect(detector, segments, LIMITS, new DefinitionCache());
    expect(found).toEqual([
      {
        segment: 0,
        start: 0,
        end: 'plain-looking-value'.length,
        label: 'SECRET',
        type: 'AUTHORIZATION_TOKEN',
        score: 1,
        detector: 'credential',
      },
    ]);
    expect(detector.calls).toEqual(['hello']);
  });
});

describe('inspect: location segments', () => {
  it('report each user_location field whole as a LOCATION typed by its field; no detector runs over them', () => {
    const detector = countingDetector();
    const at = (field: string) => ['tools', 0, 'user_location', field];
    const segments: Segment[] = [
      { path: at('city'), kind: 'location', text: 'Tudela', onChange: 'omit' },
      { path: at('region'), kind: 'location', text: 'Navarra', onChange: 'omit' },
      { path: at('country'), kind: 'location', text: 'ES', onChange: 'omit' },
      { path: at('timezone'), kind: 'location', text: 'Europe/Madrid', onChange: 'omit' },
      { path: ['messages', 0, 'content'], kind: 'message', role: 'user', text: 'weather?' },
    ];
    const found = inspect(detector, segments, LIMITS, new DefinitionCache());
    expect(found.map((f) => [f.segment, f.label, f.type, f.start, f.end, f.score])).toEqual([
      [0, 'LOCATION', 'USER_CITY', 0, 6, 1],
      [1, 'LOCATION', 'USER_REGION', 0, 7, 1],
      [2, 'LOCATION', 'USER_COUNTRY', 0, 2, 1],
      [3, 'LOCATION', 'USER_TIMEZONE', 0, 13, 1],
    ]);
    expect(detector.calls).toEqual(['weather?']);
  });

  it('type exactly the user_location fields the parsers accept (one list): each accepted field has its own type', () => {
    const fields = Object.keys(USER_LOCATION_TYPES);
    const location = Object.fromEntries(fields.map((f) => [f, `v-${f}`]));
    const parsed = anthropicMessages.parse({
      model: 'm',
      max_tokens: 5,
      messages: [{ role: 'user', content: 'x' }],
      tools: [{ type: 'web_search_20250305', name: 'web_search', user_location: { type: 'approximate', ...location } }],
    });
    const segments = parsed.segments.filter((s) => s.kind === 'location');
    expect(segments.map((s) => s.path[s.path.length - 1])).toEqual(fields);
    const found = inspect(countingDetector(), segments, LIMITS, new DefinitionCache());
    expect(found.map((f) => f.type)).toEqual(fields.map((f) => USER_LOCATION_TYPES[f]));
    expect(new Set(found.map((f) => f.type)).size).toBe(fields.length);
    expect(found.map((f) => f.type)).not.toContain('USER_LOCATION');
  });
});
