import { describe, expect, it } from 'vitest';
import {
  bgEgn,
  crCedula,
  czRodneCislo,
  datedNationalId,
  doCedula,
  grAmka,
  gtNit,
  itFiscalCode,
  latamTaxId,
  muNid,
  plPesel,
  ruInn,
  siEmso,
  svNit,
  trId,
  uaRntrc,
  ukDrivingLicence,
} from '../../src/detect/validators/national-ids.js';

// Check characters below were computed by hand from each scheme's published algorithm.
describe('Guatemala NIT', () => {
  it('checks weights 2.. from the right, mod 11, 10 as K', () => {
    // 4830172: 2*2+7*3+1*4+0*5+3*6+8*7+4*8 = 135; 135 mod 11 = 3; (11 - 3) mod 11 = 8
    expect(gtNit('4830172-8')?.type).toBe('GT_NIT');
    expect(gtNit('4830172-7')).toBeNull();
    // 52817: 7*2+1*3+8*4+2*5+5*6 = 89; 89 mod 11 = 1; 11 - 1 = 10, written K
    expect(gtNit('52817-K')?.normalized).toBe('52817K');
    expect(gtNit('52817-0')).toBeNull();
  });
});

describe('latamTaxId', () => {
  it('names the scheme whose check character fits', () => {
    expect(latamTaxId('3861204-6')?.type).toBe('PY_RUC');
    expect(latamTaxId('41927365-7')?.type).toBe('PE_CUI');
    expect(latamTaxId('860517392-2')?.type).toBe('CO_NIT');
    expect(latamTaxId('17.384.920-6')?.type).toBe('CL_RUT');
  });
  it('rejects wrong checks and counting runs', () => {
    expect(latamTaxId('3861204-7')).toBeNull();
    expect(latamTaxId('1234567-8')).toBeNull();
  });
});

describe('Dominican cédula', () => {
  it('is eleven digits with a Luhn digit', () => {
    expect(doCedula('402-2718394-0')?.type).toBe('DO_CEDULA');
    expect(doCedula('03184729568')?.normalized).toBe('03184729568');
    expect(doCedula('402-2718394-1')).toBeNull();
    expect(doCedula('0000000000')).toBeNull();
  });
});

describe('Costa Rica cédula', () => {
  it('pads province, tomo and asiento to 0P-TTTT-AAAA', () => {
    expect(crCedula('4-0172-0938')?.normalized).toBe('0401720938');
    expect(crCedula('0-1234-5678')).toBeNull();
    expect(crCedula('4-0000-0000')).toBeNull();
    expect(crCedula('40172-0938')).toBeNull();
  });
});

describe('Mauritius NID', () => {
  it('checks the birth date and the mod-17 character', () => {
    expect(muNid('K1507864291572')?.type).toBe('MU_NID');
    expect(muNid('R0311924160833')?.type).toBe('MU_NID');
    expect(muNid('K1507864291573')).toBeNull();
    // Day 32 is no date, whatever the check character.
    for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(muNid(`K320786429157${c}`)).toBeNull();
  });
});

describe('eleven-digit ids reported without a cue', () => {
  it('AMKA needs a DDMMYY date and a Luhn digit', () => {
    expect(grAmka('23098146725')?.type).toBe('GR_AMKA');
    expect(grAmka('23098146726')).toBeNull();
    expect(grAmka('32138146725')).toBeNull();
  });
  it('Turkish id needs both check digits', () => {
    expect(trId('38492017510')?.type).toBe('TR_ID');
    expect(trId('38492017511')).toBeNull();
    expect(trId('08492017510')).toBeNull();
  });
  it('PESEL needs a date and its weighted check digit', () => {
    expect(plPesel('87120314752')?.type).toBe('PL_PESEL');
    expect(plPesel('87120314753')).toBeNull();
  });
});

describe('Italian codice fiscale', () => {
  it('checks the month letter, the day and the check letter', () => {
    // The code printed in most descriptions of the scheme (Mario Rossi, 10 Dec 1985).
    expect(itFiscalCode('RSSMRA85T10A562S')?.type).toBe('IT_FISCAL_CODE');
    expect(itFiscalCode('RSSMRA85T10A562T')).toBeNull();
    expect(itFiscalCode('RSSMRA85Z10A562S')).toBeNull();
    expect(itFiscalCode('RSSMRA85T99A562S')).toBeNull();
  });
});

describe('UK driving licence', () => {
  it('reads the birth month (+50 for women) and day from the middle digits', () => {
    expect(ukDrivingLicence('JONES805123AB9CD')?.type).toBe('UK_DRIVING_LICENCE');
    expect(ukDrivingLicence('JONES855123AB9CD')?.type).toBe('UK_DRIVING_LICENCE');
    expect(ukDrivingLicence('JONES813123AB9CD')).toBeNull();
    expect(ukDrivingLicence('JONES805323AB9CD')).toBeNull();
  });
});

describe('ids with a birth date and a check digit, read by length', () => {
  it('Bulgarian EGN: date (month +40 since 2000) and weighted check; no births in the 1800s', () => {
    expect(bgEgn('8550233505')?.type).toBe('BG_EGN');
    expect(bgEgn('8550233506')).toBeNull();
    expect(bgEgn('8513233505')).toBeNull(); // month 13
  });
  it('Slovenian EMSO: DDMMYYY and mod 11', () => {
    expect(siEmso('1503987567576')?.type).toBe('SI_EMSO');
    expect(siEmso('1503987567577')).toBeNull();
    expect(siEmso('3202987567576')).toBeNull(); // day 32
  });
  it('Salvadoran NIT: both weightings by serial', () => {
    expect(svNit('06142108799553')?.type).toBe('SV_NIT');
    expect(svNit('06142108799554')).toBeNull();
  });
  it('Russian INN: one check digit for ten digits, two for twelve', () => {
    expect(ruInn('772334021409')?.type).toBe('RU_INN');
    expect(ruInn('772334021408')).toBeNull();
    expect(ruInn('7707083893')?.type).toBe('RU_INN');
    expect(ruInn('7707083894')).toBeNull();
  });
  it('Ukrainian RNTRC and Czech birth number', () => {
    expect(uaRntrc('3903527485')?.type).toBe('UA_RNTRC');
    expect(uaRntrc('3903527486')).toBeNull();
    expect(czRodneCislo('821103/4700')?.type).toBe('CZ_RODNE_CISLO');
    expect(czRodneCislo('821103/4701')).toBeNull();
  });
  it('leaves ten-digit numbers that are Unix timestamps of 2017-2033 alone', () => {
    expect(datedNationalId('8550233505')?.type).toBe('BG_EGN');
    let passed = 0;
    for (let t = 1_700_000_000; t < 1_700_000_000 + 86_400 * 30; t += 3_607) if (datedNationalId(String(t))) passed++;
    expect(passed).toBe(0);
  });
  it('takes PESEL only for births 1900-2099 and EMSO only with a 9xx or 0xx year', () => {
    expect(datedNationalId('98090547253')?.type).toBe('PL_PESEL');
    expect(datedNationalId('1503987567576')?.type).toBe('SI_EMSO');
    expect(datedNationalId('1503387567576')).toBeNull();
  });
});
