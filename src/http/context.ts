import type { PolicyConfig } from '../config/schema.js';

export interface AuthInfo {
  team: string;
  keyId: string;
  policy: PolicyConfig;
}

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
    startedAt: number;
    auth: AuthInfo;
    /**
     * A fresh copy of the headers every API answer carries (security headers, request id) for a handler that
     * builds its answer's headers whole and marks it complete (see src/http/envelope.ts).
     */
    responseHeaders: Record<string, string>;
    /** The matched route's path once read for the answer (see routeLabel in src/security/access-log.ts). */
    routeLabel: string;
  }
}
