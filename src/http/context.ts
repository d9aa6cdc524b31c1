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
  }
}
