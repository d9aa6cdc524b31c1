import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

// Address shapes of the location finder. Every example is invented.
const detector = new NlpDetector({ compromiseBudget: 0 });

const places = (text: string) => spansOf(detector, text, ['LOCATION']);

describe('location: British postcodes', () => {
  it('finds postcodes with and without the space', () => {
    expect(places('Ship it to LS6 2QT by Friday.')).toEqual(['LS6 2QT']);
    expect(places('The depot moved to EH11BQ last year.')).toEqual(['EH11BQ']);
    expect(places('Returns go to GIR 0AA.')).toEqual(['GIR 0AA']);
  });

  it('leaves identifiers and model numbers alone', () => {
    expect(places('Order XLS6 2QT was shipped; build A12 and ticket QA1 2CI are open.')).toEqual([]);
    expect(places('the ls6 2qt is lower case')).toEqual([]);
  });
});

describe('location: address blocks', () => {
  it('keeps a block typed without capitals as one address', () => {
    const text = 'hanna virtanen\n\n27 koivukuja 9\n apt. 14\n pietarsaari\n estonia 40210\n040 555 1212 mobile';
    expect(places(text)).toEqual(['27 koivukuja 9\n apt. 14\n pietarsaari\n estonia 40210']);
  });

  it('takes a lower-case street line with a street word and no second number', () => {
    expect(places('> tom birch\n> 12 88 mossgiel road\n> suite 3\n> dunvegan')).toEqual([
      '12 88 mossgiel road\n> suite 3\n> dunvegan',
    ]);
  });

  it('does not take prose lines that happen to open with a number', () => {
    expect(places('notes:\n3 apples and 2 pears\nthanks')).toEqual([]);
    expect(places('12 people came 4\nsee you')).toEqual([]);
  });

  it('stops the block at a contact line or a closing word', () => {
    expect(places('14 ruusutie 3\nfax 555 0199')).toEqual(['14 ruusutie 3']);
    expect(places('14 ruusutie 3\nthanks a lot')).toEqual(['14 ruusutie 3']);
  });

  it('reads an ordinal street name and a cue joined by "with"', () => {
    expect(places('Corinne Dubois\n\n8 3307 52nd Avenue\n Apt. 7\n Lethbridge')).toEqual([
      '8 3307 52nd Avenue\n Apt. 7\n Lethbridge',
    ]);
    expect(places('Please update my billing address with 19 Õunapuu 4\n Apt. 2\n Keila\nsee you')).toEqual([
      '19 Õunapuu 4\n Apt. 2\n Keila',
    ]);
  });

  it('ends the block with a country that opens the last line', () => {
    expect(places('Send it to 7 Kalnu iela 12\n Apt. 5\n Latvia for the refund.')).toEqual([
      '7 Kalnu iela 12\n Apt. 5\n Latvia',
    ]);
  });
});

describe('location: streets inside sentences', () => {
  it('takes house number, street and number after a comma, with the town after it', () => {
    expect(places('Drinks on Friday at Quillbyte Studio, 17 Lindqvistgatan 8, Orsundet')).toEqual([
      '17 Lindqvistgatan 8, Orsundet',
    ]);
    expect(places('She gave me her address: 5 12 rue des Tanneurs, Valmorin')).toEqual([
      '5 12 rue des Tanneurs, Valmorin',
    ]);
  });

  it('does not take numbered ordinary words after a comma', () => {
    expect(places('see section 4, 3 Results 2, for details')).toEqual([]);
  });

  it('takes a capitalised street name with a street type and no number', () => {
    expect(places('The parade went down Tolliver Street yesterday.')).toEqual(['Tolliver Street']);
    expect(places('We met near Old Quarry Road.')).toEqual(['Old Quarry Road']);
  });

  it('leaves street types inside other names and sentence openers alone', () => {
    expect(places('She subscribes to the Wall Street Journal.')).toEqual([]);
    expect(places('The Road ahead is long.')).toEqual([]);
  });
});

describe('location: places after strong cues', () => {
  it('takes an unknown capitalised name after verbs of arriving and returning', () => {
    expect(places('The delegation arrived at Quendale this morning.')).toEqual(['Quendale']);
    expect(places('After the war they returned to Brisvale by train.')).toEqual(['Brisvale']);
    expect(places('The mill on Kettle Lane in Harrowby closed.')).toEqual(['Kettle Lane', 'Harrowby']);
  });

  it('takes an ordinary first word only before an unknown one', () => {
    expect(places('We moved here from Cite Lamaroun')).toEqual(['Cite Lamaroun']);
    expect(places('We moved here from Home.')).toEqual([]);
  });

  it('takes a lower-case town after a strong cue only when the lists know the word', () => {
    expect(places('he grew up in grasse.')).toEqual(['grasse']);
    expect(places('she grew up in poverty.')).toEqual([]);
  });
});

describe('location: contact lines', () => {
  it('ends an address block before a phone line', () => {
    const text = 'Letterhead:\nMarta Quell\n48 Larchmont Road\nDunmore, PA 18512\nPhone 570-555-0142\n';
    expect(places(text)).toEqual(['48 Larchmont Road\nDunmore, PA 18512']);
  });
});

describe('location: name-first streets inside sentences', () => {
  it('takes a street and house number after a preposition or before a street type', () => {
    expect(places('The kiosk is on Tannhoferweg 21')).toEqual(['Tannhoferweg 21']);
    expect(places('Cyclists must use Brondkaervej 14 St. from May.')).toEqual(['Brondkaervej 14 St']);
    expect(places('The film is set on Kjellvik 7 street in winter.')).toEqual(['Kjellvik 7']);
  });

  it('keeps lower-case words that are no ordinary words inside the name', () => {
    expect(places('Ferenc lives at 12 Kossuthfalvi körút 8., Szolnok')).toEqual(['12 Kossuthfalvi körút 8., Szolnok']);
  });

  it('takes the building number written before the street', () => {
    expect(places('Lunch at Brightloom, 07 41 Harrow Road, Dunkery')).toEqual(['07 41 Harrow Road, Dunkery']);
  });

  it('does not take ordinary words before a number and a street type', () => {
    expect(places('I scored on Level 3 street racing')).toEqual([]);
  });
});

describe('location: street corners, meeting places and towns with a postcode', () => {
  it('takes the corner of two streets up to the end of the clause', () => {
    expect(places('Pick me up at the corner of Veldmanstraat 12 and Orchard Street, thanks')).toEqual([
      'the corner of Veldmanstraat 12 and Orchard Street',
    ]);
    expect(places('drop it at the corner of lindholm road and 9 harrowgate. see you')).toEqual([
      'the corner of lindholm road and 9 harrowgate',
    ]);
  });

  it('does not take the corner of a room', () => {
    expect(places('The lamp sits in the corner of the room and the chair.')).toEqual([]);
  });

  it('takes the value of a Where: line that starts with a name or a number', () => {
    expect(places('When: 14:00\nWhere: Harbour Hall Annex\nWho: everyone')).toEqual(['Harbour Hall Annex']);
    expect(places('Where: we should go next is unclear')).toEqual([]);
  });

  it('takes an unknown town with its postcode after "in", never a year', () => {
    expect(places('They stayed in Skovlunde 2740 last spring.')).toEqual(['Skovlunde 2740']);
    expect(places('It shipped in Tessaract 2019 as planned.')).toEqual([]);
  });
});

describe('location: numbers inside clinical prose', () => {
  it('does not read decimal commas and lab values as a street after a comma', () => {
    expect(places('Ácido úrico de 7,4 y PSA 0,9 ng/ml; TSH 0,03 y T4l 1,96.')).toEqual([]);
    expect(places('espesor macular normal (213 DE 9 micras)')).toEqual([]);
  });
});

describe('location: one span per address', () => {
  it('joins the town and country written after a street on the same line', () => {
    expect(places('Mail it to 9 8 Quarry Lane apt. 4, Dunholt, Moldova 20871 please')).toEqual([
      '9 8 Quarry Lane apt. 4, Dunholt, Moldova 20871',
    ]);
  });

  it('keeps a list of bare places apart', () => {
    expect(places('We toured Lyon, Paris and Marseille.')).toEqual(['Lyon', 'Paris', 'Marseille']);
  });
});

describe('location: lower-case unit before the street', () => {
  it('takes a lower-case unit followed by the house number and street', () => {
    expect(places('ms. ilse brandt apt. 12 40 kvarnvägen 3\nlindås nan 44371')).toEqual([
      'apt. 12 40 kvarnvägen 3\nlindås nan 44371',
    ]);
  });

  it('leaves a lower-case unit word in prose alone', () => {
    expect(places('we rent apt 3 for 2 weeks')).toEqual([]);
  });
});

describe('location: identifiers in scientific prose', () => {
  it('leaves chromosome bands, strains, mutations and citations alone', () => {
    expect(places('The locus maps at 11p13 and at 18q21.')).toEqual([]);
    expect(places('backcross of C57BL/KsJ mice')).toEqual([]);
    expect(places('carriers of the T1620M change; in 47 D442G heterozygotes')).toEqual([]);
    expect(places('(Imbert et al., 1993 Nature Genet. 4, 72-76)')).toEqual([]);
    expect(places('the Prph2 Rd2/Rd2 mouse; site (-142C/G)')).toEqual([]);
    expect(places('of Moroccan origin, 200 Yemenites and 150 Iranian Jews.')).toEqual([]);
  });
});

describe('location: an address before an e-mail', () => {
  it('ends before an e-mail address whose local part ends in digits', () => {
    expect(places('Glorieta del Roble s/n. 28047. Madrid jlopez4@correo.es')).toEqual([
      'Glorieta del Roble s/n. 28047. Madrid',
    ]);
  });
});

describe('location: where an address ends', () => {
  const spans = places;
  it('ends at a full stop before an ordinary capitalised word after its code, number or town', () => {
    expect(spans('Ship to 14 Park Row, Bristol BS1 4HG. Our team will call.')).toEqual([
      '14 Park Row, Bristol BS1 4HG',
    ]);
    expect(spans('Send to 77 Oak Street, Dayton OH 45402. Please hurry.')).toEqual(['77 Oak Street, Dayton OH 45402']);
    expect(spans('Vive en Calle Luna 5, 28013 Madrid. Gracias por todo.')).toEqual(['Calle Luna 5, 28013 Madrid']);
    expect(spans('Ship to: 5 Elm Rd., Apt. 4, Leeds LS1 2AB')[0]).toContain('Apt. 4');
  });

  it('ends before a contact line under it', () => {
    expect(spans('Home: 410 Cedar Ave, Tucson, AZ 85701\nPh 520-555-0144')[0]).not.toContain('Ph');
    expect(spans('Ship to 8 Quay St\nGalway H91 X2T4\nMobile 087 111 2222').join(' ')).not.toContain('Mobile');
    expect(spans('Enviar a Calle Mayor 3\n28013 Madrid\nMóvil 600 111 222').join(' ')).not.toContain('Móvil');
  });
});

describe('location: template fillers', () => {
  it('reads a postal code of one repeated digit or a row of X as a blank field', () => {
    expect(places('Código postal: 00000')).toEqual([]);
    expect(places('Zip code 99999, phone TBD')).toEqual([]);
    expect(places('Address: XXXXX')).toEqual([]);
    expect(places('C.P.: 28016')).toEqual(['28016']);
  });
});
