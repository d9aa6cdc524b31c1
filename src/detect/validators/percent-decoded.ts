/**
 * A value as a URL or a log line percent-encodes it ("ana.perez%40mail.com", "%2B34%20600...", double-encoded
 * "%2540"), decoded; null when a percent sign is left that no byte explains. In a query value or a form body a plus
 * after the first character is a space (`plusIsSpace`); in an address it is a plus.
 */
export function percentDecoded(value: string, plusIsSpace: boolean): string | null {
  let decoded = value;
  for (let i = 0; i < 2 && decoded.includes('%25'); i++) decoded = decoded.replace(/%25/g, '%');
  if (plusIsSpace) decoded = decoded.charAt(0) + decoded.slice(1).replace(/\+/g, ' ');
  decoded = decoded.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return decoded.includes('%') ? null : decoded;
}
