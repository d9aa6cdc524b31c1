import { VARY_MARKER } from './loadgen.js';

/**
 * Prompts of a given size in bytes. Plain prompts are lower-case prose with no digits, names or addresses, so
 * inspection runs over them and finds nothing. Sensitive prompts carry one value about every 256 bytes, in
 * turn a person's name, an e-mail address, a card number (Luhn-valid) and an IBAN (checksum-valid). Both start
 * with VARY_MARKER, which the load generator turns into a different word for every request.
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
  return `${VARY_MARKER} ${prose(bytes - VARY_MARKER.length - 1, 0)}`;
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
    const head = k === 0 ? `${VARY_MARKER} ` : '';
    out += head + prose(256 - tail.length - head.length, k) + tail;
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

/**
 * A chat at its turn `turns + 1`: `turns` earlier messages of `bytesPerTurn` sensitive prose each (user and
 * assistant in turn, as a client resends them) and a new short question that differs in every request.
 */
export function conversationBody(turns: number, bytesPerTurn: number, stream: boolean): string {
  const messages: { role: string; content: string }[] = [{ role: 'system', content: 'you are a helpful assistant.' }];
  const { text } = sensitivePrompt(bytesPerTurn);
  for (let t = 0; t < turns; t++) {
    // Each earlier message is a text of its own, as in a real chat (the marker word becomes 'turna', 'turnb', ...).
    const content = text.replace(VARY_MARKER, `turn${String.fromCharCode(97 + (t % 26))}`);
    messages.push({ role: t % 2 === 0 ? 'user' : 'assistant', content });
  }
  messages.push({ role: 'user', content: plainPrompt(256) });
  return JSON.stringify({ model: 'gpt-4o-mini', stream, messages });
}
