import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { healthStatements } from '../../src/detect/medical/health-statements.js';
import { spansOf } from '../support/spans.js';

// Session 25: statements about someone's health read by kind (results, orders, obstetrics, function, habits,
// hospital use, impact), in English and Spanish, and their look-alikes in teaching text, policies, sales and
// templates. Every example is invented.
const engine = createDetector();
const medical = (text: string): string => spansOf(engine, text, ['MEDICAL']).join(' | ');
const found = (text: string): string[] => healthStatements(text, 't').map((f) => text.slice(f.start, f.end));
const unanchored = (text: string): string[] =>
  healthStatements(text, 't', () => false).map((f) => text.slice(f.start, f.end));

describe('results and orders', () => {
  it('reads what a test showed, in English and Spanish', () => {
    expect(found('The MRI in June revealed a partial tear of the supraspinatus.')).toEqual([
      'MRI in June revealed a partial tear of the supraspinatus',
    ]);
    expect(found('Her nerve conduction studies confirmed a moderate carpal tunnel.')).toHaveLength(1);
    expect(found('Bloods came back normal apart from a low ferritin.')).toHaveLength(1);
    expect(found('La ecografía de control mostró un quiste simple de 3 cm.')).toEqual([
      'ecografía de control mostró un quiste simple de 3 cm',
    ]);
    expect(found('El electroencefalograma evidencia actividad lenta temporal.')).toHaveLength(1);
  });

  it('reads a tumour’s panel, grade and margins in a pathology report', () => {
    const text =
      'Biopsia de mama izquierda. Carcinoma ductal, grado histológico 3. RE positivo (70 %), RP negativo, HER2 ' +
      'positivo (score 3+), Ki-67 del 35 %. Márgenes libres a 2 mm. No se identifica invasión perineural.';
    const spans = found(text);
    for (const want of [
      'grado histológico 3',
      'RE positivo (70 %)',
      'RP negativo',
      'HER2 positivo (score 3+)',
      'Ki-67 del 35 %',
      'Márgenes libres a 2 mm',
      'No se identifica invasión perineural',
    ])
      expect(spans).toContain(want);
    expect(found('Excision specimen: ER 90%, HER2 not amplified; margins clear by 5 mm; Gleason absent.')).toEqual(
      expect.arrayContaining(['ER 90%', 'HER2 not amplified', 'margins clear by 5 mm']),
    );
  });

  it('reads an imaging order with its body part and contrast', () => {
    expect(found('Pidió una TAC de tórax con contraste y una RMN de hombro derecho.')).toEqual([
      'TAC de tórax con contraste',
      'RMN de hombro derecho',
    ]);
    expect(found('Requested: MRI of the cervical spine with gadolinium.')).toEqual([
      'MRI of the cervical spine with gadolinium',
    ]);
  });
});

describe('obstetrics, function, habits, hospital use and impact', () => {
  it('reads a pregnancy’s term, past deliveries and fertility care', () => {
    expect(found('I am 31 weeks pregnant and had two previous caesareans.')).toEqual([
      '31 weeks pregnant',
      'two previous caesareans',
    ]);
    expect(found('Cursa un embarazo de 18 semanas tras un tercer ciclo de FIV; 3 partos vaginales.')).toEqual(
      expect.arrayContaining(['embarazo de 18 semanas', '3 partos vaginales', 'tercer ciclo de FIV']),
    );
    expect(found('Mi cuñada ya está de 26 semanas; latido fetal presente.')).toEqual(
      expect.arrayContaining(['está de 26 semanas', 'latido fetal presente']),
    );
  });

  it('reads walking, aids, functional tests and help with daily living', () => {
    expect(found('He walks 30 m with a rollator and uses a wheelchair outdoors; TUG 21 s; K-level 1.')).toEqual([
      'walks 30 m with a rollator',
      'uses a wheelchair outdoors',
      'TUG 21 s',
      'K-level 1',
    ]);
    expect(found('Needs help with washing and dressing; 6 months of rehab so far.')).toEqual([
      'Needs help with washing',
      '6 months of rehab',
    ]);
    expect(
      found('Camina 15 metros con andador, usa silla de ruedas para salir y necesita ayuda para vestirse.'),
    ).toEqual(['Camina 15 metros con andador', 'usa silla de ruedas para salir', 'necesita ayuda para vestirse']);
  });

  it('reads smoking, drinking, a body mass index and a weight lost', () => {
    expect(found('Smokes 20 a day, about 30 units of alcohol a week, BMI 36.2, has lost 9 kg since spring.')).toEqual(
      expect.arrayContaining([
        'Smokes 20 a day',
        '30 units of alcohol a week',
        'BMI 36.2',
        'has lost 9 kg since spring',
      ]),
    );
    expect(found('Fuma 12 cigarrillos al día, bebe tres cervezas por noche; IMC de 17,9; ha perdido 6 kilos.')).toEqual(
      expect.arrayContaining(['Fuma 12 cigarrillos al día', 'IMC de 17,9', 'ha perdido 6 kilos']),
    );
  });

  it('reads hospital stays and admissions', () => {
    expect(found('She had four admissions in the last year and 11 days in intensive care.')).toEqual([
      'four admissions in the last year',
      '11 days in intensive care',
    ]);
    expect(found('Estuvo 5 días de internación y tuvo dos ingresos hospitalarios en 2025.')).toEqual(
      expect.arrayContaining(['5 días de internación', 'dos ingresos hospitalarios en 2025']),
    );
  });

  it('reads what an illness stops and the absence it caused', () => {
    expect(found("I can't drive because of the seizures.")).toEqual(["can't drive because of the seizures"]);
    expect(found('No puedo trabajar por el dolor de espalda.')).toEqual(['No puedo trabajar por el dolor']);
    expect(found('Priya was off school for 6 days after an asthma attack.')).toEqual([
      'off school for 6 days after an asthma attack',
    ]);
    expect(found('Faltó 4 días a clase por la gripe.')).toEqual(['Faltó 4 días a clase por la gripe']);
  });

  it('finds them in the engine when the text is about someone', () => {
    const text =
      'Hi, I need to fill in my dad’s care assessment. He walks about 20 metres with two sticks, smokes 10 a day ' +
      'and had three admissions this year. Can you help me word section 4?';
    const spans = medical(text);
    expect(spans).toContain('walks about 20 metres with two sticks');
    expect(spans).toContain('smokes 10 a day');
    expect(spans).toContain('three admissions this year');
  });
});

describe('admissions to a unit, daily tasks and stitches', () => {
  it('reads them in English and Spanish', () => {
    expect(found('My brother was admitted to the acute psychiatric unit; he cannot do up his buttons.')).toEqual([
      'admitted to the acute psychiatric unit',
      'cannot do up his buttons',
    ]);
    expect(found('Mi madre ingresó en la unidad de ictus; no puede abrocharse. Le dieron 4 puntos de sutura.')).toEqual(
      expect.arrayContaining(['ingresó en la unidad', 'no puede abrocharse', '4 puntos de sutura']),
    );
    expect(found('He needed 6 stitches in his scalp.')).toEqual(['6 stitches in his scalp']);
  });

  it('leaves the bar, a lease, a deposit and a score alone', () => {
    expect(found('She was admitted to the bar in 2019. The shop can’t get out of the lease.')).toEqual([]);
    expect(found('Ingresó en la cuenta 300 euros. He scored 6 points in the game.')).toEqual([]);
  });
});

describe('their look-alikes', () => {
  it('leaves thresholds, policies and teaching text alone', () => {
    expect(found('Patients with a BMI over 40 are eligible for referral.')).toEqual([]);
    expect(found('If you are over 24 weeks pregnant, do not fly without a letter.')).toEqual([]);
    expect(found('Las mujeres que fuman 10 cigarrillos al día tienen más riesgo.')).toEqual([]);
    expect(found('The policy covers up to 12 sessions of physiotherapy a year.')).toEqual([]);
    expect(found('An MRI can show soft tissue better than an X-ray.')).toEqual([]);
    expect(found('Studies showed that a CT scan revealed more nodules in smokers.')).toEqual([]);
  });

  it('leaves sales, income, logistics and school counts alone', () => {
    expect(unanchored('We sold 40 units a week in November.')).toEqual([]);
    expect(found('Este año tuve 3 ingresos extra por ventas.')).toEqual([]);
    expect(found('We had two deliveries this morning from the depot.')).toEqual([]);
    expect(found('Our school had 300 admissions this year.')).toEqual([]);
    expect(found('I can’t work because of the strike.')).toEqual([]);
    expect(found('No puedo trabajar por la caída del sistema.')).toEqual([]);
    expect(found('El análisis de datos mostró un aumento de ventas.')).toEqual([]);
    expect(found('Te paso el receptor del pago: RE: positivo el saldo.')).toEqual([]);
  });

  it('needs a person: a record, a relative, a pronoun or another finding near it', () => {
    expect(unanchored('Walks 50 m with a frame.')).toEqual([]);
    expect(unanchored('She walks 50 m with a frame.')).toEqual(['walks 50 m with a frame']);
    expect(unanchored('Lo de mi abuela: camina con andador.')).toEqual(['camina con andador']);
  });

  it('leaves an animal’s record and a blank template alone', () => {
    expect(found('Vet note: Biscuit walks 10 m with a limp; 3 days in hospital.')).toEqual([]);
    expect(found('BMI: ____   Weeks pregnant: __   Cigarettes per day: ___')).toEqual([]);
  });
});
