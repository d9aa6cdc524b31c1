import { pino } from 'pino';

/**
 * Structured JSON logs. Nothing from a request body ever goes into a log line: only ids, labels, counts and
 * codes. Authorization headers are never logged (and redacted here should one slip into an object).
 */
export const log = pino({
  level: process.env.VEIL_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'veil' },
  redact: {
    paths: [
      'authorization',
      '*.authorization',
      '*.*.authorization',
      '*["x-api-key"]',
      '*.*["x-api-key"]',
      '*["x-provider-key"]',
      '*.*["x-provider-key"]',
      'cookie',
      '*.cookie',
      '*.*.cookie',
      'apiKey',
      '*.apiKey',
      'key',
      '*.key',
    ],
    censor: '[redacted]',
  },
});
