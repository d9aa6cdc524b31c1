import type { Finding } from '../types.js';
import { DOCUMENTATION_V6 } from '../validators/contact.js';

/**
 * The IPv6 documentation prefixes (RFC 3849's 2001:db8::/32, RFC 9637's 3fff::/20) are reserved so that manuals,
 * changelogs, configs and examples never name a real machine. In a text of two lines or more they are read like
 * RFC 5737's IPv4 ranges (rules/detectors/contact.yaml, ipv4-documentation): a visitor's address only where the text
 * shows one, that is a log line that opens with the address then " - ", or a client cue just before it ("login
 * from", "client IP", "src="). A single line holding an address and little else gives no such context and keeps it.
 */

/** A client cue right before the address on its line: the same words as the IPv4 documentation rule's. */
const CLIENT_CUE =
  /(?:(?:[Ll]ogins?|[Ll]ogged in|[Ss]ign(?:ed)?[- ]?ins?|[Rr]equests?|[Cc]onnections?|[Aa]ccess|[Aa]ttempts?|[Tt]raffic|[Hh]its?|[Cc]alls?|[Ss]can(?:s|ned)?|[Aa]ccepted \S+ for \S+) from|[Cc]lient(?: IP| address)?|CLIENT_IP|[Rr]emote(?:[ _]?(?:IP|address|addr|host))?|[Vv]isitors?(?: IP)?|[Aa]ttacker(?: IP)?|[Ss]rc(?:_?ip)?|[Ss]ource(?: IP| address)?|[Uu]ser(?:[ _]?IP)|X-Forwarded-For|(?:IP|[Ii]p)[ _]?del? (?:cliente|usuario)|desde la IP|[Ii]nicio de sesi[oó]n desde|[Aa]cceso desde|[Cc]onexi[oó]n desde)[ \t]*[:=]?[ \t]*\[?$/;

/** A web server's access-log line: the address first, then " - ". */
const LOG_LINE_AFTER = /^\]?[ \t]+-[ \t]/;

/** Whether the documentation address at [start, end) stands for a visitor by its line. */
function visitorAddress(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 80), start);
  if (CLIENT_CUE.test(before)) return true;
  return /^[ \t]*\[?$/.test(before) && LOG_LINE_AFTER.test(text.slice(end, end + 4));
}

/** Findings without the documentation-prefix IPv6 addresses a document uses as stand-ins. */
export function dropDocumentationAddresses(text: string, findings: Finding[]): Finding[] {
  if (!text.includes('\n')) return findings;
  let dropped: Set<Finding> | undefined;
  for (const f of findings) {
    if (f.type !== 'IPV6') continue;
    const value = text.slice(f.start, f.end).toLowerCase();
    if (!DOCUMENTATION_V6.test(value) || visitorAddress(text, f.start, f.end)) continue;
    dropped ??= new Set();
    dropped.add(f);
  }
  return dropped === undefined ? findings : findings.filter((f) => !dropped.has(f));
}
