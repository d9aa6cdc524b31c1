import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { ukUpn } from '../../src/detect/validators/national-ids-formats.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector();
const ids = (text: string) => spansOf(engine, text, ['NATIONAL_ID']);

describe('an NHS number in an HL7 identifier list', () => {
  it('is found before its NHS authority', () => {
    expect(ids('PID|1||Q77120^^^LEEDS^MR~6982143775^^^NHS^NH||SMITH^JO')).toEqual(['6982143775']);
    expect(ids('PID|1||4431906258^^^NHS||')).toEqual(['4431906258']);
  });

  it('needs the check digit and the NHS authority', () => {
    expect(ids('PID|1||6982143776^^^NHS^NH||')).toEqual([]);
    expect(ids('PID|1||5127349086^^^STJ^MR||')).toEqual([]);
  });
});

describe("England's Unique Pupil Number", () => {
  it('is found after its name, check letter confirmed', () => {
    expect(ids('Pupil: Amara   UPN: L936201700512   Year 8')).toEqual(['L936201700512']);
    expect(ids('unique pupil number P874302110089')).toEqual(['P874302110089']);
    expect(ukUpn('L936201700513')).toBeNull();
  });

  it('is not read from any letter and twelve digits', () => {
    expect(ids('Invoice L936201700512 paid')).toEqual([]);
  });
});

describe("Italy's identity card number", () => {
  it('is found beside the document type, in prose and in a registration file', () => {
    expect(ids("carta d'identità n. CB21947TX")).toEqual(['CB21947TX']);
    expect(ids('NOME;DOC_TIPO;DOC_NUM\nMARCO;IDENT;CE70215PL')).toEqual(['CE70215PL']);
    expect(ids('Documento de identidad italiano: CA55102RB')).toEqual(['CA55102RB']);
  });

  it('is not read from a part or batch code', () => {
    expect(ids('Batch CB21947TX left the warehouse')).toEqual([]);
  });
});
