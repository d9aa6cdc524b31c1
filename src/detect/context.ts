import { foldWord } from './normalize.js';
import type { CompiledContext } from './packs/load.js';

/** Characters scanned per word of window; words longer than this only shorten the window, never break it. */
const CHARS_PER_WORD = 24;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The folded words around [start, end), padded with spaces, so a context phrase is found with one
 * `includes(' phrase ')`: whole words only ("lic" never matches inside "public").
 */
export function contextWindow(text: string, start: number, end: number, window: number, beforeOnly = false): string {
  const span = window * CHARS_PER_WORD;
  const before = text.slice(Math.max(0, start - span), start).match(WORD) ?? [];
  const after = beforeOnly ? [] : (text.slice(end, end + span).match(WORD) ?? []);
  // The first word before may be cut by the slice; a cut word only risks a missed boost, not a false one.
  const words = [...before.slice(-window), '|', ...after.slice(0, window)];
  return ` ${words.map((w) => (ASCII.test(w) ? w.toLowerCase() : foldWord(w))).join(' ')} `;
}

/** 'strong' when a strong cue is near, 'cue' for an ordinary one, 'none' otherwise. */
export function contextLevel(
  text: string,
  start: number,
  end: number,
  ctx: CompiledContext,
): 'strong' | 'cue' | 'none' {
  if (ctx.phrases.length === 0 && !ctx.strong) return 'none';
  const around = contextWindow(text, start, end, ctx.window, ctx.before);
  if (ctx.strong?.phrases.some((p) => around.includes(p))) return 'strong';
  return ctx.phrases.some((p) => around.includes(p)) ? 'cue' : 'none';
}

/** False when a rule that needs a cue cannot find one anywhere: the text (lower-cased) has none of its cue words. */
export function mayHaveCue(lowerText: string, ctx: CompiledContext): boolean {
  return ctx.cueRegex.test(lowerText);
}
