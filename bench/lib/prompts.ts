/**
 * Prompts of a given size in bytes. Plain prompts are lower-case prose with no digits, names or addresses, so
 * inspection runs over them and finds nothing. Sensitive prompts carry one value about every 256 bytes, in
 * turn a person's name, an e-mail address, a card number (Luhn-valid) and an IBAN (checksum-valid).
 */
const WORDS = (
  'the quarterly report shows steady growth in the northern region while costs of shipping rose slightly ' +
  'please summarise the main points for the team and suggest three actions we could take next month ' +
  'keep the tone friendly and short and avoid any jargon that a new colleague would not understand '
).split(' ');

function prose(bytes: number, seed: number): string {
  let out = '';
  let i = seed;
  while (out.length < bytes) {
    out += `${WORDS[i % WORDS.length]} `;
    i += 7;
  }
  return out.slice(0, bytes);
}

export function plainPrompt(bytes: number): string {
  return prose(bytes, 0);
}

const SENSITIVE = [
  'Maria Garcia',
  'maria.garcia@example.com',
  '4111 1111 1111 1111',
  'DE89 3704 0044 0532 0130 00',
  'John Smith',
  'j.smith@example.org',
  '5500 0000 0000 0004',
  'GB82 WEST 1234 5698 7654 32',
];

/** Sentences of 256 bytes, each ending with one value; also returns the values, to check their restore. */
export function sensitivePrompt(bytes: number): { text: string; values: string[] } {
  const values = new Set<string>();
  let out = '';
  const sentences = Math.max(1, Math.round(bytes / 256));
  for (let k = 0; k < sentences; k++) {
    const value = SENSITIVE[k % SENSITIVE.length] as string;
    const tail = ` contact ${value}. `;
    out += prose(256 - tail.length, k) + tail;
    values.add(value);
  }
  return { text: out, values: [...values] };
}

export function chatBody(prompt: string, stream: boolean): string {
  return JSON.stringify({
    model: 'gpt-4o-mini',
    stream,
    messages: [
      { role: 'system', content: 'you are a helpful assistant.' },
      { role: 'user', content: prompt },
    ],
  });
}
