import type { Finding } from '../types.js';
import { hasLines } from './text-lines.js';

/**
 * An internal address (RFC 1918's 10/8, 172.16/12, 192.168/16; RFC 6598's shared 100.64/10 a carrier or a tailnet
 * hands out; loopback; link-local; IPv6 unique-local fc00::/7 and link-local fe80::/10) is reachable only inside one
 * network. Anyone outside it reads nothing from it: in a document it names one of an organisation's or a home's
 * machines (a node, a pod, a replica, a VPN peer, a health check's prober), not a person, so:
 * - in a document (three lines or more: a log, a config, an inventory, a runbook, a ticket) it is dropped, unless a
 *   credential is written beside it on its line (a DSN's user:password@host, a pgpass row, a .env's host then its
 *   password): there it tells where the leaked secret opens a door;
 * - in a line or two (a value to check, a question about one address) it stays, except where it is part of a plan:
 *   - a row of an addressing plan: another address on the line is written with its prefix ("VLAN 10 10.40.10.0/24
 *     gw 10.40.10.1"), in a text that writes three or more so;
 *   - a factory default a manual prints: "default" or "por defecto" near it on its line;
 *   - one side of a worked example whose other side is an RFC 5737 or RFC 3849 documentation address
 *     ("192.0.2.10:8080 → 192.168.1.50:80") in a text of two lines;
 *   - a Kubernetes Service's virtual address (clusterIP, clusterDNS): a cluster's routing entry, no machine.
 */

const FOUR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** An IPv4 address of a private, shared (carrier-grade NAT), loopback or link-local block. */
function isInternalV4(value: string): boolean {
  const m = FOUR.exec(value);
  if (m === null) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254)
  );
}

/** An IPv6 unique-local (fc00::/7) or link-local (fe80::/10) address, or the loopback ::1. */
const INTERNAL_V6 = /^(?:f[cd][0-9a-f]{0,2}:|fe[89ab][0-9a-f]:|::1$)/i;

/** NFKC first: the original text may write the address in full-width digits. */
function isInternal(f: Finding, written: string): boolean {
  const value = written.normalize('NFKC');
  return f.type === 'IPV4' ? isInternalV4(value) : f.type === 'IPV6' && INTERNAL_V6.test(value);
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

/** Lines a text needs to be a document whose internal addresses are its machines'. */
const DOCUMENT_LINES = 3;
/** How far from the address, on its line, a credential ties it to the secret. */
const CREDENTIAL_REACH = 48;

/** Quick screen: an internal block's first octets, or an IPv6 address's colons. */
const SCREEN =
  /(?<![\d.])(?:10|127|172\.(?:1[6-9]|2\d|3[01])|192\.168|169\.254|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7]))\.\d|:/;

export function dropPlannedPrivateAddresses(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.type === 'IPV4' || f.type === 'IPV6') || !SCREEN.test(text)) return findings;
  let plan: boolean | undefined;
  const inDocument = hasLines(text, DOCUMENT_LINES);
  const secrets = inDocument ? findings.filter((g) => g.label === 'SECRET') : [];
  // A single line listing addresses of both kinds is a value to check, not a document's example.
  const multiline = text.includes('\n');
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (f.label !== 'IP_ADDRESS' || !isInternal(f, text.slice(f.start, f.end))) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const next = text.indexOf('\n', f.end);
    const lineEnd = next < 0 ? text.length : next;
    if (inDocument) {
      const credentialBeside = secrets.some(
        (g) =>
          g.end > lineStart &&
          g.start < lineEnd &&
          g.end > f.start - CREDENTIAL_REACH &&
          g.start < f.end + CREDENTIAL_REACH,
      );
      if (!credentialBeside) dropped.add(f);
      continue;
    }
    if (f.type !== 'IPV4') continue;
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
    // A plan's row: the line writes another address with its prefix, or this one is a block's network address
    // ("10.77.0.0/24"), and the text holds more prefixed addresses.
    if (countPrefixed(line, 1, f.start - lineStart) === 0 && !networkAddress(text, f)) continue;
    plan ??= countPrefixed(text, 3) >= 3;
    if (plan) dropped.add(f);
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}
