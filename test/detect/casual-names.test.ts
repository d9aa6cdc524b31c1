import { describe, expect, it } from 'vitest';
import { CasualNameDetector, lowerWords } from '../../src/detect/casual-names/casual-name-detector.js';
import { createDetector, defaultRulesDir } from '../../src/detect/engine.js';
import { extraDetectors } from '../../src/detect/registry.js';
import { growth } from '../support/cost.js';
import { spansOf } from '../support/spans.js';

const detector = new CasualNameDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('CasualNameDetector: lower-case names in chat transcripts', () => {
  it('takes chat speakers after a time stamp, and their later mentions', () => {
    const chat = [
      '[14:20] natalie: the staging db is down again',
      '[14:21] oscar: looking. natalie did you restart it?',
      '[14:22] natalie: no, only the cache',
    ].join('\n');
    expect(people(chat)).toEqual(['natalie', 'oscar', 'natalie', 'natalie']);
  });

  it('takes speakers of exports and IRC logs, and @mentions', () => {
    expect(people('12/04/2026, 09:15 - gustavo: llego tarde\n12/04/2026, 09:16 - irene: ok')).toEqual([
      'gustavo',
      'irene',
    ]);
    expect(people('<priya> anyone on call?\n<theo> me')).toEqual(['priya', 'theo']);
    expect(people('can you check this @harriet before lunch')).toEqual(['harriet']);
  });

  it('takes the name line of a message copied out of Slack or Teams', () => {
    expect(people('deploy notes\n\nyusuf  9:41 AM\nis prod ok?\nclaudia  9:43 AM\nyes')).toEqual(['yusuf', 'claudia']);
  });

  it('takes a name that is also a word only as a time-stamped speaker', () => {
    expect(people('[08:01] will: morning all\n[08:02] june: hi')).toEqual(['will', 'june']);
    expect(people('will: this is the plan\nmay: maybe')).toEqual([]);
  });
});

describe('CasualNameDetector: lower-case names in notes and messages', () => {
  it('takes names after a greeting, a person verb or preposition, and before a speech verb', () => {
    expect(people('hi siobhan, the invoice is attached')).toEqual(['siobhan']);
    expect(people('ok thanks fernando!')).toEqual(['fernando']);
    expect(people('i told gareth the release slips to friday')).toEqual(['gareth']);
    expect(people('quick sync w/ ingrid about the renewal')).toEqual(['ingrid']);
    expect(people('bernard said the quote is too high')).toEqual(['bernard']);
    expect(people("send it to lucas's personal address")).toEqual(['lucas']);
  });

  it('takes Spanish greetings, cues and speech verbs', () => {
    expect(people('hola maite, ¿tienes el informe?')).toEqual(['maite']);
    expect(people('ayer hablé con gonzalo sobre el presupuesto')).toEqual(['gonzalo']);
    expect(people('le dije a esteban que lo revise')).toEqual(['esteban']);
    expect(people('gracias nacho!!')).toEqual(['nacho']);
  });

  it('takes names listed with one found, and a rare name after a verb whose object is a person', () => {
    expect(people('priyanka and owen are out today')).toEqual(['owen', 'priyanka']);
    expect(people('cc: miriam, gabriel')).toEqual(['miriam', 'gabriel']);
    expect(people('ugh ok lemme ask priyanka')).toEqual(['priyanka']);
    expect(people('we ran it with jasmine and karma, then with hugo')).toEqual([]);
  });

  it('takes a listed name after a lower-case title, and public figures named by one word', () => {
    expect(people('ask mr okafor about the lease')).toEqual(['mr okafor']);
    expect(people('la cita es con doña remedios')).toEqual(['doña remedios']);
    expect(people('open it in ms word and miss nothing')).toEqual([]);
    expect(people('the memo was written for merkel')).toEqual(['merkel']);
  });

  it('takes a given name followed by a family name, with middle names and particles', () => {
    expect(people('met with felipe gutierrez yesterday')).toEqual(['felipe gutierrez']);
    expect(people('the lease is signed by maria luisa sanchez de la vega')).toEqual(['maria luisa sanchez de la vega']);
  });

  it('leaves names that are words, nouns after articles, tools and streets alone', () => {
    expect(people('we will grant access to the team')).toEqual([]);
    expect(people('la cara lateral del muslo y la vena cava')).toEqual([]);
    expect(people('le dan el alta mañana')).toEqual([]);
    expect(people('docs are built with hugo and logs go through morgan')).toEqual([]);
    expect(people('the office is on calle fermin caballero 19')).toEqual([]);
    expect(people('mail bernard.ortiz@example.com or see /home/bernard/notes')).toEqual([]);
    expect(people('@media screen and (max-width: 600px) { @apply hidden; }')).toEqual([]);
  });
});

describe('CasualNameDetector: name columns of pasted tables', () => {
  it('takes every cell of a name column, in any case', () => {
    const csv = "first_name;last_name;email\nlorena;villanueva-ortiz;lv@example.com\nPETER;O'Hara;ph@example.com";
    expect(people(csv)).toEqual(['lorena', 'villanueva-ortiz', 'PETER', "O'Hara"]);
    const md = '| nombre | teléfono |\n|---|---|\n| ramón de la cruz | 600 000 000 |';
    expect(people(md)).toEqual(['ramón de la cruz']);
  });

  it('takes a bare "name" column only beside a contact column', () => {
    expect(people('name,price\nwidget pro,9.99\nsuper gadget,19.99')).toEqual([]);
    expect(people('name,email\nolivia hart,oh@example.com')).toEqual(['olivia hart']);
  });

  it('reads a header beside long prose cells, and no header out of a sentence with a header word', () => {
    const wide = `"${'a note nobody keyed as a header, '.repeat(3).trim()}";first_name;email\nx;nadia;n@example.com`;
    expect(people(wide)).toEqual(['nadia']);
    expect(people('the patient name, as written, is on file\nsee, also, the rest')).toEqual([]);
  });
});

describe('lowerWords', () => {
  it('finds the words the lower-case word regex finds, surrogate pairs and marks included', () => {
    const regex = /(?<![\p{L}\p{M}\p{N}_])\p{Ll}[\p{L}\p{M}]*/gu;
    const texts = [
      'hello World, josé y rocío; x_y 9ab ab9 _ab',
      '𝒜bc 𝒶bc a𝒶 é\u0301a ſtar ǅa ǆa µm ªb ᾳx 𐐨𐐩 ab𐐨 x\u0301y',
      '\ud835abc abc\ud835 \udc00x ÀÉÎ éa',
    ];
    for (const text of texts) {
      expect(lowerWords(text)).toEqual([...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]));
    }
  });
});

describe('CasualNameDetector in the engine', () => {
  it('adds lower-case speakers without changing what other finders found', () => {
    const rulesDir = defaultRulesDir();
    const engine = createDetector({
      extras: [...extraDetectors.map((make) => make({ rulesDir })), new CasualNameDetector({ rulesDir })],
    });
    const text = '[09:00] rosalind: my number is +44 7700 900123\n[09:01] tobias: thanks rosalind';
    const found = engine.detect(text).map((f) => `${f.label}:${text.slice(f.start, f.end)}`);
    expect(found).toContain('PERSON:rosalind');
    expect(found).toContain('PERSON:tobias');
    expect(found.filter((f) => f === 'PERSON:rosalind')).toHaveLength(2);
  });
});

describe('CasualNameDetector: cost', () => {
  it('stays linear on long single-line lists and long chat logs', () => {
    const chain = (n: number) => `told marcus${', bea and ethan'.repeat(n)}`;
    const log = (n: number) => '[10:02] marcus: hi bea\n'.repeat(n);
    expect(people(chain(20000)).length).toBe(40001);
    expect(people(log(20000)).length).toBe(40000);
    // CPU time, 2,500 repeats against 20,000: a cost that grows with the square of the list fails on any host.
    for (const make of [chain, log]) {
      const g = growth(make, (text) => detector.detect(text), 2500, 20000);
      expect(g.large).toBeLessThanOrEqual(g.bound);
    }
  });
});
