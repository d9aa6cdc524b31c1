import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { recoveryPhraseFindings } from '../../src/detect/secrets/recovery-phrase.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const phrases = (text: string) => recoveryPhraseFindings(text).map((f) => text.slice(f.start, f.end));
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

// Phrases generated for these tests from the BIP39 lists (random entropy); none belongs to any wallet.
const EN_12 = 'length hungry obtain oval voyage flame merit major inmate pen slot member';
const EN_24 =
  'inch allow lounge myself say speak catch cattle solution fantasy faculty furnace ethics address pizza mom tuition human warfare creek charge renew shoe blanket';
const ES_12 = 'maduro cara rutina coco azafrán agudo grave ilusión salto taza inerte grupo';
// List words in a count BIP39 allows, but with a last word whose checksum does not hold (a word copied wrong).
const EN_12_BAD_CHECKSUM = 'lunar pepper hockey unveil castle fabric tunnel weekend rigid pledge vendor slogan';

describe('recovery phrases (BIP39 mnemonics)', () => {
  it('finds a 12-word English phrase in a support ticket, checksum or not', () => {
    expect(phrases(`My Ledger won't restore. These are my seed words:\n${EN_12}\nPlease check them.`)).toEqual([EN_12]);
    expect(secrets(`Wallet recovery words, keep safe: ${EN_12_BAD_CHECKSUM} - thanks`)).toContain(EN_12_BAD_CHECKSUM);
  });

  it('finds a 24-word phrase written as a numbered list, one word a line', () => {
    const words = EN_24.split(' ');
    const list = words.map((w, i) => `${i + 1}. ${w}`).join('\n');
    const found = phrases(`Backup phrase from my hardware wallet card:\n${list}\nAnything else you need?`);
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith('inch')).toBe(true);
    expect(found[0]?.endsWith('blanket')).toBe(true);
  });

  it('finds a Spanish phrase with or without accents, comma separated', () => {
    const text = `Hola, te paso la frase de recuperación de la billetera: ${ES_12.replace(/ /g, ', ')}. Gracias`;
    expect(phrases(text)).toHaveLength(1);
    const plain = ES_12.normalize('NFD').replace(/\p{M}/gu, '');
    expect(phrases(`Las 12 palabras de mi monedero son ${plain} y no entra.`)).toEqual([plain]);
  });

  it('takes the window whose checksum holds out of a longer run of list words', () => {
    // "also" and "about" are list words too: the run is 14 long, the phrase 12.
    const found = phrases(`wallet note: also ${EN_12} about`);
    expect(found).toEqual([EN_12]);
  });

  it('leaves texts that name no wallet, seed or recovery phrase', () => {
    expect(phrases(`Spelling list for Monday: ${EN_12}. Use each in a sentence, and write neatly.`)).toEqual([]);
  });

  it('leaves counts BIP39 does not allow and runs with an ordinary word inside', () => {
    const eleven = EN_12.split(' ').slice(0, 11).join(' ');
    expect(phrases(`my seed phrase starts ${eleven} and I lost the rest of the card`)).toEqual([]);
    const broken = EN_12.replace('oval', 'the');
    expect(phrases(`my seed phrase is ${broken}`)).toEqual([]);
  });

  it('leaves published test vectors and phrases shown as examples', () => {
    const vector = `${'abandon '.repeat(11)}about`;
    expect(phrases(`BIP39 wallet docs, first vector: ${vector}`)).toEqual([]);
    const periodic = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
    expect(phrases(`wallet library fixture: ${periodic}`)).toEqual([]);
    expect(phrases(`Seed phrase example (never use it for funds):\n${EN_12}`)).toEqual([]);
  });

  it('leaves ordinary prose after a wallet cue, even when many of its words are on the list', () => {
    const prose =
      'I lost my wallet on the train. You can call them when you have time, because they will only open again after ten, and my bank card was inside it too.';
    expect(phrases(prose)).toEqual([]);
    const es =
      'Perdí la cartera cripto del móvil. Mañana llamo al banco porque la tarjeta estaba dentro y el seguro no cubre nada de eso, según me dijeron ayer.';
    expect(phrases(es)).toEqual([]);
  });
});
