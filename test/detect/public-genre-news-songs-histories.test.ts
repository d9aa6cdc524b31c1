import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe('transfer news names public players', () => {
  it('drops players of a transfer round-up (en, es)', () => {
    expect(
      names(
        'Turn this into a short bulletin.\nPortsmouth have agreed a fee for Valencia winger Tomás Echeverri, 23, who ' +
          'arrives on loan with an option to buy. Striker Gareth Pilkington will keep the number 9 shirt.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Resume estas noticias del mercado de fichajes.\nEl Getafe cierra el traspaso del delantero Aitor Lizarazu ' +
          'por 6 millones; el extremo Rubén Calleja llega cedido y lucirá el dorsal 11.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Write a neutral summary.\nNew signing Kwame Ofori-Boateng, a 21-year-old centre-back, joins from Hearts; ' +
          'goalkeeper Lars Eikrem has agreed personal terms.',
      ),
    ).toEqual([]);
  });

  it("keeps a parent's and a child's names in a youth club's messages with the same words (en, es)", () => {
    const en = names(
      'Hi coach, my son Oliver Brantley (winger, U14s) wants to move to the Saturday squad. Can he keep the number 7 ' +
        'shirt? Transfer form attached. Call me on 07700 900 461.\nFiona Brantley',
    );
    expect(en).toContain('Oliver Brantley');
    expect(en).toContain('Fiona Brantley');
    const es = names(
      'Te escribo por el fichaje de mi hijo Iván Robledo como portero del infantil; necesita la camiseta con el ' +
        'dorsal 1. Mi teléfono es 612 448 903. Un saludo, Lucía Robledo',
    );
    expect(es).toContain('Iván Robledo');
    expect(es).toContain('Lucía Robledo');
  });
});

describe('song lyrics name nobody', () => {
  it('drops the people of a song to translate or correct (es, en)', () => {
    expect(
      names(
        'Traduce esta canción al inglés, conserva la rima.\n«Lucía en el andén», del álbum Noches de invierno\n' +
          'Lucía, no te vayas sin mí,\nla estación se acuerda de ti,\ntu primo Andrés canta bajito.',
      ),
    ).toEqual([]);
    expect(
      names(
        "Check the scansion of these song lyrics for our ad (licensed).\n'Maggie on the Harbour', from the album " +
          "Low Tide\nMaggie, meet me where the ferries go,\nJimmy's playing banjo soft and slow,\nevery verse is yours.",
      ),
    ).toEqual([]);
    expect(
      names(
        'Corrige la ortografía de esta letra para el karaoke: canción «Rosario», álbum Sur.\nRosario, tus ojos ' +
          'de miel,\nme dijiste adiós en cada estrofa,\ny Ramón cerró el portal.',
      ),
    ).toEqual([]);
  });

  it('keeps relatives in a family message about a song and an album (en, es)', () => {
    expect(
      names(
        "Our wedding playlist: my sister Hannah Lowry wants the song 'Galway Girl' for the first dance, album " +
          'version. Her phone is 07911 223 874.',
      ),
    ).toContain('Hannah Lowry');
    const es = names(
      'Para el homenaje de mi abuela Remedios Carvajal queremos su canción favorita del álbum de boleros; la rima ' +
        'del poema la lee mi primo Tomás Ocaña.',
    );
    expect(es).toContain('Remedios Carvajal');
    expect(es).toContain('Tomás Ocaña');
  });
});

describe("an institution's history names public figures", () => {
  it('drops founders, pioneers and benefactors of a school, hospital or museum history (en, es)', () => {
    expect(
      names(
        "Tighten this for the school's centenary brochure.\nSt Aidan's opened in 1891 in a former mill designed by " +
          "Walter Pennick. Headmistress Agnes Threlfall, a pioneer of girls' science teaching, ran it until 1932.",
      ),
    ).toEqual([]);
    expect(
      names(
        'Revisa este texto para el 150 aniversario del hospital.\nEl hospital se inauguró en 1874 según el proyecto ' +
          'del arquitecto Ramiro Olaechea. La enfermera Dolores Arrieta, pionera de la asepsia, dirigió la sala.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Edit this museum panel.\nThe Corn Exchange was built in 1862 by the philanthropist Josiah Wetherell; ' +
          "his daughter Clara Wetherell opened the reading room in 1888 for the town's jubilee.",
      ),
    ).toEqual([]);
  });

  it('keeps living relatives in a family history and an anniversary note (en, es)', () => {
    expect(
      names(
        "Tidy up our family history for Gran's 90th: great-grandfather Patrick Doyle arrived in 1889 and was a " +
          'pioneer of the dockers union. My aunt Siobhan Doyle still has the photos.',
      ),
    ).toContain('Siobhan Doyle');
    const es = names(
      'Texto para el aniversario de boda de mis padres: se casaron en la iglesia que diseñó el arquitecto del ' +
        'pueblo. Mi madre Carmen Villegas y mi padre Julián Ortega, teléfono de contacto 600 112 233.',
    );
    expect(es).toContain('Carmen Villegas');
    expect(es).toContain('Julián Ortega');
  });
});

describe("a job advert names nobody, a desk's mailbox is no person's", () => {
  it("drops the founder in adverts that give only a desk's mailbox (en, es)", () => {
    expect(
      names(
        'Make this vacancy post friendlier.\nJunior Analyst at Kestrel Insights, founded in 2015 by Meera Kulkarni.\n' +
          'Salary: £32,000. Must have: SQL. Apply by 3 March via jobs@kestrel.example.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Mejora esta oferta de empleo.\nBuscamos técnico de nóminas. Requisitos: 3 años con A3. Salario: 28.000 € ' +
          'brutos. Envía tu CV a rrhh@ferrosur.example. La empresa la fundó en 1998 Ernesto Valcárcel.',
      ),
    ).toEqual([]);
    expect(
      names(
        "Shorten this job description.\nWe're hiring a platform engineer; the team was founded by Martin " +
          'Vlietstra. Nice to have: Go. Salary band on request: careers@nimbus.example.',
      ),
    ).toEqual([]);
  });

  it('keeps candidates and a personal mailbox beside the same words (en, es)', () => {
    expect(
      names(
        'Hi Dana, my feedback on applicant Rhys Caddick for the vacancy: salary expectation 45k, must have ' +
          'visa sponsorship. His mobile is 07700 900 882.',
      ),
    ).toContain('Rhys Caddick');
    expect(
      names(
        'Te paso la candidata para la vacante: Beatriz Salgado Roca, requisitos cumplidos, pide un salario de ' +
          '30.000 €. Su correo: bsalgado@correo.example',
      ),
    ).toContain('Beatriz Salgado Roca');
    expect(
      names(
        'Job advert draft: apply via careers@acme.example or write to laura.benn@acme.example. Salary 40k, must ' +
          'have SQL. Ask Laura Benn and Corin Pask about the panel.',
      ),
    ).toContain('Corin Pask');
  });
});
