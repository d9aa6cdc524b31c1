import { describe, expect, it } from 'vitest';
import { kvnrValid, plausibleLicense } from '../../src/detect/medical/check-digits.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new MedicalDetector();

/** Values of the findings the engine would keep (score >= 0.5). */
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL', 'NATIONAL_ID'], 0.5);

describe('MedicalDetector: English conditions beyond the first vocabulary', () => {
  it('finds inherited disorders, cancers and eponyms written without a head noun', () => {
    expect(kept('Our daughter was diagnosed with Lesch-Nyhan syndrome last spring.')).toContain('Lesch-Nyhan syndrome');
    expect(kept('Both parents are Tay-Sachs carriers.')).toContain('Tay-Sachs');
    expect(kept('A biopsy showed a cholangiocarcinoma.')).toContain('cholangiocarcinoma');
    expect(kept('He bleeds easily because of von Willebrand disease.')).toContain('von Willebrand disease');
  });

  it('reads conditions from how their names are built', () => {
    expect(kept('She was treated for hypothyroidism and dysphagia.')).toEqual(['hypothyroidism', 'dysphagia']);
    expect(kept('The boy has macrocephaly and a trisomy.')).toContain('trisomy');
    expect(kept('Tests found a vitamin A deficiency.')).toContain('vitamin A deficiency');
    expect(kept('The infant had a deficiency of lipoprotein lipase.')).toContain('deficiency of lipoprotein lipase');
    expect(kept('Asthma-related visits doubled for this patient.')).toContain('Asthma-related');
  });

  it('finds developmental findings, eye shapes and infections named by their germ', () => {
    expect(kept('The scan showed demyelination and the baby had microphthalmia.')).toEqual([
      'demyelination',
      'microphthalmia',
    ]);
    expect(kept('He was treated for a pneumococcal infection last winter.')).toContain('pneumococcal infection');
    // Ordinary words that are also conditions need a clinical cue.
    expect(kept('The film is about the trauma of war and a mania for cars.')).toEqual([]);
    expect(kept('The patient was admitted with a tremor.')).toContain('tremor');
  });

  it('needs anatomy or a clinical word before heads that are ordinary words', () => {
    expect(kept('He was admitted with renal failure.')).toContain('renal failure');
    expect(kept('Most patients in the cohort showed cardiac involvement.')).toContain('cardiac involvement');
    expect(kept('The political failure of the coalition was total.')).toEqual([]);
    expect(kept('Flight delays and a power failure hit the airport.')).toEqual([]);
    expect(kept('A structural defect in the bridge was reported.')).toEqual([]);
  });

  it('finds procedures by their endings', () => {
    expect(kept('She recovered well after the hemicolectomy.')).toContain('hemicolectomy');
    expect(kept('Se le realizó una septoplastia sin incidencias.')).toContain('septoplastia');
  });

  it('finds generic drug names by their stems, in English and Spanish', () => {
    expect(kept('She started infusions of ocrelizumab and takes empagliflozin.')).toEqual([
      'ocrelizumab',
      'empagliflozin',
    ]);
    expect(kept('Toma omeprazol y dapagliflozina cada mañana.')).toEqual(['omeprazol', 'dapagliflozina']);
    expect(kept('April and Caroline checked the cholesterol of the Alpine recipe; thisone is a password.')).toEqual([]);
  });

  it('finds clinical shorthand and type numerals in abbreviations', () => {
    expect(kept('45M, hx of T2DM and HTN, admitted with an NSTEMI.')).toEqual(['T2DM', 'HTN', 'NSTEMI']);
    const typed = 'Our son has mucopolysaccharidosis type IVA (MPS IVA); MPS IVA affects bones.';
    expect(kept(typed).filter((v) => v === 'MPS IVA')).toHaveLength(2);
    expect(kept('Cells from HPRT-deficient donors were used.')).toContain('HPRT-deficient');
    expect(kept('Partners at Hubbard-Thomas met Jean-Luc.')).toEqual([]);
  });

  it('follows abbreviations defined in groups, inside names and from other abbreviations', () => {
    const group = 'Boys with Duchenne and Becker muscular dystrophy (DMD/BMD) were admitted; BMD was milder than DMD.';
    expect(kept(group).filter((v) => v === 'DMD' || v === 'BMD')).toHaveLength(4);
    const inside = 'Families with von Hippel-Lindau (VHL) disease were screened, and VHL carriers were followed.';
    expect(kept(inside).filter((v) => v === 'VHL')).toHaveLength(2);
    const list =
      'Her cousin has Marfan syndrome (MFS; a connective tissue disorder; first described in 1896). MFS varies.';
    expect(kept(list).filter((v) => v === 'MFS')).toHaveLength(2);
    const chain = 'Spinocerebellar ataxia type 2 (SCA2) was found in the proband, and SCA2 was confirmed.';
    expect(kept(chain).filter((v) => v === 'SCA2')).toHaveLength(2);
  });

  it('reads an undefined short form spelled by the initials of a condition named in the same text', () => {
    const note = 'Her father had chronic obstructive pulmonary disease. Our COPD clinic follows him.';
    expect(kept(note)).toContain('COPD');
    const trailing =
      'A family history of hereditary spastic paraplegia was noted; the HSPX gene was normal, HSP ruled out.';
    expect(kept(trailing)).toContain('HSP');
    const hyphen = 'Cells from children with ataxia-telangiectasia are radiosensitive; A-T cells break.';
    expect(kept(hyphen)).toContain('A-T');
    // Without the condition in the text, or in lower case, or as an ordinary word, a short form is left alone.
    expect(kept('Our HSP clinic opens on Monday.')).toEqual([]);
    expect(kept('Her sister has multiple sclerosis; ms teams meet at noon.')).toEqual(['multiple sclerosis']);
    expect(kept('He has intestinal tuberculosis. IT support called.')).toEqual(['intestinal tuberculosis']);
    const spanish = 'Paciente con insuficiencia cardiaca congestiva. Se ajusta el tratamiento de la ICC en consulta.';
    expect(kept(spanish)).toEqual(['insuficiencia cardiaca congestiva', 'ICC']);
    const software = 'My father has cardiac insufficiency. Meanwhile the CI pipeline for my PR is green.';
    expect(kept(software)).toEqual(['cardiac insufficiency']);
  });
});

describe('MedicalDetector: Spanish keeps working', () => {
  it('finds conditions by shape and with complements', () => {
    expect(kept('Paciente con hipotiroidismo y disfagia progresiva.')).toEqual(
      expect.arrayContaining(['hipotiroidismo', 'disfagia progresiva']),
    );
    expect(kept('Antecedentes de insuficiencia cardiaca congestiva.')).toContain('insuficiencia cardiaca congestiva');
  });

  it('leaves ordinary Spanish prose alone', () => {
    expect(kept('El tribunal resolvió la crisis política del gobierno.')).toEqual([]);
    expect(kept('La forma de la plataforma cambió con la nueva norma.')).toEqual([]);
    expect(kept('Guarda tu propia copia del informe del laboratorio de espectroscopia.')).toEqual([]);
    expect(kept('El equipo sufrió una derrota dura en la final.')).toEqual([]);
  });
});

describe('MedicalDetector: harmless English prose stays clean', () => {
  const harmless = [
    'Born in July, she is a Cancer and loves the sea.',
    'Thomas Addison and Jane Parkinson met in Cambridge.',
    'The Great Depression reshaped economic policy for decades.',
    'Public disorder broke out after the match.',
    'The budget deficiency was fixed by the finance committee.',
    'Our data loss prevention tool blocks uploads.',
    'The memory error was fixed in version 2.3.',
    'A growth failure in Q3 hurt the company.',
    'The heat loss through the windows is significant.',
    'Ethiopia and Estonia signed a trade agreement about utopia.',
    'We enjoy hypertext, hypermedia and hyperlinks.',
    'The academic conference on pandemic preparedness opened today.',
    'The spectroscopy and microscopy labs share a building.',
    'All code must conform to C89 and pass the tests.',
    'Run rm -rf build and read the tc39 proposal.',
    'Use markdown-toc to build the table of contents; see the how-tos.',
    'ALL DAMAGES RESULTING FROM LOSS OF USE, DATA OR PROFITS ARE EXCLUDED.',
    'A crisis of confidence followed the loss of the election.',
  ];
  for (const text of harmless) {
    it(`finds nothing in: ${text}`, () => {
      expect(kept(text)).toEqual([]);
    });
  }
});

describe('MedicalDetector: provider and beneficiary identifiers', () => {
  it('checks DEA and NPI check digits after their cues', () => {
    expect(plausibleLicense('AB1234563', false)).toBe(true);
    expect(plausibleLicense('AB1234567', false)).toBe(false);
    expect(plausibleLicense('1234567893', true)).toBe(true);
    expect(plausibleLicense('1234567890', true)).toBe(false);
    expect(plausibleLicense('28 28 51234', false)).toBe(true);
    expect(kept('DEA number AB1234563 on file.')).toEqual(['AB1234563']);
    expect(kept('DEA number AB1234567 on file.')).toEqual([]);
    expect(kept('NPI: 1234567893')).toEqual(['1234567893']);
    expect(kept('NPI: 1234567890')).toEqual([]);
  });

  it('finds German health insurance and DEA numbers without a cue only when their check digit holds', () => {
    expect(kvnrValid('K314159263')).toBe(true);
    expect(kvnrValid('K314159264')).toBe(false);
    expect(kept('Versicherter K314159263, Rückfrage bitte an die Kasse.')).toEqual(['K314159263']);
    expect(kept('Order K314159264 ships on Monday.')).toEqual([]);
    expect(kept('Prescriber FN3141594 signed the form.')).toEqual(['FN3141594']);
    expect(kept('Prescriber FN3141595 signed the form.')).toEqual([]);
    // No DEA registrant type starts with Q, and lower case or a longer run is another code.
    expect(kept('Part QN3141594, serial k314159263 and batch K3141592631 are stock codes.')).toEqual([]);
  });

  it('finds Medicare Beneficiary Identifiers by shape, but not words or the UK national insurance number', () => {
    expect(kept('Beneficiary 1EG4-TE5-MK73 called twice.')).toEqual(['1EG4-TE5-MK73']);
    expect(kept('Token ABCDEFGHIJK and build 1eg4te5mk73 are not ids.')).toEqual([]);
    expect(kept('My National Insurance Number is QQ 12 34 56 C.')).toEqual([]);
  });
});
