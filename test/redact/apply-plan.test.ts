import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/redact/apply-plan.js';
import { SpanError } from '../../src/redact/spans.js';
import { ConversationVault } from '../../src/redact/vault.js';
import { find, messages, planFor } from './helpers.js';

const ctx = { team: 'default', format: 'openai-chat' as const };

function restoreText(restorer: ReturnType<typeof applyPlan>['restorer'], text: string): string {
  const body = { choices: [{ index: 0, message: { role: 'assistant', content: text } }] };
  const out = restorer?.restoreJson(body) as typeof body;
  return out.choices[0]?.message.content ?? '';
}

describe('applyPlan', () => {
  it('gives the same value the same placeholder across segments, cards compared in normalised form', () => {
    const segs = messages(
      'Alice Smith paid with 4111 1111 1111 1111.',
      'Card 4111111111111111 belongs to Alice Smith, mail alice@corp.example',
    );
    const plan = planFor(segs, [
      find(segs, 0, 'Alice Smith', 'PERSON'),
      find(segs, 0, '4111 1111 1111 1111', 'CREDIT_CARD', { normalized: '4111111111111111' }),
      find(segs, 1, '4111111111111111', 'CREDIT_CARD', { normalized: '4111111111111111' }),
      find(segs, 1, 'Alice Smith', 'PERSON'),
      find(segs, 1, 'alice@corp.example', 'EMAIL'),
    ]);
    const result = applyPlan(segs, plan, ctx);
    expect(result.texts).toEqual([
      '<PERSON_1> paid with <CREDIT_CARD_1>.',
      'Card <CREDIT_CARD_1> belongs to <PERSON_1>, mail <EMAIL_1>',
    ]);
    expect(result.placeholders).toBe(3);
    expect(restoreText(result.restorer, 'To <PERSON_1> at <EMAIL_1>: card <CREDIT_CARD_1>, not <PERSON_2>')).toBe(
      'To Alice Smith at alice@corp.example: card 4111 1111 1111 1111, not <PERSON_2>',
    );
  });

  it('folds equal values written differently when the detector gives no normalised form', () => {
    const segs = messages(
      'Alice.Smith@Corp.example, +34 612-345-678, alice  smith',
      'alice.smith@corp.example +34612345678 Alice Smith',
    );
    const plan = planFor(
      segs,
      [
        find(segs, 0, 'Alice.Smith@Corp.example', 'EMAIL'),
        find(segs, 0, '+34 612-345-678', 'PHONE'),
        find(segs, 0, 'alice  smith', 'PERSON'),
        find(segs, 1, 'alice.smith@corp.example', 'EMAIL'),
        find(segs, 1, '+34612345678', 'PHONE'),
        find(segs, 1, 'Alice Smith', 'PERSON'),
      ],
      { actions: { EMAIL: 'pseudonymize', PHONE: 'pseudonymize', PERSON: 'pseudonymize' } },
    );
    const result = applyPlan(segs, plan, ctx);
    expect(result.texts[1]).toBe('<EMAIL_1> <PHONE_1> <PERSON_1>');
    expect(result.placeholders).toBe(3);
  });

  it('merges overlapping findings into one span and keeps adjacent ones apart', () => {
    const segs = messages('mail john.smith@corp.example now; AliceBob');
    const plan = planFor(segs, [
      find(segs, 0, 'john.smith@corp.example', 'EMAIL'),
      find(segs, 0, 'john.smith', 'PERSON'),
      find(segs, 0, 'Alice', 'PERSON'),
      find(segs, 0, 'Bob', 'PERSON'),
    ]);
    const result = applyPlan(segs, plan, ctx);
    expect(result.texts[0]).toBe('mail <EMAIL_1> now; <PERSON_1><PERSON_2>');
    expect(restoreText(result.restorer, result.texts[0] as string)).toBe(segs[0]?.text);
  });

  it('masks without a restorer, keeping only the last four digits of a card', () => {
    const segs = messages('card 4111 1111 1111 1111, mail a@b.example');
    const plan = planFor(
      segs,
      [
        find(segs, 0, '4111 1111 1111 1111', 'CREDIT_CARD', { normalized: '4111111111111111' }),
        find(segs, 0, 'a@b.example', 'EMAIL'),
      ],
      { actions: { CREDIT_CARD: 'mask', EMAIL: 'mask' } },
    );
    const result = applyPlan(segs, plan, ctx);
    expect(result.texts[0]).toBe('card [CREDIT_CARD ****1111], mail [EMAIL]');
    expect(result.restorer).toBeUndefined();
    expect(result.placeholders).toBe(0);
  });

  it('changes nothing in monitor mode, on a local route or when blocked', () => {
    const segs = messages('Alice has diabetes; key sk-live-1');
    const person = find(segs, 0, 'Alice', 'PERSON');
    for (const fields of [{ mode: 'monitor' }, { actions: { PERSON: 'local' } }, { actions: { PERSON: 'block' } }]) {
      const result = applyPlan(segs, planFor(segs, [person], fields), ctx);
      expect(result.texts).toEqual([segs[0]?.text]);
      expect(result.restorer).toBeUndefined();
    }
  });

  it('never issues a number the user already wrote literally', () => {
    const segs = messages('template says <PERSON_1>; real name Alice');
    const result = applyPlan(segs, planFor(segs, [find(segs, 0, 'Alice', 'PERSON')]), ctx);
    expect(result.texts[0]).toBe('template says <PERSON_1>; real name <PERSON_2>');
    expect(restoreText(result.restorer, 'both <PERSON_1> and <PERSON_2>')).toBe('both <PERSON_1> and Alice');
  });

  it('fails closed on a finding whose offsets do not fit its segment, naming no value', () => {
    const segs = messages('short');
    const bad = { segment: 0, start: 2, end: 40, label: 'PERSON' as const, type: 'PERSON', score: 1, detector: 't' };
    expect(() => applyPlan(segs, planFor(segs, [bad]), ctx)).toThrow(SpanError);
    expect(() => applyPlan(segs, planFor(segs, [{ ...bad, segment: 3, end: 3 }]), ctx)).toThrow(RangeError);
  });

  it('treats values in tool-call arguments as JSON-escaped text', () => {
    const segs = [
      { path: ['messages', 0, 'content'], kind: 'message' as const, text: 'call O"Brien' },
      {
        path: ['messages', 1, 'tool_calls', 0, 'function', 'arguments'],
        kind: 'tool_call_arguments' as const,
        text: '{"name":"O\\"Brien"}',
      },
    ];
    const plan = planFor(segs, [find(segs, 0, 'O"Brien', 'PERSON'), find(segs, 1, 'O\\"Brien', 'PERSON')]);
    const result = applyPlan(segs, plan, ctx);
    expect(result.texts).toEqual(['call <PERSON_1>', '{"name":"<PERSON_1>"}']);
    expect(restoreText(result.restorer, 'hi <PERSON_1>')).toBe('hi O"Brien');
  });

  it('returns no restorer when the answer cannot carry text (embeddings)', () => {
    const segs = messages('Alice');
    const result = applyPlan(segs, planFor(segs, [find(segs, 0, 'Alice', 'PERSON')]), { ...ctx, format: null });
    expect(result.texts[0]).toBe('<PERSON_1>');
    expect(result.restorer).toBeUndefined();
  });
});

describe('conversations', () => {
  it('keeps placeholders stable across turns even when the client trims old history', () => {
    const vault = new ConversationVault();
    const c = { ...ctx, vault, conversationId: 'conv-1' };
    const turn1 = messages('Alice wrote to Bob');
    const r1 = applyPlan(
      turn1,
      planFor(turn1, [find(turn1, 0, 'Alice', 'PERSON'), find(turn1, 0, 'Bob', 'PERSON')]),
      c,
    );
    expect(r1.texts[0]).toBe('<PERSON_1> wrote to <PERSON_2>');
    // Turn 3: the first message was dropped; Bob must still be <PERSON_2>, Carol gets a new number.
    const turn3 = messages('Bob answered Carol');
    const r3 = applyPlan(
      turn3,
      planFor(turn3, [find(turn3, 0, 'Bob', 'PERSON'), find(turn3, 0, 'Carol', 'PERSON')]),
      c,
    );
    expect(r3.texts[0]).toBe('<PERSON_2> answered <PERSON_3>');
    // Without a conversation id, numbering is by first occurrence in the request.
    const alone = applyPlan(turn3, planFor(turn3, [find(turn3, 0, 'Bob', 'PERSON')]), { ...ctx, vault });
    expect(alone.texts[0]).toBe('<PERSON_1> answered Carol');
  });

  it('never restores a value from another request of the same conversation, nor shares across teams', () => {
    const vault = new ConversationVault();
    const a = messages('Alice');
    applyPlan(a, planFor(a, [find(a, 0, 'Alice', 'PERSON')]), { ...ctx, vault, conversationId: 'shared' });
    // Same team and id (a guessed id): Bob is numbered after Alice, but the answer's <PERSON_1> stays.
    const b = messages('Bob');
    const rb = applyPlan(b, planFor(b, [find(b, 0, 'Bob', 'PERSON')]), { ...ctx, vault, conversationId: 'shared' });
    expect(rb.texts[0]).toBe('<PERSON_2>');
    expect(restoreText(rb.restorer, '<PERSON_1> and <PERSON_2>')).toBe('<PERSON_1> and Bob');
    // Another team with the same id starts its own numbering.
    const other = { ...ctx, team: 'engineering', vault, conversationId: 'shared' };
    const rc = applyPlan(b, planFor(b, [find(b, 0, 'Bob', 'PERSON')]), other);
    expect(rc.texts[0]).toBe('<PERSON_1>');
    expect(restoreText(rc.restorer, '<PERSON_1>')).toBe('Bob');
  });

  it('forgets idle conversations after the TTL and bounds how many it keeps', () => {
    let now = 0;
    const vault = new ConversationVault({ ttlMs: 1000, maxConversations: 2, now: () => now });
    const segs = messages('Alice and Bob');
    const plan = planFor(segs, [find(segs, 0, 'Bob', 'PERSON')]);
    const turn = (id: string) => applyPlan(segs, plan, { ...ctx, vault, conversationId: id }).texts[0];
    const first = messages('Alice');
    applyPlan(first, planFor(first, [find(first, 0, 'Alice', 'PERSON')]), { ...ctx, vault, conversationId: 'x' });
    expect(turn('x')).toBe('Alice and <PERSON_2>');
    now = 5000;
    expect(turn('x')).toBe('Alice and <PERSON_1>');
    turn('y');
    turn('z');
    expect(vault.size).toBe(2);
  });

  it('bounds the pseudonyms kept across all conversations', () => {
    const vault = new ConversationVault({ maxTotalValues: 5 });
    for (let i = 0; i < 4; i++) {
      const segs = messages(`Ann${i} and Bob${i}`);
      const plan = planFor(segs, [find(segs, 0, `Ann${i}`, 'PERSON'), find(segs, 0, `Bob${i}`, 'PERSON')]);
      applyPlan(segs, plan, { ...ctx, vault, conversationId: `c${i}` });
    }
    expect(vault.values).toBeLessThanOrEqual(5);
    expect(vault.size).toBeLessThan(4);
  });
});

describe('surrogates', () => {
  it('puts realistic fakes in place and restores them, with a Luhn-valid card of the same shape', () => {
    const segs = messages('Alice Smith paid with 4111 1111 1111 1111; see xAlice');
    const plan = planFor(segs, [
      find(segs, 0, 'Alice Smith', 'PERSON'),
      find(segs, 0, '4111 1111 1111 1111', 'CREDIT_CARD', { normalized: '4111111111111111' }),
      find(segs, 0, 'Alice', 'PERSON', { from: 45 }),
    ]);
    const result = applyPlan(segs, plan, { ...ctx, surrogates: true });
    const text = result.texts[0] as string;
    expect(text).not.toContain('Alice');
    expect(text).not.toContain('4111 1111 1111 1111');
    const card = /\d{4} \d{4} \d{4} \d{4}/.exec(text)?.[0] ?? '';
    expect(luhnValid(card.replace(/ /g, ''))).toBe(true);
    // Glued to a letter, a surrogate could not be found again: that occurrence gets a placeholder.
    expect(text.endsWith('x<PERSON_1>')).toBe(true);
    expect(restoreText(result.restorer, text)).toBe(segs[0]?.text);
  });
});

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 12 && sum % 10 === 0;
}
