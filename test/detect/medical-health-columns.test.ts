import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { allSpansOf } from '../support/spans.js';

const detector = new MedicalDetector();

const kept = (text: string) => allSpansOf(detector, text, 0.5);

describe('MedicalDetector: the health columns of a pasted table of people', () => {
  it('takes each row’s cells under a diagnosis column and the care column beside it', () => {
    const sheet = [
      'Nombre\tCurso\tDiagnóstico\tApoyos',
      'Ulises Pérez Mena\t2°A\tTEL mixto\tfonoaudiólogo 3 h/sem',
      'Nahia Larrañaga Tapia\t2°A\t-\t-',
      '',
      'La reunión es el martes.',
    ].join('\n');
    expect(kept(sheet)).toEqual(['TEL mixto', 'fonoaudiólogo 3 h/sem']);
    const home = 'Resident | Room | Allergies | Notes\nEdna Brightwell | 12 | latex, plasters | likes tea';
    expect(kept(home)).toContain('latex, plasters');
    const club = 'date,player,age_group,injury,treatment\n2026-05-02,Keira Dunmore,U12,sprained thumb,taped, ice\n';
    expect(kept(club)).toEqual(expect.arrayContaining(['sprained thumb', 'taped']));
  });

  it('does not read a table with no person’s column, or a care column with no health one', () => {
    expect(kept('Diagnosis,Count\nAsthma,41\nCOPD,12\n')).toEqual([]);
    expect(kept('date,site,injury,action\n2026-05-02,Depot 4,cut,first aid box restocked\n')).toEqual([]);
    expect(kept('Name\tTeam\tSupport\nDevan Anand\tBlue\tpair programming on Fridays\n')).toEqual([]);
  });
});
