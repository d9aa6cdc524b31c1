/**
 * Which pseudonym conversation a Responses API request belongs to. Chat clients resend their history, so one
 * request numbers its values consistently; a Responses client that sends `previous_response_id` does not: the
 * history lives at the provider, written with the pseudonyms of earlier requests. Without a shared book, the
 * second turn's new name would get `<PERSON_1>` again while the stored first turn already means someone else by
 * it. So a chain of responses shares one vault conversation: the first request opens one, each answer's id is
 * remembered with it, and a later request naming that id as its previous response continues it. A request with
 * `conversation` (the Conversations API) uses that id; the client's x-veil-conversation-id header wins over both.
 * Bounded like the vault: at most `max` answer ids, the oldest dropped first, each forgotten after `ttlMs`; a
 * forgotten chain continues under its previous response id, so numbering restarts, as after a vault eviction.
 */
export class ResponseChains {
  private readonly byResponse = new Map<string, { key: string; at: number }>();

  constructor(
    private readonly max = 20_000,
    private readonly ttlMs = 30 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The conversation key for a request: its stored conversation, its chain, or a new chain of its own. */
  keyFor(thread: { conversation?: string; previous?: string }, requestId: string): string {
    if (thread.conversation !== undefined) return `conversation:${thread.conversation}`;
    if (thread.previous !== undefined) {
      const found = this.byResponse.get(thread.previous);
      if (found && this.now() - found.at <= this.ttlMs) return found.key;
      return `response:${thread.previous}`;
    }
    return `response:${requestId}`;
  }

  /** An answer's id joins the chain of the request it answered. */
  remember(responseId: string, key: string): void {
    this.byResponse.delete(responseId);
    this.byResponse.set(responseId, { key, at: this.now() });
    if (this.byResponse.size > this.max) {
      const oldest = this.byResponse.keys().next().value;
      if (oldest !== undefined) this.byResponse.delete(oldest);
    }
  }
}
