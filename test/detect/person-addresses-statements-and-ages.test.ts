import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const names = (text: string) => spansOf(engine, text, ['PERSON']);

describe('a full name that an e-mail address of the text spells', () => {
  it('finds the name even when its family name is an ordinary word or unknown to the lists', () => {
    expect(names('Income verified by payroll (Rhona Tanner, rhona.tanner7@council.example.gov.uk).')).toContain(
      'Rhona Tanner',
    );
    expect(names('Signed off by Lorna Thatch, lorna.thatch@example.co.uk, on Friday.')).toContain('Lorna Thatch');
    expect(
      names('order,email,total,name\n#5512,tgwendover@example.com,19.99,Tobiah Gwendover,3 Mill Lane,Leeds'),
    ).toContain('Tobiah Gwendover');
    expect(names('Reviewer: ok\nPlease ask Oyelade Fashanu to confirm (o.fashanu@example.ng).')).toContain(
      'Oyelade Fashanu',
    );
  });

  it('makes no person of a team, an office or a template stand-in spelled by an address', () => {
    expect(names('Write to Customer Service at customerservice@example.com for refunds.')).toEqual([]);
    expect(names('Contact the Harbour Office, harbouroffice@example.com, for visits.')).toEqual([]);
    expect(names('[YOUR NAME] / Joe Applicant\nTown · joe.applicant@example.com')).toEqual([]);
  });
});

describe('payees in a bank statement in capitals', () => {
  it('drops the transaction code and keeps the payee', () => {
    expect(names('03 Dec      FPO TO GURLEEN DHALIWAL 11-22-33 12345678 DINNER   40.00')).toEqual(['GURLEEN DHALIWAL']);
    expect(names('05 Dec      STO TO ROHAN KAPOOR 40-50-60 87654321 RENT    650.00')).toEqual(['ROHAN KAPOOR']);
  });

  it('leaves card and cash codes before a shop alone', () => {
    expect(names('27 Nov   ATM TESCO WEXFORD 11:42        100.00')).toEqual([]);
  });
});

describe('a given name that is also a word, right after a person field', () => {
  it('keeps the given name with the family name', () => {
    expect(names('Guarantor: Gift Agyeman (uncle), 4 Quill Street, Derby')).toContain('Gift Agyeman');
    expect(names('Next of kin: Mercy Boakye\nRelationship: sister')).toContain('Mercy Boakye');
  });

  it('does not take a firm in the field for a person', () => {
    expect(names('Employer: Comfort Foods Ltd')).toEqual([]);
  });
});

describe('a name with a role or an age before an identity document', () => {
  it('finds the witness listed with a role and a NIE (es) or an age and a passport (en)', () => {
    expect(names('4. TESTIGOS\nYassine El Berrada, albañil, NIE Y1234567X\n5. MEDIDAS')).toContain(
      'Yassine El Berrada',
    );
    expect(names('Passengers:\nTova Sallow, 34, passport 731094682')).toContain('Tova Sallow');
  });
});

describe('a given name before "born" or "nacida"', () => {
  it('finds a child set off by a comma before the birth cue (es, en)', () => {
    expect(names('SEGUNDO. Hijos: Ainhize, nacida el 30/08/2018, y Eneko, nacido el 2/2/2015.')).toContain('Ainhize');
    expect(names('Our youngest, Ottilie, born 4 June 2021, starts nursery in September.')).toContain('Ottilie');
  });

  it('leaves a public figure of a biography alone', () => {
    expect(names('Rosalind Franklin (born 25 July 1920, died 1958) worked on the structure of DNA.')).toEqual([]);
  });
});

describe('children named with an age in brackets', () => {
  it('finds given names that are also words after a word for children (en, es)', () => {
    expect(names('The applicants have three children, Lark (12), Holly (9) and Rowan (4).')).toEqual(
      expect.arrayContaining(['Lark', 'Holly', 'Rowan']),
    );
    expect(names('Sus hijas, Irati (7 años) y Paloma (4), viven con la madre.')).toEqual(
      expect.arrayContaining(['Irati', 'Paloma']),
    );
  });

  it('leaves bracketed counts without a word for children alone', () => {
    expect(names('Cohort sizes: Zephyr (12) and Quasar (9) this term.')).toEqual([]);
  });
});

describe('a register whose family names in capitals come first', () => {
  it('finds a given name the lists do not know once other rows are sure', () => {
    const register = [
      'Ward 4 — Register extract',
      '0101  PENROSE, Helen M          3 Plover Way, Corby NN17 1AA',
      '0102  PENROSE, Luke J           3 Plover Way, Corby NN17 1AA',
      '0103  EZEAKU, Chinecherem     5 Plover Way, Corby NN17 1AA',
    ].join('\n');
    expect(names(register)).toContain('EZEAKU, Chinecherem');
  });

  it('needs sure rows: a lone label in capitals and an unknown word is not a name', () => {
    expect(names('NOTE, Zorbulate the cache before the release.')).toEqual([]);
  });
});
