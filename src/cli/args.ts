import { type ParseArgsConfig, parseArgs } from 'node:util';

/** node:util parseArgs with errors turned into a usage message instead of a stack trace. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  usage: string,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    throw new Error(`${(err as Error).message}\nusage: ${usage}`);
  }
}
