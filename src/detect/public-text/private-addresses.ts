import type { Finding } from '../types.js';
import { hasLines } from './text-lines.js';

/**
 * A private address (RFC 1918: 10/8, 172.16/12, 192.168/16) is reachable only inside one network, so it points at
 * someone only where a record shows it in use: a log's client, a host someone logged into, a database a leaked DSN
 * names. A document that designs or explains a network uses the same addresses as parts of its plan:
 * - a row of an addressing plan: another address on the line is written with its prefix ("VLAN 10 10.40.10.0/24
 *   gw 10.40.10.1"), in a text that writes three or more so (a table of subnets, a lab's interfaces);
 * - a factory default a manual prints: "default" or "por defecto" near it on its line;
 * - one side of a worked example whose other side is an RFC 5737 or RFC 3849 documentation address
 *   ("192.0.2.10:8080 → 192.168.1.50:80") in a text of two lines or more;
 * - a Kubernetes Service's virtual address (clusterIP, clusterDNS): a cluster's routing entry, no machine;
 * - a service's endpoint in a text that names no one (no name, no personal mailbox, no secret): an address in a URL
 *   or with its port ("http://10.61.2.30:9000/libs", "proxy 10.61.2.31:3128"), or after a machine's word ("the
 *   build host (10.61.0.8)", "la IP del router es ...", "scan report for ..."): a build log's mirror, a manual's
 *   switchboard, a lab's target are the organisation's machines. A log's client ("from 10.61.3.9", "client=") stays.
 * A private address in a log line, a DSN or an ssh command stays (none of these hold there).
 */

const FOUR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isPrivate(value: string): boolean {
  const m = FOUR.exec(value);
  if (m === null) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** An address written with its prefix ("10.40.10.0/24", an interface's "192.0.2.1/30"). */
const PREFIXED = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}[ \t]*\/[ \t]*(\d{1,2})(?![\d.])/g;

/** How many prefixed addresses s holds (up to atMost), leaving out the one starting at `skip` of s. */
function countPrefixed(s: string, atMost: number, skip = -1): number {
  let n = 0;
  for (const m of s.matchAll(PREFIXED)) {
    const len = Number(m[1]);
    if (m.index === skip || len < 8 || len > 32) continue;
    if (++n >= atMost) break;
  }
  return n;
}

/** The finding is written with a prefix and its host bits are all zero. */
function networkAddress(text: string, f: Finding): boolean {
  const prefix = /^[ \t]*\/[ \t]*(\d{1,2})(?![\d.])/.exec(text.slice(f.end, f.end + 8));
  const m = FOUR.exec(text.slice(f.start, f.end));
  if (prefix === null || m === null) return false;
  const len = Number(prefix[1]);
  const address = ((Number(m[1]) * 256 + Number(m[2])) * 256 + Number(m[3])) * 256 + Number(m[4]);
  return len >= 8 && len <= 30 && address % 2 ** (32 - len) === 0;
}

/** A factory default: the word on the address's line, within a few words of it. */
const DEFAULT_NEAR =
  /(?<![\p{L}])(?:default|defaults|por defecto|predeterminad[ao]s?|de f[aá]brica|factory|out of the box)(?![\p{L}])/iu;

/** An RFC 5737 or RFC 3849 documentation address on the line: the line is a worked example. */
const DOCUMENTATION_ON_LINE = /(?<![\w.])(?:(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}(?![\d])|2001:0?db8:)/i;

/** A log line (an access log's "address - -", a clock time): its documentation address stands for a visitor. */
const LOG_LINE = /^[ \t]*\[?\d{1,3}(?:\.\d{1,3}){3}\]?[ \t]+-[ \t]|\d\d:\d\d:\d\d/;

/** A Service's virtual address in a Kubernetes manifest or a kubelet config. */
const SERVICE_KEY_BEFORE =
  /(?<![\w-])(?:clusterIPs?|clusterDNS|cluster-dns|dns_service_ip)["']?[ \t]*[:=][ \t]*[[\-"' \t]*$/;

/** Before the address: a URL's scheme, or a machine's word a few words back on its line. */
const MACHINE_BEFORE =
  /(?:\/\/|(?<![\p{L}])(?:host|hostname|server|servidor|relay|gateway|router|printer|impresora|NAS|switch|PBX|centralita|controller|controlador|appliance|VM|node|nodo|bastion|proxy|mirror|registry|nexus|cache|scan report for|IP de (?:la|el|del) [\p{L}-]+ es)(?![\p{L}])[ \t]*(?:[(:=][ \t]*|(?:is|es|at|on|en)[ \t]+)?)$/iu;
/** Lines a text needs for its machines to be read as an organisation's. */
const DOCUMENT_LINES = 3;
/** After the address: its port ("10.1.0.7:3000"). */
const PORT_AFTER = /^:\d{2,5}(?!\d)/;
/** A clock time on the line: a log's or a chat's event, whose address is one in use. */
const CLOCK = /(?<![\d.:])\d{1,2}:\d{2}(?!\d)/;
/** A log's client slot before the address: "from", "client", "rhost=", "src=". */
const CLIENT_BEFORE = /(?<![\p{L}])(?:from|client|rhost|src|remote(?:_addr)?|desde|origen)[ \t:=[("']*$/iu;

/** A desk's or a service's mailbox, not a person's. */
const ROLE_MAILBOX =
  /^(?:info|admin|support|soporte|noreply|no-reply|alerts?|ops|devops|sre|it|helpdesk|postmaster|root|webmaster|builds?|ci)[.@]/i;

/** Quick screen: a private address's first octets. */
const SCREEN = /(?<![\d.])(?:10|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d/;

export function dropPlannedPrivateAddresses(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.type === 'IPV4') || !SCREEN.test(text)) return findings;
  let plan: boolean | undefined;
  // A document's lines: one or two lines are a value to check, not a manual's or a log's page.
  const inDocument = hasLines(text, DOCUMENT_LINES);
  // Whether the text names no one: asked once, only for an address in a service's slot.
  let nobody: boolean | undefined;
  const namesNoOne = () => {
    nobody ??= !findings.some(
      (g) =>
        g.label === 'PERSON' ||
        g.label === 'SECRET' ||
        (g.label === 'EMAIL' && !ROLE_MAILBOX.test(text.slice(g.start, g.end))),
    );
    return nobody;
  };
  // A single line listing addresses of both kinds is a value to check, not a document's example.
  const multiline = text.includes('\n');
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (f.type !== 'IPV4' || !isPrivate(text.slice(f.start, f.end))) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
    const before = text.slice(Math.max(lineStart, f.start - 60), f.start);
    const after = text.slice(f.end, Math.min(lineEnd, f.end + 60));
    if (
      SERVICE_KEY_BEFORE.test(before) ||
      DEFAULT_NEAR.test(before) ||
      DEFAULT_NEAR.test(after) ||
      (multiline && DOCUMENTATION_ON_LINE.test(line) && !LOG_LINE.test(line))
    ) {
      dropped.add(f);
      continue;
    }
    // A service's endpoint in a text that names no one (not a log's client).
    if (
      !CLIENT_BEFORE.test(before) &&
      !before.endsWith('@') &&
      (MACHINE_BEFORE.test(before) || PORT_AFTER.test(after)) &&
      !LOG_LINE.test(line) &&
      !CLOCK.test(line) &&
      inDocument &&
      namesNoOne()
    ) {
      dropped.add(f);
      continue;
    }
    // A plan's row: the line writes another address with its prefix, or this one is a block's network address
    // ("10.77.0.0/24"), and the text holds more prefixed addresses.
    if (countPrefixed(line, 1, f.start - lineStart) === 0 && !networkAddress(text, f)) continue;
    plan ??= countPrefixed(text, 3) >= 3;
    if (plan) dropped.add(f);
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}
