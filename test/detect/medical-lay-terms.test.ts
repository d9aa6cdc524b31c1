import { describe, expect, it } from 'vitest';
import { MedicalDetector } from '../../src/detect/medical/medical-detector.js';
import { spansOf } from '../support/spans.js';

// How chats, HR notes, claims and front-desk notes say someone's health in everyday words, and the look-alikes
// (rooms, motor policies) that are nobody's health. Every name, number and phrase is invented.
const detector = new MedicalDetector();
const kept = (text: string): string[] => spansOf(detector, text, ['MEDICAL'], 0.5);
const typed = (text: string): string[][] =>
  detector
    .detect(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => [text.slice(f.start, f.end), f.type]);

describe('MedicalDetector: a condition said by or about one person in a chat or a note', () => {
  it('reads the writer saying who they are by their condition', () => {
    expect(kept('[4/11 09:10] nerea: hola, soy nerea la de la ciática, ¿me cambiáis la cita?')).toEqual(['ciática']);
    expect(kept('buenas, soy celíaco y quería saber si el menú lleva gluten')).toEqual(['celíaco']);
    expect(kept('Estoy con lumbalgia desde el lunes, no llego al turno.')).toEqual(['lumbalgia']);
  });

  it('reads someone who hurt themselves ("se ha hecho", "se rompió") as having the injury', () => {
    expect(kept('mi cuñado iker se ha hecho un esguince de rodilla jugando al fútbol')).toEqual([
      'esguince de rodilla',
    ]);
    expect(
      kept('Ojo: Sonia se rompió la clavícula en bici, no viene esta semana. Tiene una fractura de clavícula.'),
    ).toContain('fractura de clavícula');
    expect(kept('La alumna se torció el tobillo y tiene un esguince de tobillo grado 1.')).toEqual([
      'torció el tobillo',
      'esguince de tobillo grado 1',
    ]);
  });

  it('reads a payroll or HR note about someone unfit for work as theirs', () => {
    expect(kept('Nota: Raúl estuvo incapacitado por una apendicitis hasta fin de mes.')).toEqual(['apendicitis']);
    expect(kept('Nómina aparte: Elena estuvo incapacitada por una neumonía.')).toEqual(['neumonía']);
    expect(kept('Ajuste de nómina por incapacidad temporal: colecistitis, 12 días.')).toEqual(['colecistitis']);
  });

  it('reads a person pronoun earlier in the sentence as the one who has it', () => {
    const recruiting =
      'Strong candidate. She mentioned she will need a ground-floor desk after knee replacement surgery.';
    expect(kept(recruiting)).toEqual(['knee replacement']);
    expect(kept('He told the panel he would be away in spring for a planned hip replacement.')).toEqual([
      'hip replacement',
    ]);
    expect(kept('Mi padre, que vive solo desde marzo y no quiere ayuda, anda preocupado por la artrosis.')).toEqual([
      'artrosis',
    ]);
  });

  it('reads condition adjectives ("celíaca", "diabetic") as the condition', () => {
    expect(kept('- Hab. 112: Sra. Irene Vidal pide cuna y dieta celíaca en el desayuno.')).toEqual(['celíaca']);
    expect(kept('Our son is diabetic and carries his own snacks.')).toEqual(['diabetic']);
    expect(kept('Mi hija es asmática y usa el inhalador antes de correr.')).toContain('asmática');
  });

  it('leaves a menu, a bulletin and a guide with the same words alone', () => {
    expect(kept('Menú del día: opción celíaca y opción vegana disponibles para todos.')).toEqual([]);
    expect(kept('Estoy preparando el boletín de la gripe para toda la plantilla.')).toEqual([]);
    expect(kept('Diabetic-friendly recipes for the staff canteen are on the intranet.')).toEqual([]);
  });
});

describe('MedicalDetector: drug families and allergies', () => {
  it('finds a family of drugs on someone allergy list or in their regimen', () => {
    expect(kept('Patient: Tom Reed. Allergies: latex, sulfa drugs.')).toEqual(['sulfa drugs']);
    expect(kept('Pick-up note: she is allergic to NSAIDs and takes blood thinners.')).toEqual([
      'NSAIDs',
      'blood thinners',
    ]);
    expect(kept('Mi madre toma anticoagulantes y le sientan mal los opioides.')).toEqual([
      'anticoagulantes',
      'opioides',
    ]);
  });

  it('reads an allergy and the drug that causes it as one finding', () => {
    expect(kept('Paciente con alergia a la amoxicilina.')).toEqual(['alergia a la amoxicilina']);
    expect(kept('Antecedentes: alergia al ibuprofeno.')).toEqual(['alergia al ibuprofeno']);
    expect(kept('The patient reports an allergy to codeine.')).toEqual(['allergy to codeine']);
  });

  it('reads a treatment and what it treats, or a condition and its drug, as one finding', () => {
    expect(kept('Patient: Ann Orr. Uses an inhaler for her asthma.')).toEqual(['inhaler for her asthma']);
    expect(kept('Mi madre toma pastillas para la tensión.')).toEqual(['pastillas para la tensión']);
    expect(kept('Alumno: Leo Paz. Epilepsia en tratamiento con levetiracetam 250 mg.')).toEqual([
      'Epilepsia en tratamiento con levetiracetam 250 mg',
    ]);
    expect(kept('Hypertension treated with ramipril 5 mg daily; patient stable.')).toEqual([
      'Hypertension treated with ramipril 5 mg daily',
    ]);
  });

  it('reads the complements of an ambiguous Spanish condition with it', () => {
    expect(kept('Paciente con ansiedad generalizada desde hace años.')).toEqual(['ansiedad generalizada']);
    expect(kept('Mi compañera tiene tendinitis calcificante del hombro.')).toEqual([
      'tendinitis calcificante del hombro',
    ]);
    expect(kept('La depresión económica de 1929 se estudia en clase.')).toEqual([]);
  });

  it('leaves a drug family in a news piece about nobody alone', () => {
    expect(kept('Antibiotic resistance is rising, the health ministry said on Monday.')).toEqual([]);
    expect(kept('Las estatinas son uno de los fármacos más recetados del país.')).toEqual([]);
  });
});

describe('MedicalDetector: lay injuries', () => {
  it('finds a wound and where it is', () => {
    expect(kept('The driver had a cut above his right eye and needed a tetanus shot.')).toContain(
      'cut above his right eye',
    );
    expect(kept('Incident form: she got a bump on the head and a graze on her left knee.')).toEqual([
      'bump on the head',
      'graze on her left knee',
    ]);
    expect(kept('Parte: el trabajador sufrió un corte en la mano izquierda.')).toEqual(['corte en la mano izquierda']);
  });

  it('finds bruised and swollen chest and face sites', () => {
    expect(kept('Injuries: whiplash and a bruised chest from the airbag; 5 days off work.')).toEqual([
      'whiplash',
      'bruised chest',
    ]);
    expect(kept('Claimant reports a bruised sternum from the seatbelt.')).toEqual(['bruised sternum']);
    expect(kept('Her swollen eyelid was checked at the clinic.')).toEqual(['swollen eyelid']);
  });

  it('leaves budget cuts, head counts and furniture alone', () => {
    expect(kept('My plan: cuts to the head count and a cut in the budget.')).toEqual([]);
    expect(kept('My old broken chest of drawers goes to the tip.')).toEqual([]);
    expect(kept('Mi jefe dice que fue un golpe de suerte.')).toEqual([]);
  });
});

describe('MedicalDetector: someone hurting a body part, and a body part in a bad state', () => {
  it('finds a verb done to a body part', () => {
    expect(kept('He pulled a hamstring at five-a-side and tore his left ACL last year.')).toEqual([
      'pulled a hamstring',
      'tore his left ACL',
    ]);
    expect(kept('Quick note: Dan hurt his back lifting boxes, he is off until Thursday.')).toEqual(['hurt his back']);
    expect(kept('Ana se torció el tobillo derecho bajando la escalera.')).toEqual(['torció el tobillo derecho']);
  });

  it('finds a body part and its state', () => {
    expect(kept("hey, can't make training tonight, my knee's still swollen from the fall")).toEqual([
      "knee's still swollen",
    ]);
    expect(kept('my wrist is really swollen after the fall, going to get it checked')).toEqual([
      'wrist is really swollen',
    ]);
    expect(kept('Mi hermana tiene la muñeca hinchada desde el partido.')).toEqual(['muñeca hinchada']);
  });

  it('leaves builds, freezers, news and persuasion alone', () => {
    expect(kept('My build is broken again and the chest freezer is broken too.')).toEqual([]);
    expect(kept('She twisted my arm into joining the committee; he broke the news to the team.')).toEqual([]);
    expect(kept('Mi equipo se rompió la cabeza con el informe de la cadena rota.')).toEqual([]);
  });
});

describe('MedicalDetector: everyday illness and operations, and the relatives who have them', () => {
  it('finds a cold someone has and an organ taken out', () => {
    expect(kept('Candidate feedback: a bit nervous, said she had a cold.')).toEqual(['had a cold']);
    expect(kept('Priya is off until Monday, she had her wisdom teeth out.')).toEqual(['wisdom teeth out']);
    expect(kept('My son is getting his tonsils removed next week.')).toEqual(['tonsils removed']);
  });

  it('reads a relative or a member named beside the term as its owner', () => {
    // The reduced hours asked for it are masked with it.
    expect(kept('Nota RRHH: Tomás pide reducción de jornada por la quimioterapia de su mujer.')).toEqual([
      'reducción de jornada por la quimioterapia',
    ]);
    expect(kept('Gym incident log: member Carla Ruiz pulled a hamstring on the rowing machine.')).toEqual([
      'pulled a hamstring',
    ]);
    expect(kept('El cuñado de Pili tiene apnea del sueño y usa CPAP.')).toContain('apnea del sueño');
  });

  it('leaves a cold call, a cold start and a weather report alone', () => {
    expect(kept('My cold call script needs work; the app has a cold start of 3 s.')).toEqual([]);
    expect(kept('A cold front will bring snow to the north on Friday.')).toEqual([]);
  });
});

describe('MedicalDetector: someone away or in bed with it', () => {
  it('reads an ambiguous illness of someone off work or in bed as theirs', () => {
    expect(kept("hi team, I'm off today with a migraine, back tomorrow")).toEqual(['migraine']);
    expect(kept('Llevo dos días en cama con fiebre, no puedo ir.')).toEqual(['fiebre']);
    expect(kept("She's laid up with flu this week.")).toEqual(['flu']);
  });

  it('leaves a season or a campaign alone', () => {
    expect(kept('The flu season starts in October.')).toEqual([]);
    expect(kept('La campaña contra la fiebre amarilla empieza en enero.')).toEqual([]);
  });
});

describe('MedicalDetector: someone operated on a body part', () => {
  it('finds the operation and its site in both languages', () => {
    expect(kept('[2/12 10:01] bea: no voy, me han operado de menisco y estoy con muletas')).toContain(
      'operado de menisco',
    );
    expect(kept('mi suegra está fatal, le operaron de la cadera el martes')).toEqual(['operaron de la cadera']);
    expect(kept('Heads-up: my brother had surgery on his left shoulder, so he is off this week.')).toEqual([
      'surgery on his left shoulder',
    ]);
  });

  it('leaves operations on machines and tables alone', () => {
    expect(kept('We operated on the main server overnight; data surgery on the legacy tables is next.')).toEqual([]);
    expect(kept('Mi jefe quiere operar de forma remota desde la oficina de Bilbao.')).toEqual([]);
  });

  it('finds a screening someone has booked', () => {
    expect(kept("Reminder for Jo: she's got her smear test on Monday at 9.")).toEqual(['smear test']);
  });
});

describe('MedicalDetector: accident reports, sick notes and devices', () => {
  it('finds the injury or illness of a worker in an accident report or a sick note', () => {
    expect(kept('Parte: el operario sufrió un traumatismo craneal leve al caer.')).toEqual(['traumatismo craneal']);
    expect(kept('Justificante: la trabajadora acudió a urgencias por un cólico nefrítico.')).toEqual([
      'cólico nefrítico',
    ]);
    expect(kept('Incident: the worker was injured and has a head injury, sent home.')).toEqual(['head injury']);
  });

  it('finds a pregnancy someone is said to have, not a policy for anyone pregnant', () => {
    expect(kept('She is pregnant with twins, so no travel after May.')).toEqual(['pregnant']);
    // The pregnancy's length is part of what is masked.
    expect(kept('Mi mujer está embarazada de 20 semanas.')).toEqual(['embarazada de 20 semanas']);
    expect(kept('Our policy: employees who are pregnant can ask for a risk assessment.')).toEqual([]);
  });

  it('finds a device fitted to someone', () => {
    expect(kept('Patient had a pacemaker fitted in 2019.')).toEqual(['pacemaker fitted']);
    expect(kept('My dad wears hearing aids, so please call rather than text.')).toEqual(['hearing aids']);
    expect(kept('A mi abuelo le pusieron un marcapasos el año pasado.')).toEqual(['marcapasos']);
  });
});

describe('MedicalDetector: having verbs whose subject is no person', () => {
  it('leaves a product, a drug or a kit that "has" or "tiene" something alone', () => {
    expect(kept('Ficha técnica: el implante dental de titanio tiene una garantía de diez años.')).toEqual([]);
    expect(kept('El paracetamol tiene pocos efectos secundarios según el prospecto.')).toEqual([]);
    expect(kept('Facilities: the first-aid kit has plasters, burn gel and an ice pack.')).toEqual([]);
  });

  it('keeps what a person has, named or not', () => {
    expect(kept('Update: Dad has pneumonia and is on antibiotics.')).toEqual(['pneumonia', 'antibiotics']);
    expect(kept('The toddler had a febrile seizure last night.')).toContain('febrile seizure');
    expect(kept('Mi abuelo tiene bronquitis desde el invierno.')).toEqual(['bronquitis']);
  });
});

describe('MedicalDetector: a condition word naming a topic', () => {
  it('leaves a kind of document, a campaign or a season alone, even in a note about someone', () => {
    expect(kept('Pupil: Theo Lane. Please turn this into an allergy action plan for the teacher.')).toEqual([]);
    expect(kept('Patient: Ana Gil. She asked about the asthma awareness week posters.')).toEqual([]);
    expect(kept('My mother volunteers for a cancer research charity.')).toEqual([]);
  });

  it('keeps the condition of the person the note is about', () => {
    expect(kept('Pupil: Theo Lane. Condition: severe peanut allergy, uses an inhaler.')).toEqual([
      'severe peanut allergy, uses an inhaler',
    ]);
    expect(kept('Patient with diabetes plan review due.')).toEqual(['diabetes']);
    expect(kept('My son has asthma; asthma awareness week is next month.')).toEqual(['asthma']);
  });
});

describe('MedicalDetector: dental treatment', () => {
  it('finds implants and root canals in a patient plan', () => {
    expect(kept('Paciente: Luis Mora. Plan: implante en la pieza 24 dentro de dos meses.')).toEqual(['implante']);
    expect(kept('Patient: Ann Orr. Plan: dental implant at 36, then review.')).toEqual(['dental implant']);
    expect(kept('My dentist says I need a root canal on the lower molar.')).toEqual(['root canal']);
  });

  it('leaves the security verb alone', () => {
    expect(kept('The attacker tried to implant a backdoor in the build script.')).toEqual([]);
  });
});

describe('MedicalDetector: patient numbers with letters', () => {
  it('finds the patient number of a practice, a clinic or a pharmacy profile', () => {
    expect(typed('Re: Ms Ana Gil, patient no. QT-558201. She has asthma.')).toContainEqual([
      'QT-558201',
      'MEDICAL_RECORD_NUMBER',
    ]);
    expect(typed('Refill queue. Rx profile RX-0093312 for Tom Reed.')).toContainEqual([
      'RX-0093312',
      'MEDICAL_RECORD_NUMBER',
    ]);
    expect(typed('Lab request, clinic ref KL-448120, fasting glucose.')).toContainEqual([
      'KL-448120',
      'MEDICAL_RECORD_NUMBER',
    ]);
    expect(typed('Nº de paciente PA-20931, revisión anual.')).toContainEqual(['PA-20931', 'MEDICAL_RECORD_NUMBER']);
  });

  it('leaves a booking reference and a bare prescription number alone', () => {
    expect(typed('Group booking ref GRP-7731, 14 rooms.')).toEqual([]);
    expect(typed('Rx 7730214 ready for collection.')).toEqual([]);
  });
});

describe('MedicalDetector: look-alikes of clinical abbreviations and insurance numbers', () => {
  it('reads a title-case vowel-less abbreviation before a number as a room', () => {
    expect(kept('Night audit\n- Rm 412: Mr Jon Roe arrived late.\n- Rm 118: noise complaint.')).toEqual([]);
    expect(kept('Paciente: Eva Soto. Tc 5 en la planta baja.')).toEqual([]);
    expect(kept('Paciente con RM de rodilla pendiente.')).toEqual(['RM']);
  });

  it('reads a policy number of a motor, home or travel policy as no health id', () => {
    expect(typed('Siniestro hogar. Nº de póliza HOGAR-2231-9981. Daños por agua.')).toEqual([]);
    expect(typed('Motor claim. Policy number MTR-88-120044. The driver suffered whiplash.')).toEqual([
      ['whiplash', 'CONDITION'],
    ]);
    expect(typed('Póliza: AUTO-TR-771203\nLesiones: esguince cervical leve, paciente atendido en urgencias.')).toEqual([
      ['esguince cervical', 'CONDITION'],
    ]);
  });

  it('keeps a health policy or member number', () => {
    expect(typed('Seguro de salud, póliza 55120988; paciente con diabetes.')).toContainEqual([
      '55120988',
      'HEALTH_INSURANCE_ID',
    ]);
    expect(typed('Member ID XWP449102288, claim for knee MRI denied; he has had knee pain.')).toContainEqual([
      'XWP449102288',
      'HEALTH_INSURANCE_ID',
    ]);
    expect(typed('Health insurance policy number 88-4412907.')).toEqual([['88-4412907', 'HEALTH_INSURANCE_ID']]);
  });

  it('needs something medical in the text for a bare member or policy number', () => {
    expect(typed('Gym member ID: 88120044, renewal due.')).toEqual([]);
    expect(typed('Policy number 55120988 renewed for another year.')).toEqual([]);
  });
});
