import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new MedicalDetector();

/** Values the engine would keep (score >= 0.5). */
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: lay episodes, adjectives and fractures by bone', () => {
  it('reads spells and turns as conditions of the person who gets them', () => {
    expect(kept('Mum keeps having dizzy turns when she stands up.')).toEqual(['dizzy turns']);
    expect(kept("I've had fainting spells twice this week.")).toEqual(['fainting spells']);
    expect(kept('My grandad has funny turns after lunch.')).toEqual(['funny turns']);
  });

  it('reads "hypertensive" and "anaemic" as what someone is', () => {
    expect(kept('Clinical notes: obese, hypertensive, ex-smoker.')).toContain('hypertensive');
    expect(kept('She is anaemic and tired all the time.')).toContain('anaemic');
    expect(kept('Patient remains hypertensive despite two drugs.')).toContain('hypertensive');
  });

  it('reads a fracture named by its bone and a pain at a side and site', () => {
    expect(kept('Passenger reported pain in right ankle after the fall.')).toEqual(['pain in right ankle']);
    expect(kept('The employee had a scaphoid fracture and a gash over the right eyebrow.')).toEqual([
      'scaphoid fracture',
      'gash over the right eyebrow',
    ]);
    expect(kept('Paciente con dolor en la rodilla izquierda tras la caída.')).toEqual([
      'dolor en la rodilla izquierda',
    ]);
  });

  it('keeps the nuisance idiom out', () => {
    expect(kept('My landlord is a real pain in the neck about the bins.')).toEqual([]);
    expect(kept('Honestly the new printer is a pain in the backside, he says.')).toEqual([]);
  });
});

describe('MedicalDetector: two abbreviations dashed together name a formula or a scale', () => {
  it('drops CKD-EPI and COPD-CAT in a patient report, keeping the condition named on its own', () => {
    expect(kept('Patient: eGFR (CKD-EPI) 52 mL/min; known CKD stage 3.')).toEqual(['CKD stage 3']);
    expect(kept('Paciente: FG por CKD-EPI 61.')).toEqual([]);
    expect(kept('Patient: score on COPD-CAT 18 this visit.')).toEqual([]);
  });
});

describe('MedicalDetector: Spanish coronary and head-injury abbreviations, other languages', () => {
  it('reads STEMI abbreviations, vessel counts and TEC in capitals', () => {
    expect(kept('Juicio clínico: IAMSEST; enfermedad de tres vasos.')).toEqual(['IAMSEST', 'enfermedad de tres vasos']);
    expect(kept('Paciente con SCACEST anterior, enfermedad multivaso.')).toEqual(
      expect.arrayContaining(['SCACEST', 'enfermedad multivaso']),
    );
    // The diagnosis field's whole value is one finding.
    expect(kept('Diagnóstico: TEC moderado tras caída de bicicleta.')).toEqual([
      'TEC moderado tras caída de bicicleta',
    ]);
    expect(kept('Visita guiada al Tec de Monterrey con mi hijo.')).toEqual([]);
  });

  it('reads French sprains and physiotherapy, Swedish KBT in capitals', () => {
    expect(kept("Blessures de l'assurée: entorse du genou, kinésithérapie prescrite.")).toEqual([
      'entorse du genou',
      'kinésithérapie',
    ]);
    expect(kept('Mon fils a une entorse de la cheville.')).toEqual(['entorse de la cheville']);
    expect(kept('Patienten går på KBT varje vecka.')).toEqual(['KBT']);
  });
});

describe('MedicalDetector: anchors of a passenger, a vulnerable customer, a sick-leave certificate', () => {
  it('ties a condition to a passenger or a flagged customer', () => {
    expect(kept('Pax in 14C has a severe nut allergy.')).toContain('severe nut allergy');
    expect(kept('Account note: customer runs home dialysis overnight, flag vulnerable.').length).toBeGreaterThan(0);
    expect(kept('Nota: cliente vulnerable, electrodependiente por diálisis en casa.')).toContain('diálisis');
  });

  it('reads the number of a sick-leave certificate after its cue, with N°, Nº or folio', () => {
    expect(kept('Adjunta licencia médica N° 7-20193344 por 15 días.')).toContain('7-20193344');
    expect(kept('Folio de licencia médica: 5-44120987.')).toContain('5-44120987');
    expect(kept('Sick note no. SN-90112 for 10 days.')).toContain('SN-90112');
    expect(kept('El trabajador tiene licencia médica del 12/03/2026 al 30/03/2026.')).not.toContain('12/03/2026');
  });
});

describe('MedicalDetector: diagnosis codes in HL7 DG1 segments and FHIR codings', () => {
  it('reads the code opening a DG1 field, never the coding system after it', () => {
    const adt = 'MSH|^~\\&|ADT|H\nPID|1||Q88120^^^H^MR||MORA^LUZ||19700101|F\nDG1|1||K35.8^Acute appendicitis^I10|||A';
    expect(kept(adt)).toEqual(expect.arrayContaining(['K35.8']));
    expect(kept(adt)).not.toContain('I10');
    expect(kept('DG1|1||E11.9^Type 2 diabetes^I10|||W')).toContain('E11.9');
    expect(kept('DG1|2||N39.0^^I10|||F')).toEqual(['N39.0']);
  });

  it('reads a SNOMED CT or ICD-10 code in a FHIR coding, in either key order', () => {
    const a = '{"coding":[{"system":"http://snomed.info/sct","code":"195967001","display":"Asthma"}]}';
    expect(kept(a)).toContain('195967001');
    const b = '{"code":"J45.909","system":"http://hl7.org/fhir/sid/icd-10-cm"}';
    expect(kept(b)).toContain('J45.909');
    const c = '{"system":"http://snomed.info/sct", "code": "38341003"}';
    expect(kept(c)).toContain('38341003');
    expect(kept('{"system":"http://loinc.org","code":"4548-4"}')).toEqual([]);
  });
});

describe('MedicalDetector: a personal accident policy is not a health card', () => {
  it('leaves the policy number of accident cover, keeps a health one', () => {
    expect(kept('Seguro de Accidentes Personales, póliza 3310-448120. Paciente con esguince.')).not.toContain(
      '3310-448120',
    );
    expect(kept('Personal accident insurance, policy number 7781-20456; patient has whiplash.')).not.toContain(
      '7781-20456',
    );
    expect(kept('Seguro de salud, póliza 3310-448120. Paciente con esguince.')).toContain('3310-448120');
  });
});
