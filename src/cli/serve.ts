import { ConfigError } from '../config/load.js';
import { startGateway } from '../gateway.js';
import { log } from '../log.js';

export const summary = 'start the gateway (PORT, HOST, VEIL_DB, VEIL_RULES from the environment)';

export async function run(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write('usage: veil serve   (configure with PORT, HOST, VEIL_DB, VEIL_RULES)\n');
    return 2;
  }
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  try {
    gateway = await startGateway();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`veil: configuration error, not starting:\n${err.message}\n`);
      return 1;
    }
    throw err;
  }
  log.info({ url: gateway.url, teams: [...gateway.config.policies.keys()] }, `Veil listening on ${gateway.url}`);
  if (gateway.keys.list().every((k) => k.revokedAt !== null)) {
    log.warn('no active gateway key: create one with `npm run veil -- keys create --team default`');
  }
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'shutting down: finishing running requests and flushing the audit log');
      gateway.close().then(
        () => resolve(0),
        (err: Error) => {
          log.error({ err: err.message }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
