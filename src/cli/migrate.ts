import { readRuntimeEnv } from '../config/env.js';
import { migrate, openDb } from '../store/db.js';

export const summary = 'apply pending database migrations (VEIL_DB)';

export async function run(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write('usage: veil migrate\n');
    return 2;
  }
  const path = readRuntimeEnv().dbPath;
  const db = openDb(path, { migrate: false });
  try {
    const { applied, current } = migrate(db);
    process.stdout.write(
      applied.length > 0
        ? `applied ${applied.join(', ')}; schema at version ${current}\n`
        : `up to date at version ${current}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}
