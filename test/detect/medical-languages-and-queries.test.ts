import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';

const detector = new MedicalDetector();

const kept = (text: string) =>
  detector
    .detect(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));

describe('MedicalDetector: common conditions and drugs in other languages', () => {
  it('reads Italian, French and Portuguese conditions, with an elided article', () => {
    expect(kept("ciao, mia figlia ha l'asma e il diabete di tipo 1, serve una camera al piano terra")).toEqual([
      'asma',
      'diabete di tipo 1',
    ]);
    expect(kept("Bonjour, mon fils souffre d'épilepsie depuis deux ans.")).toEqual(['épilepsie']);
    expect(kept('Olá, a minha filha tem enxaqueca; meu marido sofre de hipertensão.')).toEqual([
      'enxaqueca',
      'hipertensão',
    ]);
  });

  it('reads German, Dutch and Nordic conditions in forms and referrals', () => {
    expect(kept('Patientin: Frau K. Diagnose: Vorhofflimmern, Zustand nach Schlaganfall 2021.')).toEqual([
      'Vorhofflimmern',
      'Schlaganfall',
    ]);
    expect(
      kept('Geboortedatum: 04-05-1980. Bijzonderheden: mijn zoon heeft suikerziekte en is rolstoelgebruiker.'),
    ).toEqual(['suikerziekte', 'rolstoelgebruiker']);
    expect(kept('Patienten har sedan våren haft yrsel och hörselnedsättning.')).toEqual(['yrsel', 'hörselnedsättning']);
  });

  it('reads a drug written without the final -e of its English name when a dose follows', () => {
    expect(kept('Patient: Anna. Läkemedel: Quetiapin 25 mg till natten.')).toEqual(['Quetiapin 25 mg']);
    expect(kept('Patientin nimmt Sertralin 100 mg morgens.')).toEqual(['Sertralin 100 mg']);
    expect(kept('Patiënt gebruikt metoprolol 50 mg en p-pillen niet.')).toContain('metoprolol 50 mg');
  });

  it('leaves the same words alone in a text about nobody', () => {
    expect(kept('La giornata mondiale della epilessia si celebra a febbraio.')).toEqual([]);
    expect(kept('Der Vortrag über Schlaganfall-Prävention beginnt um 18 Uhr.')).toEqual([]);
  });
});

describe('MedicalDetector: abbreviations written like words, codes and queried diagnoses', () => {
  it('does not read an aunt or a Dutch conjunction as an abbreviation', () => {
    expect(kept('oye, mi tía tuvo la gripe y la tia Rosa tiene diabetes')).not.toContain('tía');
    expect(kept('mi tía viene el sábado, dile a tu tia que traiga el pastel')).toEqual([]);
    expect(kept('Mijn moeder heeft astma, als het koud is hoest ze veel.')).toEqual(['astma']);
  });

  it('still reads the abbreviation written in capitals', () => {
    expect(kept('My father had a TIA last spring.')).toEqual(['TIA']);
    expect(kept('Paciente con AIT previo en tratamiento con AAS.')).toContain('AIT');
  });

  it('does not read an abbreviation glued to a number as a condition', () => {
    expect(kept('Patient transport booking TB/51/0332, discharge lounge at 14:00.')).toEqual([]);
    expect(kept('Patient: Mr Lee. Ticket ALS-2231 closed, HIV-19 form filed.')).not.toContain('ALS');
    expect(kept('Patient: Mr Lee. Treated for TB in 2019, now clear.')).toContain('TB');
    expect(kept('Paciente con infección por VIH-1 en tratamiento antirretroviral.')).toContain('infección por VIH');
    expect(kept('Patient: Mr Ode. Diagnosed with HIV-1 in 2015, on treatment.')).toEqual(['HIV']);
  });

  it('reads a diagnosis queried with a question mark', () => {
    expect(kept('Referral question: MS? Two episodes of blurred vision this autumn.')).toContain('MS');
    expect(kept('Patient: Mr Ode. Sudden breathlessness, ?PE, for CTPA.')).toContain('PE');
    expect(kept('A: suspected ACL rupture, ?medial meniscus tear. Patient to rest.')).toContain('medial meniscus tear');
  });

  it('does not read the same letters unqueried or in lower case', () => {
    expect(kept('Export the patient list to MS Excel and send it.')).toEqual([]);
    expect(kept('Patient notes: the PE teacher called about the ms? typo.')).toEqual([]);
  });
});

describe('MedicalDetector: findings, leaves and conditional symptoms', () => {
  it('reads an effusion, with its size, or ruled out in a patient’s note', () => {
    expect(kept('Pt 31M. O: small effusion R knee, positive McMurray.')).toContain('small effusion');
    expect(kept('Patient: Ms Ito. On exam large joint effusion, warm.')).toContain('large joint effusion');
    // A denied finding says what the patient was examined for: it is theirs (convention of 2026-12-04).
    expect(kept('Patient: Ms Ito. On exam no effusion, full ROM.')).toEqual(['effusion']);
  });

  it('reads a lab’s number for the sample after its cue', () => {
    expect(kept('Lab ID: KDL/26/1104/0021   Collected 08:10')).toEqual(['KDL/26/1104/0021']);
    expect(kept('Specimen no. 88-120455, received 3 Dec')).toEqual(['88-120455']);
    expect(kept('Accession number: AC2026118734')).toEqual(['AC2026118734']);
  });

  it('reads a sick leave with its length as someone’s, and leaves a bare one alone', () => {
    expect(kept('asegurada con esguince de tobillo, licencia médica por 14 días')).toContain(
      'licencia médica por 14 días',
    );
    expect(kept('Paciente: R. Díaz. Reposo médico 5 días y control.')).toContain('Reposo médico 5 días');
    expect(kept('He handed in a sick note for 7 days from the walk-in centre.')).toEqual(['sick note for 7 days']);
    expect(kept('La licencia médica se tramita en línea desde el portal del empleador.')).toEqual([]);
    expect(kept('Upload your fit note template to the HR portal.')).toEqual([]);
  });

  it('does not read a symptom that conditions a dose as the patient’s', () => {
    const rx = 'Paciente: Leo, 6 a. Dx: faringitis.\nIbuprofeno 100 mg/5 ml - 6 ml cada 8 horas si dolor o fiebre';
    expect(kept(rx)).not.toContain('fiebre');
    expect(kept('Patient: Ann. Paracetamol 500 mg 2 tablets every 6 hours if pain.')).not.toContain('pain');
    expect(kept('Paciente: Eva. Metamizol 575 mg cada 8 horas en caso de dolor.')).not.toContain('dolor');
    expect(kept('Paciente con fiebre de 39 desde ayer.')).toContain('fiebre de 39');
  });
});
