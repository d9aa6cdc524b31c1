import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // 2 cores: two workers keep the suite quick without starving the servers the tests start.
    maxWorkers: 2,
    // As the gateway runs (package.json start): V8 compiles every regular expression to machine code at its first
    // use instead of interpreting it first; the detection engine runs about a quarter faster (README, Speed).
    execArgv: ['--no-regexp-tier-up'],
  },
});
