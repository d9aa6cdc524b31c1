import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// Set 13's medical classes. Every example is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const engine = createDetector();
const masked = (text: string): string[] => spansOf(engine, text, ['MEDICAL']);

describe('a nurse’s observations line: bare results beside a blood pressure or a saturation', () => {
  it('reads electrolytes written without their unit on the line of the observations', () => {
    const en = 'S: bay 3 Mr. Okafor, 70M\nA: BP 110/64, SpO2 94% 1L NC, K 3.2 replaced 20mEq IV, Mg 1.5, Na 131.';
    expect(kept(en)).toEqual(expect.arrayContaining(['K 3.2', 'Mg 1.5', 'Na 131']));
    const es = 'Valoración: TA 135/80, SatO2 97%, K 5.9, Na 129. Sin dolor.';
    expect(kept(es)).toEqual(expect.arrayContaining(['K 5.9', 'Na 129']));
    const triage = 'Obs BP 150/92 and Hb 9.8 on the ward check, Cr 140.';
    expect(kept(triage)).toEqual(expect.arrayContaining(['Hb 9.8', 'Cr 140']));
  });

  it('leaves letters and numbers on lines without observations, and lower-case letters on them', () => {
    expect(kept('Row K 3.2 and aisle Na 131 of the warehouse plan.')).toEqual([]);
    expect(kept('Vitamins: K 3.2 stock, Mg 1.5 kg in the store.')).toEqual([]);
    expect(kept('A: BP 110/64, the k 3 cable and the mg 2 car')).not.toContain('k 3');
  });

  it('reads a results line opened by "Laboratorios:" as "Laboratorio:"', () => {
    const es = 'Laboratorios: Hb 11.9 g/dL, plaquetas 231.000, leucocitos 7.400';
    expect(kept(es)).toEqual(expect.arrayContaining(['plaquetas 231.000', 'leucocitos 7.400']));
    expect(kept('Laboratorio: plaquetas 98.000')).toContain('plaquetas 98.000');
  });
});

describe('antenatal, growth and dosing measures', () => {
  it('masks a pregnancy’s length, the fetal heart rate and the fundal height', () => {
    const es = 'Control prenatal. Edad gestacional 27+5 semanas. Altura uterina 26 cm, FCF 139 lpm.';
    expect(masked(es)).toEqual(
      expect.arrayContaining(['Edad gestacional 27+5 semanas', 'Altura uterina 26 cm', 'FCF 139 lpm']),
    );
    const en = 'Antenatal check: gestational age 33+2, fundal height 32 cm, FHR 146 bpm.';
    expect(masked(en)).toEqual(expect.arrayContaining(['gestational age 33+2', 'fundal height 32 cm', 'FHR 146 bpm']));
    expect(masked('EG 38+1, cefalea leve.')).toContain('EG 38+1');
  });

  it('masks an earlier blood pressure bracketed after today’s', () => {
    expect(masked('TA 146/95 (en control anterior 124/78), edema maleolar.')).toContain(
      'TA 146/95 (en control anterior 124/78)',
    );
    expect(masked('BP 171/99 (previous 150/90).')).toContain('BP 171/99 (previous 150/90)');
  });

  it('masks a child’s measure with its percentile and a dose sheet’s weight and body surface area', () => {
    expect(masked('Revisión: peso 12,1 kg, talla 86 cm (percentil 10).')).toContain('talla 86 cm (percentil 10)');
    expect(masked('Health visitor: weight 9.9 kg (50th centile).')).toContain('weight 9.9 kg (50th centile)');
    expect(masked('Cure 4 : poids 66 kg, SC 1,74 m²')).toContain('poids 66 kg, SC 1,74 m²');
    expect(masked('Cycle 2 weight 81 kg / BSA 1.95 m2, dose banded.')).toContain('weight 81 kg / BSA 1.95 m2');
  });

  it('leaves release names, gates and product areas alone', () => {
    expect(masked('The GA 4 release and EG 12 gate open at 9.')).toEqual([]);
    expect(masked('The SC 2.5 m2 panel costs more.')).toEqual([]);
  });
});
