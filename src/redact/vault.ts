/**
 * Conversation memory for pseudonyms.
 *
 * The problem: chat clients resend the whole history every turn, so the value "Alice Smith" from turn 1
 * must become the same `<PERSON_1>` on turn 5, and a mapping must never reach another team or another
 * conversation. Options considered:
 *  1. Numbering by first occurrence within each request, no state at all. Resent history renumbers
 *     identically as long as the client resends it unchanged, but a client that trims old turns (context
 *     window limits) renumbers everything and the model suddenly sees a different `<PERSON_1>`.
 *  2. A keyed HMAC of the value as the placeholder (`<PERSON_3f9a>`). Stable and stateless, but the tokens
 *     are unnatural for the model, short ones collide, and equal values become linkable across requests.
 *  3. A vault per (team, conversation id) with a TTL, holding raw values in memory.
 * Chosen: 3 without its weakness, falling back to 1. The vault maps HMAC(vault secret, label + canonical
 * value) -> issued pseudonym, so it never holds a raw value, only keyed digests and the pseudonyms
 * themselves; the secret is random per process and never leaves it. Restoring never reads the vault: the
 * restorer of a request only knows the values that are in that request, so a client that guesses another
 * conversation's id of the same team learns at most that `<PERSON_1>` was already taken, never whom it
 * stood for. Conversations are keyed by team AND id, so equal ids of two teams are unrelated.
 * Without a conversation id (header x-veil-conversation-id absent) a fresh book is used per request, which
 * is option 1: deterministic first-occurrence numbering.
 * Bounds: idle conversations expire after `ttlMs` (30 min); beyond `maxConversations` (10,000) or
 * `maxTotalValues` pseudonyms in all (200,000, roughly 30 MB) the least recently used conversations are
 * dropped; a conversation stores at most `maxValuesPerConversation` (2,000) entries, later ones are
 * numbered for the request only. Nothing is ever written to disk; a restart or an eviction forgets, which
 * degrades that conversation to option 1 (still consistent while the client resends the full history).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Label } from '../detect/types.js';

export interface VaultOptions {
  ttlMs?: number;
  maxConversations?: number;
  maxValuesPerConversation?: number;
  /** Pseudonyms kept across all conversations; beyond it the least recently used conversations go. */
  maxTotalValues?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** The pseudonyms of one conversation (or of one request when there is no conversation id). */
export class PseudonymBook {
  private readonly byDigest = new Map<string, string>();
  private readonly tokens = new Set<string>();
  private readonly counters = new Map<Label, number>();

  constructor(
    private readonly secret: Buffer,
    private readonly capacity: number,
    private readonly onGrow: () => void = () => {},
  ) {}

  digest(label: Label, canonical: string): string {
    return createHmac('sha256', this.secret).update(label).update('\u0000').update(canonical).digest('base64url');
  }

  /** Seed for a surrogate: keyed, so the fake reveals nothing about the value, and stable per book. */
  seed(digest: string, attempt: number): Buffer {
    return createHmac('sha256', this.secret).update(`surrogate:${attempt}:`).update(digest).digest();
  }

  lookup(digest: string): string | undefined {
    return this.byDigest.get(digest);
  }

  /** Next number for a label; numbers are never reused within a book. */
  nextNumber(label: Label): number {
    const n = (this.counters.get(label) ?? 0) + 1;
    this.counters.set(label, n);
    return n;
  }

  isTaken(token: string): boolean {
    return this.tokens.has(token);
  }

  /** Records a pseudonym; returns false (and keeps it request-local) when the book is full. */
  remember(digest: string, token: string): boolean {
    if (!this.tokens.has(token)) {
      this.tokens.add(token);
      this.onGrow();
    }
    if (this.byDigest.size >= this.capacity) return false;
    this.byDigest.set(digest, token);
    return true;
  }

  get size(): number {
    return this.byDigest.size;
  }

  /** Every pseudonym the book has handed out (stored or request-local): its share of the vault's memory. */
  get issued(): number {
    return this.tokens.size;
  }
}

interface Conversation {
  book: PseudonymBook;
  lastUsed: number;
}

export class ConversationVault {
  private readonly secret = randomBytes(32);
  private readonly conversations = new Map<string, Conversation>();
  private readonly ttlMs: number;
  private readonly maxConversations: number;
  private readonly maxValues: number;
  private readonly maxTotal: number;
  private readonly now: () => number;
  /** Pseudonyms issued by the stored books, kept current by their onGrow callback. */
  private total = 0;

  constructor(options: VaultOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
    this.maxConversations = options.maxConversations ?? 10_000;
    this.maxValues = options.maxValuesPerConversation ?? 2_000;
    // About 150 bytes per entry (digest, token, map overhead): the default bounds the vault near 30 MB.
    this.maxTotal = options.maxTotalValues ?? 200_000;
    this.now = options.now ?? Date.now;
  }

  /** The book of (team, conversation); a fresh unstored book when there is no conversation id. */
  open(team: string, conversationId: string | undefined): PseudonymBook {
    if (conversationId === undefined || conversationId === '') return new PseudonymBook(this.secret, this.maxValues);
    // A digest, not the raw id, is the map key: ids are client-chosen and might themselves carry data.
    const key = createHmac('sha256', this.secret)
      .update(team)
      .update('\u0000')
      .update(conversationId)
      .digest('base64url');
    const now = this.now();
    this.evict(now);
    const found = this.conversations.get(key);
    if (found && now - found.lastUsed <= this.ttlMs) {
      found.lastUsed = now;
      // Re-insert so Map order stays least-recently-used first.
      this.conversations.delete(key);
      this.conversations.set(key, found);
      return found.book;
    }
    if (found) this.drop(key, found);
    while (this.conversations.size >= this.maxConversations) this.dropOldest();
    const conversation: Conversation = {
      lastUsed: now,
      book: new PseudonymBook(this.secret, this.maxValues, () => {
        // A book dropped while a request still uses it no longer counts.
        if (this.conversations.get(key) !== conversation) return;
        this.total++;
        while (this.total > this.maxTotal && this.conversations.size > 0) this.dropOldest();
      }),
    };
    this.conversations.set(key, conversation);
    return conversation.book;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Pseudonyms held across all stored conversations. */
  get values(): number {
    return this.total;
  }

  clear(): void {
    this.conversations.clear();
    this.total = 0;
  }

  /** Drops expired conversations; Map order is least recently used first, so it stops at the first fresh one. */
  private evict(now: number): void {
    for (const [key, c] of this.conversations) {
      if (now - c.lastUsed <= this.ttlMs) break;
      this.drop(key, c);
    }
  }

  private dropOldest(): void {
    const first = this.conversations.entries().next();
    if (!first.done) this.drop(first.value[0], first.value[1]);
  }

  private drop(key: string, conversation: Conversation): void {
    // A request still holding the book keeps working with it; it is just no longer remembered.
    if (this.conversations.delete(key)) this.total -= conversation.book.issued;
  }
}

/** A book for one request without any vault (tests, CLI): first-occurrence numbering. */
export function requestBook(): PseudonymBook {
  return new PseudonymBook(randomBytes(32), Number.POSITIVE_INFINITY);
}
