import type { Label } from '../detect/types.js';
import type { ReplacementEntry } from './replacer.js';
import { seededRandom, surrogateFor } from './surrogates.js';
import type { PseudonymBook } from './vault.js';

const PLACEHOLDER_LIKE = /<[A-Z][A-Z_]*_\d+>/g;

/** A fake that keeps a word of the real value ("Alice Hughes" for "Alice Smith") would leak that word. */
function sharesWord(fake: string, raw: string): boolean {
  const words = new Set(
    raw
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
  return (
    fake === raw ||
    fake
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => words.has(w))
  );
}

/** Hands out pseudonyms for one request and remembers what each one restores to. */
export class PseudonymIssuer {
  private readonly inRequest = new Map<string, string>();
  private readonly digests = new Map<string, string>();
  /** token -> the raw form first seen in THIS request: the only values a restorer can ever emit. */
  private readonly originals = new Map<string, string>();
  private readonly haystack: string;
  private literalPlaceholders: Set<string> | undefined;

  constructor(
    private readonly book: PseudonymBook,
    private readonly texts: readonly string[],
    private readonly mode: 'placeholders' | 'surrogates',
  ) {
    this.haystack = mode === 'surrogates' ? texts.join('\u0000') : '';
  }

  tokenFor(label: Label, canonical: string, raw: string, placeholderOnly: boolean): string {
    const placeholder = placeholderOnly || this.mode === 'placeholders';
    const digest = this.digestOf(label, canonical) + (placeholder ? ':p' : ':s');
    let token = this.inRequest.get(digest);
    if (token === undefined) {
      const known = this.book.lookup(digest);
      if (known !== undefined && !this.clashes(known)) token = known;
      else {
        token = this.fresh(label, digest, raw, placeholder);
        this.book.remember(digest, token);
      }
      this.inRequest.set(digest, token);
    }
    if (!this.originals.has(token)) this.originals.set(token, raw);
    return token;
  }

  /** HMACs cost ~20 µs each; values repeat a lot within a request, so each is computed once. */
  private digestOf(label: Label, canonical: string): string {
    const key = `${label}\u0000${canonical}`;
    let digest = this.digests.get(key);
    if (digest === undefined) {
      digest = this.book.digest(label, canonical);
      this.digests.set(key, digest);
    }
    return digest;
  }

  entries(): ReplacementEntry[] {
    return [...this.originals].map(([needle, value]) => ({ needle, value }));
  }

  /** A surrogate that already occurs in the request would make the restorer rewrite the user's own text. */
  private clashes(token: string): boolean {
    return this.mode === 'surrogates' && !token.startsWith('<') && this.haystack.includes(token);
  }

  private fresh(label: Label, digest: string, raw: string, placeholder: boolean): string {
    if (!placeholder) {
      for (let attempt = 0; attempt < 8; attempt++) {
        const fake = surrogateFor(label, raw, seededRandom(this.book.seed(digest, attempt)));
        if (fake === undefined) break;
        if (!sharesWord(fake, raw) && !this.book.isTaken(fake) && !this.haystack.includes(fake)) return fake;
      }
    }
    for (;;) {
      const token = `<${label}_${this.book.nextNumber(label)}>`;
      if (!this.book.isTaken(token) && !this.literal().has(token)) return token;
    }
  }

  /** Placeholder-looking text the user wrote themselves: never issue those numbers. */
  private literal(): Set<string> {
    this.literalPlaceholders ??= new Set(this.texts.flatMap((t) => t.match(PLACEHOLDER_LIKE) ?? []));
    return this.literalPlaceholders;
  }
}
