import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LineBatch } from '../../src/log.js';

const LOG_MODULE = pathToFileURL(resolve(import.meta.dirname, '../../src/log.ts')).href;

/** A destination that refuses (EAGAIN) or takes part of a write as told, and keeps what it took. */
function fakeFd(plan: ('full' | number | 'all')[]) {
  const taken: Buffer[] = [];
  const writeTo = (_fd: number, bytes: string | Buffer) => {
    const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    const step = plan.shift() ?? 'all';
    if (step === 'full') throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
    const n = step === 'all' ? buf.length : Math.min(step, buf.length);
    taken.push(Buffer.from(buf.subarray(0, n)));
    return n;
  };
  return { writeTo, text: () => Buffer.concat(taken).toString() };
}

describe('the log line batch', () => {
  it('writes a full batch at once and the rest at exit, in order', () => {
    const fd = fakeFd([]);
    const batch = new LineBatch(1, 10, 60_000, fd.writeTo);
    batch.write('one 12345\n');
    expect(fd.text()).toBe('one 12345\n');
    batch.write('two\n');
    expect(fd.text()).toBe('one 12345\n');
    batch.writeAtExit();
    expect(fd.text()).toBe('one 12345\ntwo\n');
  });

  it('keeps what a full pipe refused or only partly took, and sends it first', () => {
    const fd = fakeFd(['full', 3, 'full', 'full']);
    const batch = new LineBatch(1, 5, 60_000, fd.writeTo);
    batch.write('héllo 1\n');
    expect(fd.text()).toBe('');
    batch.write('héllo 2\n');
    batch.handOn();
    batch.write('three\n');
    batch.writeAtExit();
    expect(fd.text()).toBe('héllo 1\nhéllo 2\nthree\n');
  });

  it('drops a batch the destination cannot take for good (closed stdout) instead of throwing', () => {
    const writeTo = () => {
      throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
    };
    const batch = new LineBatch(1, 1, 60_000, writeTo);
    expect(() => batch.write('line\n')).not.toThrow();
    expect(() => batch.writeAtExit()).not.toThrow();
  });

  it('loses no line when the process exits under heavy logging with a slow reader', async () => {
    const lines = 20_000;
    const script =
      `const { log } = await import(${JSON.stringify(LOG_MODULE)});` +
      `let i = 0; const step = () => { for (let k = 0; k < 500 && i < ${lines}; k++, i++) log.info({ n: i }, 'line');` +
      ` if (i < ${lines}) setImmediate(step); else process.exit(0); }; step();`;
    for (let run = 0; run < 3; run++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, VITEST: '', VEIL_LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // A reader that starts late: the pipe fills and the writer has to wait for it.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 200);
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      await new Promise((done) => child.once('close', done));
      const seen = text.split('\n').filter((l) => l.includes('"msg":"line"'));
      expect(seen.length).toBe(lines);
      expect(JSON.parse(seen.at(-1) as string).n).toBe(lines - 1);
    }
  });
});
