import { KeyStore } from '../auth/key-store.js';
import { readRuntimeEnv } from '../config/env.js';
import { openDb } from '../store/db.js';
import { parseCommandArgs } from './args.js';

export const summary = 'create, list and revoke gateway keys (keys create --team NAME | keys list | keys revoke ID)';

const USAGE = 'veil keys create --team NAME [--label TEXT] | veil keys list | veil keys revoke ID';

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseCommandArgs(
    rest,
    { team: { type: 'string' }, label: { type: 'string' } },
    USAGE,
  );
  const db = openDb(readRuntimeEnv().dbPath);
  try {
    const store = new KeyStore(db);
    if (sub === 'create') {
      const team = values.team;
      if (typeof team !== 'string' || !/^[a-z0-9][a-z0-9_-]*$/.test(team)) {
        process.stderr.write(`--team is required (lower-case letters, digits, - and _)\nusage: ${USAGE}\n`);
        return 2;
      }
      const { key, info } = store.create(team, typeof values.label === 'string' ? values.label : undefined);
      process.stdout.write(`created key ${info.id} for team ${info.team}; it is shown once, store it now:\n${key}\n`);
      return 0;
    }
    if (sub === 'list') {
      const rows = store.list();
      if (rows.length === 0) process.stdout.write('no keys\n');
      for (const k of rows) {
        const state = k.revokedAt ? `revoked ${k.revokedAt}` : 'active';
        process.stdout.write(
          `${k.id}  team=${k.team}  created=${k.createdAt}  ${state}${k.label ? `  ${k.label}` : ''}\n`,
        );
      }
      return 0;
    }
    if (sub === 'revoke' && positionals.length === 1) {
      const id = positionals[0] as string;
      if (!store.revoke(id)) {
        process.stderr.write(`no active key with id ${id}\n`);
        return 1;
      }
      process.stdout.write(`revoked ${id}\n`);
      return 0;
    }
    process.stderr.write(`usage: ${USAGE}\n`);
    return 2;
  } finally {
    db.close();
  }
}
