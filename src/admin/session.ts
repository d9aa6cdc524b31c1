import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Minimum admin token length: shorter tokens can be guessed online, so the dashboard stays off. */
export const MIN_TOKEN_LENGTH = 16;
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const MAX_SESSIONS = 1_000;
const FAILURES_PER_MINUTE = 10;

export interface AdminSession {
  csrfToken: string;
  expiresAt: number;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Equal-length digests compared in constant time, so neither the content nor the length of the token leaks. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Why the dashboard is off, for the start-up log; undefined when the token enables it. The message never
 * contains the token.
 */
export function adminDashboardNotice(token: string | undefined): string | undefined {
  if (token === undefined || token === '') return 'admin dashboard off: set VEIL_ADMIN_TOKEN to enable /admin';
  if (token.length < MIN_TOKEN_LENGTH) {
    return `admin dashboard off: VEIL_ADMIN_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters`;
  }
  return undefined;
}

/**
 * Dashboard sessions in memory: a restart logs everyone out, which is the safe direction. The cookie holds a
 * random id; only its hash is kept here, so a memory dump does not hand out live sessions.
 */
export class SessionStore {
  private readonly sessions = new Map<string, AdminSession>();
  private failures: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** False while too many wrong tokens were tried in the last minute (slows down guessing). */
  loginAllowed(): boolean {
    const cutoff = this.now() - 60_000;
    this.failures = this.failures.filter((t) => t > cutoff);
    return this.failures.length < FAILURES_PER_MINUTE;
  }

  recordFailure(): void {
    this.failures.push(this.now());
  }

  create(): { id: string; session: AdminSession } {
    if (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    const id = randomBytes(32).toString('base64url');
    const session = { csrfToken: randomBytes(32).toString('base64url'), expiresAt: this.now() + SESSION_TTL_MS };
    this.sessions.set(digest(id).toString('hex'), session);
    return { id, session };
  }

  get(id: string | undefined): AdminSession | undefined {
    if (!id || id.length > 100) return undefined;
    const key = digest(id).toString('hex');
    const session = this.sessions.get(key);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(key);
      return undefined;
    }
    return session;
  }

  destroy(id: string | undefined): void {
    if (id) this.sessions.delete(digest(id).toString('hex'));
  }
}

export const SESSION_MAX_AGE_S = SESSION_TTL_MS / 1000;
