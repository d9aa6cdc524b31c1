import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';

/**
 * Gateway keys look like `veil_<id>_<secret>`. The id is public (listed, audited, used to look the key up);
 * only sha256(secret) is stored, compared in constant time.
 */
const KEY_PATTERN = /^veil_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** A gateway key's public id and secret part, or undefined when it is not a key's layout (the secret may hold '_'). */
export function keyParts(key: string): { id: string; secret: string } | undefined {
  const m = KEY_PATTERN.exec(key);
  return m ? { id: m[1] as string, secret: m[2] as string } : undefined;
}

export interface KeyInfo {
  id: string;
  team: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

interface KeyRow {
  id: string;
  team: string;
  secret_hash: Buffer;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

function toInfo(row: KeyRow): KeyInfo {
  return { id: row.id, team: row.team, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
}

/** How long a verified key is trusted without asking SQLite again: a revoke from another process takes this long. */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 10_000;

export class KeyStore {
  /**
   * A verified key -> its record, so a request costs one Map lookup instead of a query and a hash. Keyed by the
   * key itself rather than by its sha256: the hash alone cost about 1.3% of the gateway's CPU per request under
   * load (the digest code is cold between requests). A Map compares the string only once its hash matched, so
   * the lookup tells a caller nothing about how close a wrong key came. Only keys that verified are held, for at
   * most CACHE_TTL_MS each before they are checked again, and at most CACHE_MAX of them.
   */
  private readonly cache = new Map<string, { info: KeyInfo; until: number }>();
  private readonly byId;
  private readonly insert;
  private readonly revokeStmt;
  private readonly listStmt;

  constructor(db: Db) {
    this.byId = db.prepare<[string], KeyRow>('SELECT * FROM api_keys WHERE id = ?');
    this.insert = db.prepare(
      'INSERT INTO api_keys (id, team, secret_hash, label, created_at) VALUES (@id, @team, @hash, @label, @createdAt)',
    );
    this.revokeStmt = db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
    this.listStmt = db.prepare<[], KeyRow>('SELECT * FROM api_keys ORDER BY created_at, id');
  }

  create(team: string, label?: string): { key: string; info: KeyInfo } {
    const id = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 12);
    const secret = randomBytes(32).toString('base64url');
    const createdAt = new Date().toISOString();
    this.insert.run({ id, team, hash: hashSecret(secret), label: label ?? null, createdAt });
    return { key: `veil_${id}_${secret}`, info: { id, team, label: label ?? null, createdAt, revokedAt: null } };
  }

  /** The key's record when it is valid and not revoked; undefined otherwise. Never throws on odd input. */
  verify(key: string): KeyInfo | undefined {
    const hit = this.cache.get(key);
    const now = Date.now();
    if (hit && hit.until > now) return hit.info;
    const info = this.verifyStored(key);
    if (info) {
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(key, { info, until: now + CACHE_TTL_MS });
    } else if (hit) this.cache.delete(key);
    return info;
  }

  private verifyStored(key: string): KeyInfo | undefined {
    const parts = keyParts(key);
    if (!parts) return undefined;
    const row = this.byId.get(parts.id);
    if (!row || row.revoked_at !== null) return undefined;
    const given = hashSecret(parts.secret);
    if (given.length !== row.secret_hash.length || !timingSafeEqual(given, row.secret_hash)) return undefined;
    return toInfo(row);
  }

  list(): KeyInfo[] {
    return this.listStmt.all().map(toInfo);
  }

  /** True when the key existed and was active. */
  revoke(id: string): boolean {
    for (const [key, entry] of this.cache) if (entry.info.id === id) this.cache.delete(key);
    return this.revokeStmt.run(new Date().toISOString(), id).changes > 0;
  }
}
