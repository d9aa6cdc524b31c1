import type { Finding } from '../types.js';
import { hasLines, lineOf } from './text-lines.js';

/**
 * Network documentation: a subnet table, a CIDR cheat sheet, a firewall or ACL write-up, a router's config. Its
 * four-part numbers are mostly not hosts anyone uses:
 * - a network written with its prefix or mask whose host bits are all zero ("10.20.0.0/16", "ip route 10.20.0.0
 *   255.255.0.0 ...", "network 10.20.4.0 0.0.3.255 area 0"): a block, not a machine;
 * - the network or broadcast address of a block the text states ("10.20.4.255" beside "10.20.4.0/24");
 * - the bounds of a range ("10.20.0.0 – 10.20.255.255", "pool 10.20.4.50 to 10.20.4.99").
 * A block written with its prefix counts where the text states another block or a mask (a plan, a table, a config)
 * or, in a text of three lines or more, its line calls it a network, a subnet, a route or a prefix ("cidr_block =
 * ..."); a lone "192.168.7.0/24" with no such word, or a line or two holding one block, stays. An address
 * with host bits set ("10.20.4.17/24", "/32"), a next hop, a gateway or a log's client address stays.
 * (Netmasks, wildcard masks and multicast groups are refused by the ipv4 validator itself.)
 */

const FOUR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The address as an unsigned 32-bit number, or undefined. */
function toNumber(value: string): number | undefined {
  const m = FOUR.exec(value);
  if (m === null) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return n;
}

/** Prefix length of a netmask (ones then zeros) or of a wildcard mask (zeros then ones), else undefined. */
function maskLength(mask: number): number | undefined {
  for (let len = 0; len <= 32; len++) {
    const ones = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    if (mask === ones || (len < 32 && mask === ~ones >>> 0 && len > 0)) return len;
  }
  return undefined;
}

const hostBits = (len: number) => (len >= 32 ? 0 : 2 ** (32 - len) - 1);

interface Block {
  network: number;
  len: number;
}

/** An address written with its prefix ("/24") or followed by a mask, anywhere in the text. */
const WITH_PREFIX =
  /(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?:[ \t]*\/[ \t]*(\d{1,2})(?!\d|\.\d)|[ \t]+(?:(?:net)?mask[ \t]+|m[aá]scara[ \t]+)?(\d{1,3}(?:\.\d{1,3}){3})(?!\d|\.\d))/giu;

/** Blocks the text states, and whether it states a mask. */
function statedBlocks(text: string): { blocks: Block[]; mask: boolean } {
  const blocks: Block[] = [];
  let mask = false;
  for (const m of text.matchAll(WITH_PREFIX)) {
    const address = toNumber(m[1]!);
    if (address === undefined) continue;
    let len: number | undefined;
    if (m[2] !== undefined) len = Number(m[2]);
    else {
      const maskValue = toNumber(m[3]!);
      len = maskValue === undefined ? undefined : maskLength(maskValue);
      if (len !== undefined) mask = true;
    }
    if (len === undefined || len > 30) continue;
    const network = address - (address % 2 ** (32 - len));
    if (network === address) blocks.push({ network, len });
  }
  return { blocks, mask };
}

/** Right after an address: its prefix or a mask. */
const PREFIX_AFTER = /^[ \t]*\/[ \t]*(\d{1,2})(?!\d|\.\d)/;
const MASK_AFTER = /^[ \t]+(?:(?:net)?mask[ \t]+|m[aá]scara[ \t]+)?(\d{1,3}(?:\.\d{1,3}){3})(?!\d|\.\d)/iu;
/** A range written with a dash between two addresses. */
const DASH_AFTER = /^[ \t]*(?:[-–—]|\.\.)[ \t]*\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/;
const DASH_BEFORE = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}[ \t]*(?:[-–—]|\.\.)[ \t]*$/;
/** A range written with a word, on a line that calls it a range, a pool or a scope. */
const WORD_AFTER = /^[ \t]+(?:to|through|thru|hasta|al?)[ \t]+\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/iu;
const WORD_BEFORE = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}[ \t]+(?:to|through|thru|hasta|al?)[ \t]+$/iu;
const RANGE_LINE =
  /(?<![\p{L}])(?:range|ranges|pool|scope|rango|rangos|[aá]mbito|intervalo|block|bloque|DHCP)(?![\p{L}])/iu;

/** On a block's line: the text calls it a network, a subnet, a route or a prefix. */
const BLOCK_WORD =
  /(?<![\p{L}])(?:cidr(?:_blocks?)?|subnets?|subnetwork|vlan|vpc|vnet|network|networks|route|routes|prefix|prefixes|segment|allow(?:ed)?_ips|red|redes|subred(?:es)?|segmento|ruta|prefijo|rango)(?![\p{L}])/iu;

/** Three lines or more: a plan or a config, not a value pasted on its own to be checked. */
const DOCUMENT_LINES = 3;

/** Quick screen: a prefix, a mask word, or two addresses joined as a range. */
const SCREEN =
  /\d\/\d|\d \/ ?\d|mask|m[aá]scara|\d[ \t]*(?:[-–—]|\.\.)[ \t]*\d{1,3}\.\d|\d (?:to|through|thru|hasta|al?) \d{1,3}\.\d|\d (?:255|0)\.\d/i;

export function dropNetworkBlocks(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.type === 'IPV4') || !SCREEN.test(text)) return findings;
  let stated: { blocks: Block[]; mask: boolean } | undefined;
  const plan = () => {
    stated ??= statedBlocks(text);
    return stated;
  };
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (f.type !== 'IPV4') continue;
    const address = toNumber(text.slice(f.start, f.end));
    if (address === undefined) continue;
    const after = text.slice(f.end, f.end + 40);
    const prefix = PREFIX_AFTER.exec(after);
    if (prefix !== null) {
      const len = Number(prefix[1]);
      // A block's own network address, in a text that states another block or a mask.
      if (len <= 30 && address % 2 ** (32 - len) === 0) {
        const { blocks, mask } = plan();
        if (mask || blocks.length >= 2 || (hasLines(text, DOCUMENT_LINES) && BLOCK_WORD.test(lineOf(text, f))))
          dropped.add(f);
      }
      continue;
    }
    const mask = MASK_AFTER.exec(after);
    if (mask !== null) {
      const maskValue = toNumber(mask[1]!);
      const len = maskValue === undefined ? undefined : maskLength(maskValue);
      if (len !== undefined && len <= 30 && address % 2 ** (32 - len) === 0) {
        dropped.add(f);
        continue;
      }
    }
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, f.start - 40), f.start);
    if (DASH_AFTER.test(after) || DASH_BEFORE.test(before)) {
      dropped.add(f);
      continue;
    }
    if (WORD_AFTER.test(after) || WORD_BEFORE.test(before)) {
      const next = text.indexOf('\n', f.end);
      if (RANGE_LINE.test(text.slice(lineStart, next < 0 ? text.length : next))) {
        dropped.add(f);
        continue;
      }
    }
    // The network or broadcast address of a block the text states.
    const { blocks, mask: masked } = plan();
    if (!masked && blocks.length < 2) continue;
    for (const b of blocks)
      if (address === b.network || address === b.network + hostBits(b.len)) {
        dropped.add(f);
        break;
      }
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}
