import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createDetector, type DetectionEngine } from '../detect/engine.js';
import type { Finding } from '../detect/types.js';
import { parseCommandArgs } from './args.js';

export const summary = 'detect sensitive data: JSONL {"id","text"} on stdin, or a masked report for FILE...';

const USAGE = 'veil scan [--rules DIR] [FILE...]   (no FILE: JSONL records {"id","text"} on stdin)';

function spansOf(findings: Finding[]) {
  return findings.map((f) => ({ start: f.start, end: f.end, label: f.label, type: f.type, score: f.score }));
}

/** One output line per input line, in order; a line that is not a record gets an error entry, not a crash. */
async function scanJsonl(engine: DetectionEngine): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let bad = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      record = undefined;
    }
    const r = record as { id?: unknown; text?: unknown } | undefined;
    if (!r || typeof r !== 'object' || typeof r.text !== 'string') {
      bad++;
      process.stdout.write(`${JSON.stringify({ id: r?.id ?? null, spans: [], error: 'expected {"id","text"}' })}\n`);
      continue;
    }
    const out = `${JSON.stringify({ id: r.id ?? null, spans: spansOf(engine.detect(r.text)) })}\n`;
    if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  if (bad > 0) process.stderr.write(`veil scan: ${bad} line(s) were not {"id","text"} records\n`);
  return bad > 0 ? 1 : 0;
}

/** Never the value, only its size. */
export function maskValue(value: string): string {
  // Neither characters nor their classes are shown: the shape of a short PIN or password is already a leak.
  const oneLine = value.includes('\n') ? `, ${value.split('\n').length} lines` : '';
  return `[masked ${value.length} chars${oneLine}]`;
}

function lineAndColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return [line, offset - last];
}

async function scanFiles(engine: DetectionEngine, files: string[]): Promise<number> {
  let total = 0;
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      process.stderr.write(`veil scan: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
      failed++;
      continue;
    }
    const findings = engine.detect(text);
    total += findings.length;
    process.stdout.write(`${file}: ${findings.length} finding(s)\n`);
    for (const f of findings) {
      const [line, col] = lineAndColumn(text, f.start);
      const where = `${line}:${col}`.padEnd(9);
      const kind = `${f.label}/${f.type}`.padEnd(32);
      process.stdout.write(
        `  ${where} ${kind} score ${f.score.toFixed(2)}  ${maskValue(text.slice(f.start, f.end))}\n`,
      );
    }
  }
  process.stdout.write(`${total} finding(s) in ${files.length - failed} file(s)\n`);
  return failed > 0 ? 1 : 0;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { rules: { type: 'string' } }, USAGE);
  const engine = createDetector({ rulesDir: typeof values.rules === 'string' ? values.rules : undefined });
  return positionals.length === 0 ? scanJsonl(engine) : scanFiles(engine, positionals);
}
