import { foldWord } from './normalize.js';
import type { CompiledContext } from './packs/load.js';

/** Characters scanned per word of window; words longer than this only shorten the window, never break it. */
const CHARS_PER_WORD = 24;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The folded words around [start, end), padded with spaces, so a context phrase is found with one
 * `includes(' phrase ')`: whole words only ("lic" never matches inside "public").
 */
export function contextWindow(text: string, start: number, end: number, window: number): string {
  const span = window * CHARS_PER_WORD;
  const before = text.slice(Math.max(0, start - span), start).match(WORD) ?? [];
  const after = text.slice(end, end + span).match(WORD) ?? [];
  // The first word before may be cut by the slice; a cut word only risks a missed boost, not a false one.
  const words = [...before.slice(-window), '|', ...after.slice(0, window)];
  return ` ${words.map(foldWord).join(' ')} `;
}

export function hasContext(text: string, start: number, end: number, ctx: CompiledContext): boolean {
  if (ctx.phrases.length === 0) return false;
  const around = contextWindow(text, start, end, ctx.window);
  return ctx.phrases.some((p) => around.includes(p));
}
