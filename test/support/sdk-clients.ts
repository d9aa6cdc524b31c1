import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { expect } from 'vitest';
import type { TestRig } from './gateway.js';

/**
 * The official SDKs, unchanged, pointed at a test rig's gateway: the OpenAI SDK at `/v1`, the Anthropic SDK at the
 * root (it adds /v1 itself). Without retries unless asked, so a test sees the gateway's first answer.
 */
export interface SdkClientOptions {
  /** A fresh key of this team instead of the rig's own key. */
  team?: string;
  /** This key as it is (a wrong key, to test refusals). */
  apiKey?: string;
  maxRetries?: number;
}

function keyFor(rig: TestRig, options: SdkClientOptions): string {
  if (options.apiKey !== undefined) return options.apiKey;
  return options.team === undefined ? rig.key : rig.gateway.keys.create(options.team).key;
}

export function openAiClient(rig: TestRig, options: SdkClientOptions = {}): OpenAI {
  return new OpenAI({ baseURL: rig.url('/v1'), apiKey: keyFor(rig, options), maxRetries: options.maxRetries ?? 0 });
}

export function anthropicClient(rig: TestRig, options: SdkClientOptions = {}): Anthropic {
  return new Anthropic({ baseURL: rig.gateway.url, apiKey: keyFor(rig, options), maxRetries: options.maxRetries ?? 0 });
}

/** What the upstream received holds none of the raw values. */
export function expectNothingRaw(raw: readonly string[], body: string | undefined): void {
  expect(body).toBeDefined();
  for (const value of raw) expect(body?.includes(value), 'a raw value reached the upstream').toBe(false);
}
