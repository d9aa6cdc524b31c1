import { describe, expect, it } from 'vitest';
import { ResponseChains } from '../../src/pipeline/response-chains.js';

describe('ResponseChains', () => {
  it('a chain follows its answers; a conversation id wins; an unknown previous id starts a chain under it', () => {
    const chains = new ResponseChains();
    const first = chains.keyFor({}, 'req-1');
    chains.remember('resp_a', first);
    const second = chains.keyFor({ previous: 'resp_a' }, 'req-2');
    expect(second).toBe(first);
    chains.remember('resp_b', second);
    expect(chains.keyFor({ previous: 'resp_b' }, 'req-3')).toBe(first);
    expect(chains.keyFor({}, 'req-4')).not.toBe(first);
    expect(chains.keyFor({ conversation: 'conv_1', previous: 'resp_a' }, 'req-5')).toBe('conversation:conv_1');
    expect(chains.keyFor({ previous: 'resp_never_seen' }, 'req-6')).toBe('response:resp_never_seen');
  });

  it('is bounded: the oldest answer ids are dropped first, and ids older than the TTL are forgotten', () => {
    let now = 0;
    const chains = new ResponseChains(2, 1000, () => now);
    chains.remember('r1', 'k1');
    chains.remember('r2', 'k2');
    chains.remember('r3', 'k3');
    expect(chains.keyFor({ previous: 'r1' }, 'x')).toBe('response:r1');
    expect(chains.keyFor({ previous: 'r3' }, 'x')).toBe('k3');
    now = 1500;
    expect(chains.keyFor({ previous: 'r3' }, 'x')).toBe('response:r3');
  });
});
