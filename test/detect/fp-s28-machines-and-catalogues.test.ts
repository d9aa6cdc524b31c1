import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();

describe("an organisation's machines in a text that names no one", () => {
  it('drops a private address in a URL, with its port or after a machine word', () => {
    const build = `Why does this build fail?

[INFO] Fetching from artifacts: http://10.14.2.9:8081/repo/libs/jackson-core-2.17.pom
[ERROR] Could not transfer artifact from/to artifacts (http://10.14.2.9:8081/repo/libs/)`;
    expect(spansOf(engine, build, ['IP_ADDRESS'])).toEqual([]);
    const manual = `Hoja rápida de la impresora de planta

· La IP de la impresora es 192.168.20.40; la consola de gestión responde en http://192.168.20.40:631
· Atascos: abrir la bandeja 2 y retirar el papel.
· Tóner: pedir al proveedor con la referencia TN-2420.`;
    expect(spansOf(engine, manual, ['IP_ADDRESS'])).toEqual([]);
  });

  it("keeps a log's client and an address in a text that names someone", () => {
    const log = 'Dec  3 09:12:44 gw sshd[811]: Accepted password for mlopez from 10.30.1.77 port 51822 ssh2';
    expect(spansOf(engine, log, ['IP_ADDRESS'])).toEqual(['10.30.1.77']);
    const ticket = `Ticket from Harriet Kowalski: her laptop can't reach the file server.
She says the server is 10.30.5.12 and her laptop shows 10.30.9.201.`;
    expect(spansOf(engine, ticket, ['IP_ADDRESS'])).toContain('10.30.5.12');
  });
});

describe('a library catalogue record', () => {
  it("drops its authors, imprint and dates, and keeps a reader's note's name", () => {
    const text = `Why does this record show two titles?

001    ocn91827364
100 1# $a Austen, Jane, $d 1775-1817, $e author.
245 10 $a Persuasion / $c Jane Austen ; edited by Gillian Beer.
264 #1 $a New York : $b Vintage Classics, $c 1998.
600 10 $a Elliot, Anne $c (Fictitious character) $v Fiction.`;
    expect(spansOf(engine, text, ['PERSON', 'LOCATION', 'DATE'])).toEqual([]);
  });
});
