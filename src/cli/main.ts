#!/usr/bin/env -S node --no-regexp-tier-up
/**
 * `veil <command>`: each command lives in its own module, loaded only when used, so `veil scan` never pays
 * for the HTTP server and `veil serve` never loads the model tooling.
 * The first line starts node with --no-regexp-tier-up (as `npm start` does): V8 then compiles each regular
 * expression to machine code at its first use instead of interpreting it until it tiers up, which made the
 * detection engine about a quarter faster in steady state (README, Speed). Linux and macOS `env` take -S.
 */
export interface CommandModule {
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
  summary: string;
}

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  serve: () => import('./serve.js'),
  keys: () => import('./keys.js'),
  migrate: () => import('./migrate.js'),
  scan: () => import('./scan.js'),
  policy: () => import('./policy.js'),
  audit: () => import('./audit.js'),
  models: () => import('./models.js'),
  doctor: () => import('./doctor.js'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    const lines = await Promise.all(
      Object.entries(COMMANDS).map(async ([cmd, loader]) => {
        try {
          return `  veil ${cmd.padEnd(8)} ${(await loader()).summary}`;
        } catch {
          return `  veil ${cmd.padEnd(8)} (not available in this build)`;
        }
      }),
    );
    const out = `usage: veil <command> [options]\n\n${lines.join('\n')}\n`;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      process.stdout.write(out);
      return 0;
    }
    process.stderr.write(`veil: unknown command "${name}"\n\n${out}`);
    return 2;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`veil: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
