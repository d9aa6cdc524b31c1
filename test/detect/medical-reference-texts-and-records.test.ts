import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new MedicalDetector();

/** Values the engine would keep (score >= 0.5). */
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);

describe('MedicalDetector: a monograph, a technical sheet or a guideline is about no one', () => {
  it('drops the drugs, conditions and procedures of a reference text whose only anchors are its own headings', () => {
    const en = [
      'Summarise for the ward.\nRivaroxaban 20 mg tablets\nIndications: prevention of stroke in atrial fibrillation.\n' +
        'Dose (AF): 20 mg once daily with food; 15 mg if CrCl 15-49 mL/min.\nInteractions: avoid with itraconazole.',
      'Drug monograph - edoxaban\nDose: 60 mg once daily. Contraindicated in active bleeding and severe hepatic ' +
        'impairment. Avoid with dronedarone.',
      'Turn this guideline into a checklist.\nRed flags: neck stiffness, photophobia, a purpuric rash.\n' +
        'Actions: lumbar puncture after CT, ceftriaxone within 1 hour.\nOwner: the Acute Patient Pathway Group, v3.',
    ];
    for (const text of en) expect(kept(text)).toEqual([]);
    const es = [
      'Resume esta ficha técnica.\nParacetamol 1 g comprimidos\nDosis: 1 g cada 8 horas.\nContraindicado en ' +
        'insuficiencia hepática grave.\nTitular: Laboratorios Ejemplo, S.L.',
      'Monografía: enalapril 20 mg.\nIndicaciones: hipertensión arterial e insuficiencia cardiaca.\n' +
        'Interacciones: litio, espironolactona.',
      'Guía clínica de neumonía comunitaria.\nDosis: amoxicilina 1 g cada 8 horas; si alergia, levofloxacino.\n' +
        'Titular: Servicio de Urgencias.',
    ];
    for (const text of es) expect(kept(text)).toEqual([]);
  });

  it('keeps them in a private text that quotes a leaflet or a guideline beside someone', () => {
    const en =
      'My dad takes rivaroxaban 20 mg and bisoprolol 2.5 mg; he has atrial fibrillation. The leaflet says:\n' +
      'Indications: prevention of stroke. Interactions: avoid with itraconazole.';
    expect(kept(en)).toEqual(expect.arrayContaining(['atrial fibrillation']));
    const en2 =
      'Patient: Mr Dale Hurst, on edoxaban 60 mg for DVT.\nDrug monograph extract: Dose: 60 mg once daily. ' +
      'Contraindicated in active bleeding.';
    expect(kept(en2).length).toBeGreaterThan(0);
    const es =
      'Mi madre toma enalapril 20 mg por la hipertensión. Copio la ficha técnica:\nIndicaciones: hipertensión ' +
      'arterial.\nInteracciones: litio.';
    expect(kept(es)).toEqual(expect.arrayContaining(['enalapril 20 mg']));
    const es2 =
      'Paciente: Sra. Olga Ferrer, diabetes tipo 2 en tratamiento con metformina.\nGuía clínica: dosis máxima ' +
      '2 g al día.';
    expect(kept(es2).length).toBeGreaterThan(0);
  });
});

describe('MedicalDetector: Spanish -noma words of law, not of tumours', () => {
  it('does not read "autónoma" or "agrónoma" as a tumour, and still reads a melanoma', () => {
    expect(kept('Vive en la Ciudad Autónoma de Ceuta y se golpeó la rodilla en el trabajo.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Autónoma/)]),
    );
    expect(kept('Estudió en la Universidad Autónoma y tiene asma.')).toEqual(['asma']);
    expect(kept('Mi hermana es ingeniera agrónoma y tiene diabetes.')).toEqual(['diabetes']);
    expect(kept('A mi padre le diagnosticaron un melanoma en la espalda.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/melanoma/)]),
    );
  });
});

describe('MedicalDetector: the cause in a record of one person’s death', () => {
  it('keeps the cause given in a funeral file or a death registration', () => {
    expect(
      kept('Deceased: Herbert Finch, died 2 March at home.\nCause of death: chronic obstructive pulmonary disease'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/pulmonary disease/)]));
    expect(kept('Next of kin: son Mark. Certificate gives lung cancer as the cause.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/lung cancer/)]),
    );
    expect(kept('Fallecido: Ramón Gil Soto.\nCausa de la muerte: insuficiencia respiratoria.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/insuficiencia respiratoria/)]),
    );
  });

  it('drops a cause of death named as a topic for anyone', () => {
    expect(kept('Heart disease is the leading cause of death worldwide, ahead of stroke.')).toEqual([]);
    expect(kept('La cardiopatía isquémica es la primera causa de muerte en el mundo.')).toEqual([]);
  });
});

describe('MedicalDetector: a fertility work-up and plan', () => {
  it('reads the stimulation protocol, the timing and the history of a fertility note', () => {
    const en = kept(
      'Hx: primary infertility, irregular cycles, no prior pregnancies.\nPlan: ovulation induction, then ' +
        'timed intercourse; IVF with ICSI if no pregnancy after 3 cycles.',
    );
    expect(en).toEqual(
      expect.arrayContaining(['irregular cycles', 'ovulation induction', 'timed intercourse', 'IVF with ICSI']),
    );
    const en2 = kept(
      'Patient plan: long agonist protocol, frozen embryo transfer in March, hysterosalpingogram first.',
    );
    expect(en2).toEqual(expect.arrayContaining(['frozen embryo transfer', 'hysterosalpingogram']));
    expect(kept('Hx: 2 years trying. Ix: HSG shows one blocked tube; partner to repeat semen analysis.')).toEqual(
      expect.arrayContaining(['HSG']),
    );
    expect(kept('Upload the hsg file and the settings.hsg backup.')).toEqual([]);
    const es = kept(
      'Paciente de 34 años, nulípara, ciclos irregulares.\nPlan: inducción de la ovulación y coitos programados; ' +
        'después inseminación intrauterina.',
    );
    expect(es).toEqual(
      expect.arrayContaining(['ciclos irregulares', 'inducción de la ovulación', 'coitos programados']),
    );
    const es2 = kept('Paciente: protocolo antagonista y punción folicular el día 14; luego transferencia embrionaria.');
    expect(es2).toEqual(expect.arrayContaining(['protocolo antagonista', 'punción folicular']));
  });

  it('reads "regular cycles" only near a clinical cue', () => {
    expect(kept('The washing machine has two regular cycles and one eco cycle.')).toEqual([]);
    expect(kept('Hx: regular cycles, diagnosed with endometriosis in 2021.')).toEqual(
      expect.arrayContaining(['regular cycles']),
    );
  });
});

describe('MedicalDetector: donor and health-plan member numbers', () => {
  it('reads a donor’s number, a donation’s number and an obra social member number', () => {
    expect(kept('Thank you for coming. Donor number: KQ5512 903 114. You are deferred until May.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^KQ5512 903 114/)]),
    );
    expect(kept('Número de donante: DN-7730915. Podrá volver a donar en abril.')).toEqual(
      expect.arrayContaining(['DN-7730915']),
    );
    expect(kept('Donation no. 7781-2209-33, haemoglobin below the threshold.')).toEqual(
      expect.arrayContaining(['7781-2209-33']),
    );
    expect(kept('Prepaga: Swiss Medical, afiliado n.º 80 551203 4 02.\nAP: asma.')).toEqual(
      expect.arrayContaining(['80 551203 4 02']),
    );
    expect(kept('Obra social OSEP, nro. de afiliado 3310 22871 05, hipertensión.')).toEqual(
      expect.arrayContaining(['3310 22871 05']),
    );
  });

  it('leaves an affiliate programme’s number alone', () => {
    expect(kept('Programa de afiliados: ID de afiliado 558201, comisión del 8 % por venta.')).toEqual([]);
    expect(kept('Tu número de afiliado es 5830217; descarga el banner para tu web.')).toEqual([]);
  });
});

describe('MedicalDetector: results under a test column of a table with a row per person', () => {
  it('reads bare values under HbA1c, eGFR and creatinine headers', () => {
    const aligned =
      'Subject  Initials  HbA1c   eGFR   Notes\n' +
      'S-101    K.L.      7.4 %   58     new on insulin\n' +
      'S-102    D.M.      9.9 %   41     \n';
    expect(kept(aligned)).toEqual(expect.arrayContaining(['7.4 %', '58', '9.9 %', '41']));
    const pipes =
      '| Patient | DOB | Creatinine | Hb |\n|---|---|---|---|\n| J.R. | 1961 | 144 | 118 |\n| P.S. | 1975 | 97 | 131 |';
    expect(kept(pipes)).toEqual(expect.arrayContaining(['144', '118', '97', '131']));
    const csv = 'nombre,fecha_nacimiento,glucemia,colesterol\nR. T.,1970-02-11,132,241\nM. A.,1983-09-30,98,188';
    expect(kept(csv)).toEqual(expect.arrayContaining(['132', '241', '98', '188']));
  });

  it('leaves a staging table and a site summary alone', () => {
    expect(kept('Stage  eGFR     Meaning\nG1     90       normal\nG2     60       mildly decreased\n')).toEqual([]);
    expect(kept('Site,n,mean HbA1c\nLeeds,41,7.9 %\nYork,37,8.1 %')).toEqual([]);
    expect(kept('Estadio | FG | Descripción\n3a | 45 | descenso moderado\n3b | 30 | descenso grave')).toEqual([]);
  });
});

describe('MedicalDetector: values listed after a results heading', () => {
  it('reads tests whose value comes without a unit', () => {
    expect(kept('Bloods: Hb 109 g/L, CRP 37, ALT 52.')).toEqual(expect.arrayContaining(['CRP 37', 'ALT 52']));
    expect(kept('Ix: AFC 11, LH 4.2, progressive motility 31 %.')).toEqual(
      expect.arrayContaining(['AFC 11', 'LH 4.2', 'motility 31 %']),
    );
    expect(kept('Ix: TSH 6.1, FSH 9.4 and eGFR 64 last month')).toEqual(
      expect.arrayContaining(['TSH 6.1', 'FSH 9.4', 'eGFR 64']),
    );
    expect(kept('Analítica: glucosa 131, potasio 5,4, PCR 18.')).toEqual(
      expect.arrayContaining(['glucosa 131', 'potasio 5,4', 'PCR 18']),
    );
    expect(kept('Estudios: TSH 3,8; AMH 0,9 ng/ml; FSH 11,2.')).toEqual(
      expect.arrayContaining(['TSH 3,8', 'FSH 11,2']),
    );
  });

  it('leaves results lines of other kinds alone', () => {
    expect(kept('Results: 3 of 4 suites passed, build 2231 green, alt 2 pending.')).toEqual([]);
    expect(kept('Resultados: 12 votos, 3 abstenciones.\nEstudios: grado 4, máster 2.')).toEqual([]);
  });
});

describe('MedicalDetector: a lawyer’s bar number after "colegiado n.º"', () => {
  it('reads a doctor’s number and leaves a lawyer’s alone', () => {
    expect(kept('bajo la dirección letrada de D. Íñigo Sanz Mora, colegiado n.º 5.207 del ICAV, ante la Sala')).toEqual(
      [],
    );
    expect(kept('Abogada: Marta Gil Ortega, colegiada n.º 31.880.')).toEqual([]);
    expect(kept('Firma: Luis Pardo, colegiado n.º 12.093 ICAB.')).toEqual([]);
    expect(kept('Informe firmado por la Dra. Marta Gil, colegiada n.º 28/45123.')).toEqual(['28/45123']);
  });
});
