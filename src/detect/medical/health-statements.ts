import type { Finding } from '../types.js';
import { compileGateScan, type GateReader } from './gate-scan.js';
import { LookbehindFirstSearch, sentenceBefore } from './gated-search.js';

/**
 * Statements about someone's health that hold no term of the lists, read by kind, in English and Spanish:
 *
 *   results        "the MRI in June revealed a partial tear of the tendon", "la ecografía mostró un quiste de 3 cm",
 *                  "bloods came back normal"; a pathology report's wording: "receptores de estrógenos positivos
 *                  (80 %)", "HER2 negative (score 1+)", "Ki-67 12 %", "margins clear by 4 mm", "grado histológico
 *                  2", "no se identifica invasión perineural"
 *   orders         "TAC de tórax con contraste", "RMN de hombro izquierdo", "MRI of the cervical spine with contrast"
 *   obstetrics     "31 weeks pregnant", "embarazo de 18 semanas", "está de 26 semanas", "two previous caesareans",
 *                  "3 partos vaginales", "fetal heartbeat seen", "latido fetal presente", "third cycle of IVF"
 *   function       "walks 30 m with a rollator", "camina 15 metros con andador", "uses a wheelchair", "usa silla
 *                  de ruedas", "TUG 21 s", "K-level 3", "needs help with washing and dressing", "necesita ayuda para
 *                  vestirse", "5 months of rehab", "8 semanas de fisioterapia"
 *   habits         "smokes 20 a day", "fuma 12 cigarrillos al día", "about 30 units a week", "BMI 36.2", "IMC de
 *                  17,9", "has lost 9 kg since spring", "ha perdido 6 kilos"
 *   hospital use   "four admissions in the last year", "11 days in intensive care", "5 días de internación",
 *                  "dos ingresos este año", "ingresado 12 días"
 *   impact         "can't work because of the pain", "no puedo manejar por el dolor", "off school for 6 days after
 *                  an asthma attack", "faltó 4 días a clase por la gripe"
 *
 * The caller reads these only in a text about someone (a record, a named or addressed person, a first-person
 * account). A teaching text, a policy or a leaflet uses the same words as a rule or a threshold ("if you are over 24
 * weeks pregnant", "patients with a BMI over 40", "las mujeres embarazadas de 12 semanas"): the words of the value's
 * sentence before it veto it, and a template's blank field has no value to read.
 */

/** Words before a value, in its sentence, that make it a rule, a threshold, a hypothesis or a population's. */
const NOT_SOMEONES =
  /\b(?:if|whether|unless|can be|could be|should|must|eligible|eligibility|criteria|criterion|threshold|cut-?off|minimum|maximum|at least|up to|above|below|more than|less than|greater than|per cent|percent|average|mean|median|typically|usually|generally|patients with|people (?:who|with)|women (?:who|with)|anyone|those who|who are|covers?|covered|coverage|policy|guidance|guideline|e\.g\.|for example|such as|study|trial|research|survey|si|cuando|puede[ns]?|podr[ií]a|deber[ií]a|debe[ns]?|requisito|criterios?|umbral|m[ií]nimo|m[aá]ximo|al menos|hasta|m[aá]s de|menos de|mayor(?:es)? de|menor(?:es)? de|promedio|media|mediana|suele|suelen|generalmente|normalmente|pacientes (?:con|que)|personas (?:con|que)|mujeres (?:con|que)|quien|quienes|los que|las que|(?:an?|any|every|each) (?:patient|person|man|woman|child|adult|smoker|individual) who|cubre|cubren|cobertura|p[oó]liza|gu[ií]a|protocolo|por ejemplo)\b|\d\s?%\s(?:of|de|del)\b|[<>≥≤]/i;
/** English modal verbs, read case sensitively: "May" is a month. */
const MODAL = /\b(?:may|might)\b/;
/** The same without the words a result's own sentence uses ("more than", "%", "como"): for results and panels. */
const NOT_A_RESULT =
  /\b(?:if|whether|unless|can|could|should|must|typically|usually|generally|often|study|studies|trial|research|survey|patients with|people with|si|cuando|puede[ns]?|podr[ií]a|deber[ií]a|suele|suelen|generalmente|normalmente|estudios?|ensayo|pacientes con|por ejemplo|for example|e\.g\.|such as|how to|what to|c[oó]mo se|qu[eé] es)\b/i;
/** Words right after a value that make it a bound ("BMI 40 or above", "IMC 30 o más"). */
const BOUND_AFTER =
  /^[ \t]*(?:or (?:more|above|greater|higher|over|less|below|lower|under)|and (?:above|over)|\+(?!\d)|o (?:m[aá]s|mayor|superior|menos|inferior)|(?:is|are) (?:the |a )?(?:cut-?off|threshold|required|eligible))\b/i;
/** Where a sentence or a list item ends, looking back from a value. */
const SENTENCE_BACK = /(?:[.;!?¿¡]|\n)(?=[^.;!?¿¡\n]*$)/;

const NUM_EN = String.raw`(?:\d{1,3}(?:[.,]\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|a few|a couple of|multiple|repeated)`;
const NUM_ES = String.raw`(?:\d{1,3}(?:[.,]\d)?|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|varios|varias|m[uú]ltiples|repetidos|repetidas)`;
const ORD_EN = `(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)`;
const ORD_ES = `(?:primer|primera|segund[oa]|tercer|tercera|cuart[oa]|quint[oa]|[1-6][ºª°oa])`;
const DET_EN = String.raw`(?:(?:the|a|an|his|her|my|their|our|your|this|that|one|two)\s)`;
const DET_ES = String.raw`(?:(?:el|la|los|las|un|una|su|sus|mi|mis|tu|este|esta|dos)\s)`;

/** A medical test or an image, as a report or a person names it. */
const TEST_EN = String.raw`(?:MRI(?:\sscan)?|MRA|MRCP|CT(?:\s(?:scan|angiogram|head|chest|abdomen))?|CTPA|CAT\sscan|PET(?:-CT)?(?:\sscan)?|X-?rays?|x-?rays?|ultrasound(?:\sscan)?|(?:\d{1,2}-week|dating|anomaly|growth|pregnancy|bone|DEXA|DXA|thyroid|renal|pelvic)\sscan|echo(?:cardiogram)?|ECG|EKG|EEG|EMG|nerve conduction (?:studies|study|tests?)|biopsy|bloods|blood (?:tests?|work|results)|bloodwork|urine (?:test|culture|sample)|swab|smear|mammogram|colonoscopy|endoscopy|gastroscopy|cystoscopy|angiogram|angiography|arthroscopy|bone marrow|lumbar puncture|sleep study|spirometry|Holter(?:\smonitor)?|stress test|pathology|histology|cytology|genetic test(?:ing)?)`;
const TEST_ES = String.raw`(?:RMN?|RNM|resonancia(?:\smagn[eé]tica)?|TAC|tomograf[ií]a(?:\scomputada|\scomputarizada|\saxial)?|ecograf[ií]a|ecodoppler|eco-?doppler|ecocardiograma|ecocardio|la eco|radiograf[ií]a|placa de t[oó]rax|Rx|mamograf[ií]a|biopsia|punci[oó]n|anal[ií]tica|an[aá]lisis\s(?:de\s(?:sangre|orina|heces)|cl[ií]nicos)|hemograma|electrocardiograma|ECG|EEG|electroencefalograma|electromiograf[ií]a|electromiograma|EMG|gammagraf[ií]a|densitometr[ií]a|colonoscop[ií]a|endoscop[ií]a|gastroscop[ií]a|PET(?:-TC)?|citolog[ií]a|Papanicolaou|PAP|holter|espirometr[ií]a|polisomnograf[ií]a|angiograf[ií]a|artroscopia|urocultivo|hemocultivo|cultivo de (?:orina|esputo|exudado|heces)|anatom[ií]a patol[oó]gica|patolog[ií]a)`;
const BODY_ES = String.raw`(?:columna(?:\s(?:lumbar|cervical|dorsal|lumbosacra|dorsolumbar|completa|total))?|rodilla|hombro|cadera|codo|mu[ñn]eca|tobillo|pie|mano|abdomen|t[oó]rax|cr[aá]neo|cerebro|cerebral|pelvis|mama|mamas|cuello|senos paranasales|h[ií]gado|pr[oó]stata|tiroides|ri[ñn][oó]n|ri[ñn]ones|coraz[oó]n|pulm[oó]n|pulmones|o[ií]do|[oó]rbitas?|hipófisis|silla turca|abdominal|renal|tiroidea|cervical|lumbar|lumbosacra|dorsal|pulmonar|card[ií]aca|hep[aá]tica|transvaginal|obst[eé]trica|p[eé]lvica|de partes blandas|partes blandas|sacroil[ií]acas?|hombros|rodillas|caderas)(?:\s(?:derech[oa]|izquierd[oa]|bilateral|dcha\.?|izq\.?))?`;
const BODY_EN = String.raw`(?:(?:the|her|his|my|their)\s)?(?:(?:left|right|both|lower|upper|whole)\s)?(?:(?:lumbar|cervical|thoracic|lumbosacral|whole)\s)?(?:spine|knee|knees|shoulder|hip|hips|elbow|wrist|ankle|foot|hand|abdomen|chest|head|brain|pelvis|breast|breasts|neck|sinuses|liver|prostate|thyroid|kidneys?|heart|lungs?|abdomen and pelvis|internal auditory meati|pituitary)`;
const CONTRAST = String.raw`(?:\s(?:con|sin)\s(?:contraste|gadolinio|medio de contraste|contraste (?:ev|iv|endovenoso|intravenoso)))?`;

/** Health causes of not doing something or of an absence. */
const CAUSE_EN = `(?:pain|back|knee|hip|neck|shoulder|injury|injuries|fracture|seizures?|fits|fatigue|exhaustion|dizziness|vertigo|anxiety|depression|panic attacks?|treatment|chemo(?:therapy)?|radiotherapy|medication|meds|surgery|operation|illness|symptoms|migraines?|headaches?|eyesight|breathlessness|breathing|asthma(?: attack)?|tremor|hernia|infection|flu|fever|concussion|stroke|heart attack|blackouts?|sciatica|arthritis|tumou?r|cancer|pregnancy|morning sickness|a seizure cluster|a chest infection|pneumonia|appendicitis|an operation|a hospital stay|hospital)`;
const CAUSE_ES = `(?:dolor(?:es)?|espalda|rodilla|cadera|hombro|cuello|lesi[oó]n|lesiones|fractura|convulsiones|cansancio|fatiga|mareos?|v[eé]rtigos?|ansiedad|depresi[oó]n|ataques de p[aá]nico|tratamiento|quimio(?:terapia)?|radioterapia|medicaci[oó]n|pastillas|cirug[ií]a|operaci[oó]n|enfermedad|s[ií]ntomas|migra[ñn]as?|jaquecas?|vista|visi[oó]n|ahogo|asma|temblor(?:es)?|hernia|infecci[oó]n|gripe|fiebre|conmoci[oó]n|ictus|infarto|diagn[oó]stico|ci[aá]tica|artritis|artrosis|tumor|c[aá]ncer|embarazo|n[aá]useas|neumon[ií]a|apendicitis|una operaci[oó]n|un ingreso|internaci[oó]n|hospitalizaci[oó]n|el accidente)`;
/** What a person says they cannot do. */
const ACTIVITY_EN = `(?:drive|work|sleep|walk|lift|stand|sit|climb|cook|concentrate|read|type|go out|leave the house|do (?:my|his|her|their) job|look after|dress|shower|wash|play|train|study|focus|kneel|bend|run|carry|use (?:my|his|her) (?:hand|arm)|go to (?:work|school|college))`;
const ACTIVITY_ES = `(?:trabajar|manejar|conducir|dormir|caminar|andar|levantar|estar de pie|sentarme|sentarse|subir escaleras|cocinar|concentrarme|concentrarse|leer|escribir|salir(?: de casa)?|vestirme|vestirse|ducharme|ducharse|jugar|entrenar|estudiar|agacharme|agacharse|correr|cargar|ir a (?:trabajar|clase|la escuela|la facultad|la oficina))`;

interface Family {
  /** One of these substrings is in the text, or the family is not searched. */
  gate: readonly string[];
  pattern: RegExp;
  type: string;
  /** Results and panels: their sentence's own words ("more than", "%") do not veto them. */
  result?: boolean;
  /** A further test of the whole text (a pathology or imaging word for a bare panel or "no se identifica"). */
  text?: (text: string) => boolean;
  /** Words of the statement's sentence that make it another kind of count (a school's admissions). */
  veto?: RegExp;
}

/** A text that reads a tissue or an image: what makes "margins clear" or "no se identifica ..." a finding. */
const PATHOLOGY_TEXT =
  /biops|patol[oó]g|patholog|histolog|histol[oó]g|carcinoma|tumou?r|neoplas|ganglio|lymph node|HER-?2|Ki-?67|mastectom|tumorectom|lumpectom|escisi[oó]n|excision|resecci[oó]n|resection|espécimen|specimen|pieza quir/i;

const FAMILIES: readonly Family[] = [
  {
    // An English test's result: "the MRI in June revealed a partial tear", "bloods came back normal".
    gate: [
      'showed',
      'revealed',
      'confirmed',
      'demonstrated',
      'detected',
      'picked up',
      'consistent with',
      'came back',
      'ruled out',
      'identified',
      'found',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])${TEST_EN}(?:\s[\p{L}\p{N}'’/-]+){0,4}?\s(?:showed|revealed|confirmed|demonstrated|detected|picked up|identified|found|ruled out|(?:was|were|is|are) (?:consistent|compatible) with|came back(?:\s(?:as\s)?(?:positive|negative|clear|normal|abnormal|raised|high|low|borderline|inconclusive))?)\s[^.;\n]{3,90}`,
      'giu',
    ),
    type: 'CONDITION',
    result: true,
  },
  {
    // A Spanish test's result: "la ecografía mostró un quiste", "la RM evidencia una rotura", "el TAC salió normal".
    gate: [
      'mostró',
      'mostro',
      'muestra',
      'evidenció',
      'evidencia',
      'reveló',
      'confirmó',
      'confirma ',
      'demostró',
      'informó',
      'informa ',
      'detectó',
      'descartó',
      'objetivó',
      'objetiva',
      'compatible con',
      'salió',
      'dio positiv',
      'dio negativ',
      'se vio',
      'se ve ',
      'se observ',
      'se aprecia',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])${TEST_ES}(?:\s[\p{L}\p{N}'’/-]+){0,4}?\s(?:mostr[oó]|muestra|evidenci[oó]|evidencia|revel[oó]|confirm[oó]|confirma|demostr[oó]|inform[oó]|informa|detect[oó]|descart[oó]|objetiv[oó]|objetiva|(?:fue|es|era|result[oó]|sali[oó])\s(?:compatible con|normal|positiv[oa]|negativ[oa]|alterad[oa]|patol[oó]gic[oa])|sali[oó]\s(?:bien|mal|limpi[oa])|dio\s(?:positivo|negativo)|se\s(?:vio|ve|observ[oó]|observa|observan|apreci[oó]|aprecia|aprecian|identific[oó]|identifica))\s[^.;\n]{3,90}`,
      'giu',
    ),
    type: 'CONDITION',
    result: true,
  },
  {
    // A tumour's receptor panel: "receptores de estrógenos positivos (80 %)", "HER2 negative (score 1+)", "Ki-67 12 %".
    gate: [
      'HER2',
      'HER-2',
      'HER 2',
      'Ki-67',
      'Ki67',
      'KI-67',
      'Ki 67',
      'MIB',
      'ER ',
      'PR ',
      'RE ',
      'RP ',
      'receptor',
      'RE:',
      'ER:',
      'RE+',
      'ER+',
    ],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:ER|PR|PgR|RE|RP|RH|RO)\s?(?::\s?)?(?:(?:positiv[oe]s?|negativ[oe]s?)(?:\s\(?\d{1,3}\s?%\)?)?|\+(?![\p{N}])|\(?\d{1,3}\s?%\)?|Allred\s\d)|receptor(?:es)?\s(?:de\s)?(?:estr[oó]genos?|progesterona|hormonales)(?:\s\(R[EP]\))?\s?:?\s?(?:positiv[oa]s?|negativ[oa]s?|\(?\d{1,3}\s?%\)?)(?:\s\(?\d{1,3}\s?%\)?)?|(?:o?estrogen|progesterone|hormone)\sreceptors?(?:\s\([EP]R\))?\s?:?\s?(?:positive|negative|\(?\d{1,3}\s?%\)?)(?:\s\(?\d{1,3}\s?%\)?)?|HER-?2(?:\/neu)?\s?:?\s?(?:(?:positiv[oe]|negativ[oe]|equ[ií]voc[oa]l?|amplified|not amplified|no amplificado|amplificado|low|bajo)(?:\s\(?(?:score\s|puntuaci[oó]n\s)?[0-3]\+?\)?)?|\(?(?:score\s|puntuaci[oó]n\s)?[0-3]\+\)?)|(?:Ki-?67|MIB-?1)\s?(?::|=|de|del|of)?\s?(?:\d{1,3}(?:[.,]\d)?\s?%|bajo|alto|low|high))(?![\p{L}\p{N}])/giu,
    type: 'LAB_RESULT',
    result: true,
    text: (t) => PATHOLOGY_TEXT.test(t),
  },
  {
    // A tumour's grade and margins: "grado histológico 2", "Gleason 3+4", "margins clear by 4 mm", "márgenes libres".
    gate: ['grad', 'Grad', 'GRAD', 'Gleason', 'ISUP', 'margin', 'Margin', 'márgen', 'margen', 'Márgen', 'Margen'],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:histological|histologic|nuclear|Nottingham|tumou?r|Bloom[- ]Richardson|combined|Fuhrman|WHO|FIGO|ISUP)\sgrade\s?:?\s?(?:[1-4]|I{1,3}V?|one|two|three)(?:\s?\/\s?3)?|grado\s(?:histol[oó]gico|nuclear|de Nottingham|tumoral|combinado|ISUP|de Fuhrman|FIGO|de diferenciaci[oó]n)\s?:?\s?(?:[1-4]|I{1,3}V?)(?:\s?\/\s?3)?|Gleason\s(?:score\s|puntuaci[oó]n\s)?(?:de\s)?(?:\d\s?\+\s?\d(?:\s?=\s?\d{1,2})?|[6-9]|10)|(?:(?:surgical|resection|deep|radial|lateral|peripheral|all)\s)?margins?\s(?:(?:are|were|was|is)\s)?(?:clear|free|involved|positive|negative|close|uninvolved|not involved)(?:\s(?:by|at)\s\d{1,2}(?:[.,]\d)?\s?mm)?|m[aá]rgen(?:es)?\s(?:quir[uú]rgicos?\s|de resecci[oó]n\s|profundos?\s|laterales\s)?(?:libres?|afectos?|afectados?|comprometidos?|positivos?|negativos?|pr[oó]ximos?|no comprometidos?|no afectos?)(?:\s(?:de|a|por)\s\d{1,2}(?:[.,]\d)?\s?mm)?)(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
    result: true,
    text: (t) => PATHOLOGY_TEXT.test(t),
  },
  {
    // A report's (non-)finding: "no se identifica invasión linfovascular", "lymphovascular invasion not identified".
    gate: ['identifica', 'Identifica', 'se observa', 'Se observa', 'evidencian', 'invasi', 'Invasi', 'invasion'],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:no\s)?se\s(?:identifica|identifican|observa|observan|evidencia|evidencian|reconoce|reconocen)\s[^.;\n]{3,80}|(?:lympho-?vascular|perineural|vascular|angiolymphatic|lymphatic)\sinvasion\s(?:is\s|was\s)?(?:not\s)?(?:identified|seen|present|absent)|invasi[oó]n\s(?:linfovascular|perineural|vascular|angiolinf[aá]tica|linf[aá]tica)\s(?:presente|ausente|no identificada|identificada|positiva|negativa|no evidenciada))/giu,
    type: 'CONDITION',
    result: true,
    text: (t) => PATHOLOGY_TEXT.test(t) || /ecograf|resonancia|\bRMN?\b|\bTAC\b|radiograf|mamograf/i.test(t),
  },
  {
    // An imaging order: "RNM de columna lumbar con contraste", "TAC de tórax", "MRI of the lumbar spine with contrast".
    gate: [
      'RM',
      'RNM',
      'TAC',
      'TC ',
      'resonancia',
      'Resonancia',
      'ecograf',
      'Ecograf',
      'radiograf',
      'Radiograf',
      'Rx',
      'MRI',
      'CT ',
      'X-ray',
      'x-ray',
      'ultrasound',
      'Ultrasound',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:RMN?|RNM|resonancia(?:\smagn[eé]tica)?|TAC|TC|tomograf[ií]a(?:\scomputada|\scomputarizada)?|ecograf[ií]a|radiograf[ií]a|Rx|gammagraf[ií]a|mamograf[ií]a|densitometr[ií]a)\s(?:de|del)\s(?:la\s|el\s|los\s|las\s|ambas\s|ambos\s)?${BODY_ES}${CONTRAST}|(?:MRI|MRA|CT|X-?ray|x-?ray|ultrasound|bone scan|DEXA scan)(?:\sscan)?\s(?:of\s)?${BODY_EN}(?:\s(?:with|without)\s(?:IV\s)?(?:contrast|gadolinium))?)(?![\p{L}\p{N}])`,
      'gu',
    ),
    type: 'PROCEDURE',
  },
  {
    // A pregnancy's term: "31 weeks pregnant", "embarazo de 18 semanas", "está de 26 semanas", "24+3 weeks".
    gate: [
      'pregnant',
      'gestation',
      'embarazo',
      'embarazada',
      'encinta',
      'gestación',
      'gestacion',
      'SDG',
      'SG ',
      'stá de ',
      'stoy de ',
      'staba de ',
      '+0 w',
      '+1 w',
      '+2 w',
      '+3 w',
      '+4 w',
      '+5 w',
      '+6 w',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:${NUM_EN}(?:\+\d)?\s?(?:weeks?|wks?)(?:\s(?:and\s)?\d\sdays?)?\s(?:pregnant|gestation|of pregnancy|into (?:the|her|my) pregnancy)|(?:pregnant|gestation)\s(?:with\s[\p{L}]+\s)?(?:at\s)?(?:${NUM_EN}(?:\+\d)?)\s?(?:weeks?|wks?)|\d{1,2}\+[0-6]\s?(?:weeks|wks|w)(?:'|’)?(?:\sgestation)?|(?:embarazo|gestaci[oó]n|embarazada|encinta|cursando (?:un\s)?embarazo)\s(?:de\s)?(?:unas\s|casi\s|m[aá]s de\s)?${NUM_ES}(?:\+\d)?\s(?:semanas|SG|SDG|sem\.?)(?:\sy\s\d\sd[ií]as)?|(?:est[aá]|estoy|estaba|estaban)\s(?:ya\s)?de\s(?:unas\s|casi\s)?\d{1,2}\ssemanas|${NUM_ES}(?:\+\d)?\s?(?:SDG|SG|semanas de (?:gestaci[oó]n|embarazo|amenorrea)))(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // Deliveries, losses and fertility care: "two previous caesareans", "3 partos vaginales", "third cycle of IVF".
    gate: [
      'deliveries',
      'births',
      'caesarean',
      'cesarean',
      'c-section',
      'C-section',
      'miscarriage',
      'stillbirth',
      'ectopic',
      'losses',
      'terminations',
      'partos',
      'cesárea',
      'cesarea',
      'aborto',
      'mortinato',
      'ectópico',
      'IVF',
      'FIV',
      'ICSI',
      'IUI',
      'fetal',
      'heartbeat',
      'FHR',
      'FCF',
      'LCF',
      'latido',
      'embryo',
      'embrión',
      'embrion',
      'gravida',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:${NUM_EN}\s(?:(?:previous|prior|uncomplicated|normal|spontaneous|assisted|instrumental|forceps|term|preterm|emergency|elective|early|late|first-trimester|consecutive|vaginal)\s){1,3}(?:deliveries|births|losses|pregnancy losses|terminations)|${NUM_EN}\s(?:(?:previous|prior|uncomplicated|emergency|elective|early|late|first-trimester|consecutive|recurrent)\s){0,2}(?:c-?sections|caesareans?|cesareans?|caesarean sections|miscarriages|pregnancy losses|stillbirths|ectopics?|ectopic pregnancies)|${NUM_ES}\s(?:partos|ces[aá]reas|abortos(?:\sespont[aá]neos)?|p[eé]rdidas gestacionales|embarazos ect[oó]picos|mortinatos)(?:\s(?:previ[oa]s|vaginales|eut[oó]cicos|normales|espont[aá]neos|anteriores|instrumentados))*|(?:${ORD_EN}|${NUM_EN})\s(?:rounds?|cycles?|attempts?)\sof\s(?:IVF|ICSI|fertility treatment|egg freezing|IUI)|(?:IVF|ICSI|IUI)\s(?:cycles?|rounds?|attempts?)(?:\s(?:#|no\.?\s)?\d)?|(?:${ORD_ES}|${NUM_ES})\s(?:ciclos?|intentos?|tratamientos?)\s(?:de\s)?(?:FIV|ICSI|fecundaci[oó]n in vitro|inseminaci[oó]n(?:\sartificial)?|reproducci[oó]n asistida)|(?:fetal heart(?:beat| rate| activity)?|baby'?s heartbeat|FHR)(?:\s(?:was\s|is\s)?(?:seen|heard|present|detected|absent|confirmed|\d{2,3}\s?(?:bpm|lpm)))?|(?:latidos?\sfetal(?:es)?|latido\scard[ií]aco\sfetal|actividad card[ií]aca fetal|FCF|LCF)(?:\s(?:positivos?|presentes?|negativos?|ausentes?|\d{2,3}\s?(?:lpm|x\s?min)))?|gravida\s\d{1,2},?\s?para\s\d{1,2}|(?:embryo|embri[oó]n|embriones)\s(?:transfer|transferred|transferencia|transferidos?)|transferencia\s(?:de\s)?embrio(?:naria|nes))(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // Walking and aids: "walks 30 m with a rollator", "camina 15 metros con andador", "uses a wheelchair".
    gate: [
      'walks',
      'can walk',
      'able to walk',
      'mobilis',
      'mobiliz',
      'mobile ',
      'ambulat',
      'manages ',
      'wheelchair',
      'rollator',
      'zimmer',
      'walking frame',
      'walking stick',
      'scooter',
      'stairlift',
      'hoist',
      'commode',
      'catheter',
      'pads',
      'camina',
      'anda ',
      'deambula',
      'silla de ruedas',
      'andador',
      'bastón',
      'muletas',
      'caminador',
      'pañal',
      'grúa',
      'sonda',
      'oxígeno',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:walks|can walk|able to walk|mobilises|mobilizes|mobilising|mobilizing|mobile|ambulates|ambulating|manages)\s(?:(?:about|around|approx\.?|approximately|up to|only|no more than|less than|independently|slowly|short distances|indoors|outdoors)\s){0,2}(?:~\s?)?(?:\d{1,4}\s?(?:m|metres|meters|yards|yds|feet|ft|steps)(?:\s(?:indoors|outdoors|on the flat))?(?:\s(?:with|using)\s${DET_EN}?(?:(?:walking|quad|elbow|wheeled|4-wheeled|single|pair of)\s)?(?:sticks?|canes?|frames?|zimmer(?:\sframe)?|walkers?|rollator|crutch(?:es)?|tripod|assistance|help|supervision|prosthesis))?|(?:with|using)\s${DET_EN}?(?:(?:walking|quad|elbow|wheeled|4-wheeled|single|pair of)\s)?(?:sticks?|canes?|frames?|zimmer(?:\sframe)?|walkers?|rollator|crutch(?:es)?|tripod|prosthesis))|(?:uses|using|needs|relies on|requires|dependent on|confined to|in)\s(?:an?\s|his\s|her\s|their\s|my\s)?(?:(?:electric|manual|powered|self-propelled)\s)?(?:wheelchair|walking frame|zimmer frame|rollator|mobility scooter|stairlift|hoist|commode|catheter|walking stick|crutches|continence pads|incontinence pads|pads at night)(?:\s(?:outdoors|indoors|outside|upstairs|downstairs|at night|for long distances|full-time|all the time|most of the time))?|wheelchair[- ]user|(?:camina|anda|deambula|caminaba)\s(?:(?:unos|apenas|solo|s[oó]lo|m[aá]ximo|como|con dificultad|despacio)\s){0,2}(?:\d{1,4}\s?(?:m|metros|pasos|cuadras)(?:\s(?:con|usando)\s${DET_ES}?(?:bast[oó]n|bastones|andador|muletas?|caminador|ayuda|apoyo|pr[oó]tesis))?|(?:con|usando)\s${DET_ES}?(?:bast[oó]n|bastones|andador|muletas?|caminador|ayuda de (?:una persona|terceros|otra persona)|pr[oó]tesis))|(?:usa|utiliza|necesita|depende de|va en|lleva|requiere)\s(?:una?\s|su\s)?(?:silla de ruedas|andador|bast[oó]n|muletas|caminador|scooter|gr[uú]a|pa[ñn]al(?:es)?|sonda vesical|oxígeno(?:\sdomiciliario)?)(?:\s(?:para salir|fuera de casa|en casa|de noche|por la noche|siempre|a tiempo completo))?)(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // A functional test or class: "TUG 21 s", "Timed Up and Go 17 seconds", "K-level 3", "nivel K2".
    gate: ['TUG', 'Timed Up', 'timed up', 'K-level', 'K level', 'K-Level', 'nivel K', 'MFCL'],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:TUG|[Tt]imed [Uu]p(?:[- ]and[- ]|\s&\s)[Gg]o)(?:\s(?:test|score|time))?(?:\s(?:of|was|is|de|fue|en))?\s?[:=]?\s?\d{1,3}(?:[.,]\d{1,2})?\s?(?:s|secs?|seconds|seg|segundos|")|(?:K-?level|K level|K-Level|nivel K|MFCL)\s?:?\s?K?[0-4]|nivel\sK[0-4])(?![\p{L}\p{N}])/gu,
    type: 'CONDITION',
  },
  {
    // Help with daily living: "needs help with washing and dressing", "necesita ayuda para vestirse".
    gate: [
      'help with',
      'help to',
      'help for',
      'help when',
      'assistance',
      'prompting',
      'prompts',
      'supervision',
      'carers',
      'ayuda para',
      'ayuda en',
      'ayuda con',
      'ayuda de',
      'asistencia',
      'supervisión',
      'supervision',
      'apoyo para',
      'apoyo en',
    ],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:needs|requires|needing|requiring|required|relies on)\s(?:(?:some|a lot of|full|daily|constant|physical|verbal|hands-on|one|two|the)\s){0,2}(?:help|assistance|support|prompting|prompts|supervision|carers?)\s(?:of\s(?:one|two|2|1)\s)?(?:with|to|for|when)\s(?:(?:his|her|their|my|all|personal|daily)\s)?(?:washing|bathing|showering|dressing|undressing|toileting|eating|feeding|transfers?|getting (?:in and out of|out of|into) (?:bed|the bath|the shower)|stairs|personal care|medication|meds|continence|mobilising|mobility|walking|get dressed|wash|shower|dress|eat|stand|walk)|(?:necesita|requiere|precisa|depende de|con)\s(?:(?:mucha|algo de|toda la|una|dos|la)\s)?(?:ayuda|asistencia|supervisi[oó]n|apoyo)\s(?:(?:de|total|parcial|f[ií]sica)\s)?(?:(?:otra persona|terceros|una persona|dos personas)\s)?(?:para|en|con)\s(?:el\s|la\s|las\s|los\s)?(?:ducharse|ducharla|ducharlo|bañarse|bañarla|bañarlo|vestirse|vestirla|vestirlo|asearse|el aseo|aseo|comer|alimentarse|ir al baño|el baño|las transferencias|transferencias|levantarse|acostarse|caminar|deambular|la higiene|higiene|tomar la medicaci[oó]n|la medicaci[oó]n|las comidas|subir escaleras|las actividades de la vida diaria|las ABVD|ABVD|AVD))(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // Rehabilitation's length: "5 months of rehab", "nine months' rehab", "8 semanas de fisioterapia".
    gate: [
      'rehab',
      'Rehab',
      'physio',
      'Physio',
      'recovery',
      'hydrotherapy',
      'fisioterapia',
      'Fisioterapia',
      'kinesio',
      'Kinesio',
      'rehabilitaci',
      'Rehabilitaci',
      'recuperaci',
      'kine',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:${NUM_EN}\s(?:more\s|further\s)?(?:days?|weeks?|months?|sessions?)(?:'|’)?s?\s(?:of\s)?(?:intensive\s|outpatient\s|inpatient\s)?(?:rehab(?:ilitation)?|physio(?:therapy)?|hydrotherapy|recovery|occupational therapy|OT)|(?:rehab(?:ilitation)?|physio(?:therapy)?|recovery)\s(?:of|for|lasting|over)\s(?:about\s|around\s)?${NUM_EN}\s(?:weeks?|months?)|${NUM_ES}\s(?:d[ií]as|semanas|meses|sesiones)\s(?:m[aá]s\s)?de\s(?:rehabilitaci[oó]n|fisioterapia|kinesiolog[ií]a|kinesio|kine|recuperaci[oó]n|terapia ocupacional|hidroterapia|fisio)|(?:rehabilitaci[oó]n|fisioterapia|kinesiolog[ií]a|recuperaci[oó]n)\s(?:de|durante|por)\s(?:unos\s|casi\s)?${NUM_ES}\s(?:semanas|meses))(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'PROCEDURE',
  },
  {
    // Smoking and drinking: "smokes 20 a day", "fuma 12 cigarrillos al día", "about 30 units a week".
    gate: [
      'smok',
      'Smok',
      'cigar',
      'Cigar',
      'fuma',
      'Fuma',
      'pack-year',
      'pack year',
      'paquetes',
      'units',
      'unidades',
      'UBE',
      'cervezas',
      'copas',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:smokes?|smoked|smoking|smoker of)\s(?:(?:about|around|roughly|up to|approx\.?|approximately|over)\s)?(?:~\s?)?(?:\d{1,2}(?:[-–]\d{1,2})?|half a|one|two|three|five|ten|twenty|a)\s?(?:\/\s?(?:day|d|week)|(?:cigarettes|cigs|roll-?ups|cigars|packs?|packets?|a day|per day|daily|a week)(?:\s(?:a|per)\s(?:day|week))?)|${NUM_EN}\s(?:cigarettes|cigs|roll-?ups)\s(?:a|per)\s(?:day|week)|\d{1,3}(?:[.,]\d)?\s?pack[- ]years?|(?:fuma|fumaba|fumador[a]? de)\s(?:(?:unos|unas|como|alrededor de|m[aá]s de|hasta)\s)?${NUM_ES}\s(?:cigarrillos|cigarros|pitillos|paquetes?|porros)(?:\s(?:al|por|a la|cada)\s(?:d[ií]a|semana))?|${NUM_ES}\s(?:cigarrillos|cigarros|paquetes?)\s(?:al|por|diarios)(?:\s(?:d[ií]a|semana))?|\d{1,3}(?:[.,]\d)?\s(?:paquetes[- ]a[ñn]o|paq\/a[ñn]o)|(?:drinks|drinking|drank|drinker of)\s(?:(?:about|around|roughly|up to|approx\.?|over)\s)?\d{1,3}\s(?:units|pints|glasses of wine|bottles of wine|cans)(?:\s(?:of\s(?:alcohol|beer|wine))?)?(?:\s(?:a|per)\s(?:day|week|night))?|\d{1,3}\s(?:alcohol units|units of alcohol)(?:\s?(?:a|per|\/)\s?(?:week|wk|day))?|(?:bebe|beb[ií]a|toma|tomaba)\s(?:(?:unas|unos|como|m[aá]s de)\s)?${NUM_ES}\s(?:(?:cervezas|copas)(?:\sde\s(?:vino|cerveza|alcohol|whisky|licor))?|(?:vasos|latas|botellas|unidades)\sde\s(?:vino|cerveza|alcohol|whisky|licor))(?:\s(?:al|por|cada)\s(?:d[ií]a|semana|noche))?|\d{1,3}\s(?:unidades\sde\s(?:alcohol|bebida est[aá]ndar)|UBE)(?:\s(?:al|por|a la)\s(?:d[ií]a|semana))?)(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // A body mass index and a weight lost: "BMI 36.2", "IMC de 17,9", "has lost 9 kg since spring".
    gate: [
      'BMI',
      'IMC',
      'body mass',
      'Body mass',
      'masa corporal',
      'lost',
      'perdi',
      'bajó',
      'bajado',
      'weight loss',
      'pérdida de peso',
    ],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:BMI|IMC|[Bb]ody [Mm]ass [Ii]ndex|[ií]ndice de masa corporal)(?:\s(?:of|is|was|at|de|es|era|fue|actual|at screening|today|hoy))*\s?[:=]?\s?(?:~\s?)?[1-6]\d(?:[.,]\d{1,2})?(?:\s?kg\/m(?:2|²))?|(?:has lost|have lost|had lost|lost|losing|ha perdido|he perdido|perdi[oó]|perd[ií]|ha bajado|baj[oó]|bajé)\s(?:(?:about|around|almost|nearly|over|unos|unas|casi|m[aá]s de)\s)?\d{1,2}(?:[.,]\d)?\s?(?:kg|kilos|kilograms|lbs?|pounds|stone|st)(?:\s(?:in|over|since|en|desde)\s[^.;,\n]{2,25})?|(?:weight loss|p[eé]rdida de peso)\s(?:of|de)\s(?:about\s|unos\s)?\d{1,2}(?:[.,]\d)?\s?(?:kg|kilos|lbs?|pounds|stone))(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // Hospital use: "four admissions in the last year", "11 days in intensive care", "5 días de internación".
    gate: [
      'ingresó',
      'readmitted',
      'admissions',
      'admitted',
      'hospitalis',
      'hospitaliz',
      'hospital stays',
      'in hospital',
      'in intensive',
      'in ICU',
      'in the ICU',
      'in HDU',
      'in ITU',
      'in critical',
      'in CCU',
      'in NICU',
      'in SCBU',
      'in PICU',
      'on the ward',
      'in rehab',
      'A&E',
      'ER visits',
      'ED visits',
      'ED attendances',
      'exacerbations',
      'ingreso',
      'ingresad',
      'internac',
      'internad',
      'internamiento',
      'hospitalizac',
      'hospitalizad',
      'reingreso',
      'urgencias',
      'UCI',
      'UTI',
      'terapia intensiva',
      'cuidados intensivos',
      'en planta',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:${NUM_EN}\s(?:(?:more|further|previous|prior|recent|unplanned|emergency|hospital|inpatient|psychiatric|separate)\s){0,2}(?:admissions?|hospitali[sz]ations?|hospital stays|A&E (?:visits|attendances)|ER visits|ED (?:visits|attendances)|exacerbations)(?:\s(?:for|with|due to)\s[\p{L}-]+(?:\s[\p{L}-]+)?)?(?:\s(?:this|last|in the (?:last|past)|over the (?:last|past))\s(?:\d{1,2}\s|two\s|three\s|six\s|twelve\s)?(?:years?|months?|winter|spring|summer|autumn))?|${NUM_EN}\s(?:days?|nights?|weeks?)\s(?:in|on)\s(?:(?:the|an?)\s)?(?:hospital|ICU|intensive care|HDU|high dependency|ITU|critical care|CCU|NICU|SCBU|PICU|the ward|a ward|a psychiatric (?:unit|ward)|rehab)|(?:admitted|hospitali[sz]ed)\s(?:to\s(?:hospital|ICU|intensive care|HDU|the ward)\s)?for\s${NUM_EN}\s(?:days?|nights?|weeks?)|(?:admitted|readmitted)\s(?:to|into)\s(?:the\s|a\s|an\s)?(?:[\p{L}'’-]+\s){0,4}?(?:hospital|unit|ward|ICU|HDU|ITU|infirmary|hospice)|(?:ingres[oó]|ingresad[oa]|internad[oa]|qued[oó] internad[oa])\sen\s(?:el\s|la\s|un\s|una\s)?(?:[\p{L}]+\s){0,4}?(?:hospital|unidad|planta|UCI|UTI|sanatorio|cl[ií]nica|psiqui[aá]trico)|${NUM_ES}\s(?:d[ií]as|noches|semanas|meses)\s(?:de\s)?(?:hospitalizaci[oó]n|internaci[oó]n|ingreso|internamiento|internad[oa]|ingresad[oa]|hospitalizad[oa]|en\s(?:la\s|el\s)?(?:UCI|UTI|terapia intensiva|cuidados intensivos|el hospital|hospital|planta|urgencias|la cl[ií]nica|neonatolog[ií]a))|${NUM_ES}\s(?:(?:nuevos|previos|recientes)\s)?(?:ingresos\s(?:hospitalarios|en\s(?:el\s|la\s)?(?:hospital|UCI|UTI|planta|psiquiatr[ií]a|urgencias)|por\s(?:urgencias|descompensaci[oó]n|exacerbaci[oó]n|reagudizaci[oó]n|neumon[ií]a|insuficiencia|infecci[oó]n|crisis\s(?:asm[aá]tica|epil[eé]ptica|de))|(?:este|el [uú]ltimo|en el [uú]ltimo)\sa[ñn]o\spor)|hospitalizaciones|internaciones|internamientos|reingresos|visitas a urgencias|consultas a urgencias)(?:\s(?:por|en|este|el|durante)\s[^.;,\n]{2,30}?(?=[.;,\n]|\sy\s|$))?|(?:ingresad[oa]|internad[oa]|hospitalizad[oa])\s(?:en\s(?:la\s|el\s)?(?:UCI|UTI|terapia intensiva|cuidados intensivos|hospital|planta)\s)?(?:durante\s)?${NUM_ES}\s(?:d[ií]as|noches|semanas))(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
    veto: /school|college|universit|student|pupil|museum|ticket|course|colegio|escuela|universidad|alumn|museo|entradas|matr[ií]cula|curso/i,
  },
  {
    // Daily tasks someone cannot do: "cannot do up her buttons", "can't reach his feet", "no puede abrocharse".
    gate: ["can't", 'can’t', 'cannot', 'unable to', 'struggles to', 'no puede', 'no logra', 'le cuesta'],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:can(?:no|'|’)t|cannot|unable to|struggles to)\s(?:do (?:up )?(?:(?:her|his|my|their) )?buttons|reach (?:her|his|my|their) feet|cut up (?:her|his|my|their) (?:food|meat)|get (?:in|out) of (?:the )?(?:bath|bed|shower)|climb (?:the )?stairs|manage (?:the )?stairs|wash (?:her|his|my|their) hair|tie (?:her|his|my|their) shoelaces)|(?:no puede|no logra|le cuesta)\s(?:abrocharse(?: los botones)?|atarse los cordones|subir (?:las )?escaleras|levantarse de la cama|entrar (?:en|a) la (?:ducha|ba[ñn]era)|lavarse el pelo|cortar la comida))(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // Stitches a wound needed: "needed 6 stitches", "4 puntos de sutura".
    gate: ['stitches', 'sutures', 'staples', 'puntos de sutura', 'puntos en'],
    pattern:
      /(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:\d{1,2}|two|three|four|five|six|eight|ten|dos|tres|cuatro|cinco|seis|ocho|diez)\s(?:stitches|sutures|staples|puntos de sutura|puntos en (?:la|el) [\p{L}]+)(?:\s(?:in|on|to|en)\s(?:(?:her|his|my|the|la|el|su)\s)?[\p{L}]+)?(?![\p{L}\p{N}])/giu,
    type: 'CONDITION',
  },
  {
    // What an illness stops: "can't work because of the pain", "no puedo manejar por el dolor".
    gate: [
      "can't",
      'can’t',
      'cannot',
      'can not',
      "couldn't",
      'couldn’t',
      'unable',
      'not able',
      'had to stop',
      'had to give up',
      'no puedo',
      'No puedo',
      'no puede',
      'No puede',
      'no podía',
      'no pudo',
      'no pude',
      'sin poder',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:can(?:no|'|’)t|can not|couldn(?:'|’)t|could not|unable to|not able to|had to (?:stop|give up))\s(?:(?:really|properly|even|safely|currently|still)\s)?${ACTIVITY_EN}(?:\s[\p{L}'’]+){0,4}?\s(?:because of|due to|owing to|from|with|since)\s(?:(?:the|my|his|her|their|this|that|a|an|constant|chronic)\s)?(?:[\p{L}-]+\s)?${CAUSE_EN}|(?:no\s(?:puedo|puede|pueden|pod[ií]a|pude|pudo)|sin poder)\s(?:(?:ni|casi|bien|siquiera)\s)?${ACTIVITY_ES}(?:\s[\p{L}]+){0,4}?\s(?:por|debido a|a causa de|con|desde)\s(?:(?:el|la|los|las|mi|mis|su|sus|un|una|este|esta|tanto)\s)?(?:[\p{L}]+\s)?${CAUSE_ES})(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
  {
    // An absence an illness caused: "off school for 6 days after an asthma attack", "faltó 4 días por la gripe".
    gate: [
      'absent',
      'off school',
      'off work',
      'off sick',
      'off nursery',
      'off college',
      'missed',
      'away from',
      'faltó',
      'falto',
      'ha faltado',
      'falta ',
      'faltaba',
      'ausente',
    ],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}£$€]|\p{N}[.,])(?:(?:absent|off(?:\s(?:school|work|sick))?|missed|away from (?:school|work))\s(?:(?:from\s)?(?:school|work|class|nursery|college)\s)?(?:for\s)?(?:(?:about|around|nearly|over|almost)\s)?${NUM_EN}\s(?:school\s|working\s|work\s)?(?:days?|weeks?|months?|sessions|lessons)(?:\s(?:of\s(?:school|work|term)|in term \d|this term|last term|last month|this year))?\s(?:after|with|due to|because of|following|recovering from)\s(?:(?:the|a|an|his|her|their|my)\s)?(?:[\p{L}-]+\s)?${CAUSE_EN}|(?:falt[oó]|ha faltado|falta|faltaba|estuvo ausente|ausente)\s(?:(?:a\s(?:clase|clases|la escuela|el colegio|la escuela)|al\s(?:colegio|trabajo|jard[ií]n|instituto))\s)?(?:durante\s|unos\s|casi\s|m[aá]s de\s)?${NUM_ES}\s(?:d[ií]as|semanas|meses)(?:\s(?:de\s|a\s|al\s)?(?:clase|clases|colegio|trabajo|la escuela|el colegio))?\s(?:por|tras|debido a|despu[eé]s de|a causa de|con)\s(?:(?:el|la|los|las|su|sus|un|una|mi)\s)?(?:[\p{L}]+\s)?${CAUSE_ES})(?![\p{L}\p{N}])`,
      'giu',
    ),
    type: 'CONDITION',
  },
];

/** Each family's pattern, searched with its opening lookbehind checked after the rest (gated-search.ts). */
const SEARCHES = FAMILIES.map((f) => new LookbehindFirstSearch(f.pattern));

/**
 * The families' gates, matched as written at the longest at a place (gate-scan.ts): a lower-case gate as written,
 * capitalised and in capitals, one with capitals only as written. The medical detector scans them with the other
 * readers' gates.
 */
export const HEALTH_STATEMENT_GATES: GateReader = {
  families: FAMILIES.map((f) =>
    f.gate.flatMap((gate) =>
      gate === gate.toLowerCase() ? [gate, gate[0]!.toUpperCase() + gate.slice(1), gate.toUpperCase()] : [gate],
    ),
  ),
  matching: 'longest',
};
const ownGates = compileGateScan([HEALTH_STATEMENT_GATES]);

/** How far before a gate a family's statement is looked for (a test's name before "showed"), and after it. */
const BEFORE_GATE = 100;
const AFTER_GATE = 160;

/**
 * The stretches of text around each family's gates (the scan's matches: start, end and families of each), merged
 * where they overlap. A family without gates in the text has none and is not searched; one with gates is searched
 * only near them.
 */
function windowsOf(text: string, gates: readonly number[]): Array<number[] | undefined> {
  const windows: Array<number[] | undefined> = [];
  for (let g = 0; g < gates.length; g += 3) {
    const from = Math.max(0, gates[g]! - BEFORE_GATE);
    const to = Math.min(text.length, gates[g + 1]! + AFTER_GATE);
    const mask = gates[g + 2]!;
    for (let k = 0; k < FAMILIES.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const list = windows[k] ?? [];
      windows[k] = list;
      // Pairs of [from, to); a window that overlaps the last one extends it.
      if (list.length > 0 && from <= list[list.length - 1]!) list[list.length - 1] = to;
      else list.push(from, to);
    }
  }
  return windows;
}

/**
 * A relative, a partner, a client or a patient of the writer's, anywhere in the text ("my dad's application", "lo
 * de mi suegra"): a leaflet or a textbook does not speak of one; what the text says of a walk or a smoker is theirs.
 */
const RELATIVE =
  /\b(?:(?:my|our|his|her)\s(?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|grandmother|grandfather|granny|grandma|grandad|grandpa|nan|brother|sister|aunt|uncle|child|baby|boy|girl|father-in-law|mother-in-law|fianc[eé]e?|client|patient)|(?:mi|mis|nuestr[oa]|su)\s(?:espos[oa]|marido|mujer|pareja|hij[oa]|madre|padre|mam[aá]|pap[aá]|abuel[oa]|herman[oa]|suegr[oa]|t[ií][oa]|beb[eé]|nene|nena|paciente|cliente|novi[oa]))\b/i;
/** The writer or one person named by a pronoun in a statement's own sentence ("I'm 31 weeks", "he smokes 20 a day"). */
const PRONOUN =
  /(?<![\p{L}'’])(?:I|I'm|I’m|I've|I’ve|my|My|he|He|she|She|his|His|her|Her|him|mi|Mi|mis|Mis|estoy|Estoy|tengo|Tengo|tuve|Tuve|me|Me)(?![\p{L}'’])/u;

/**
 * Whether another health finding stands in the statement's sentence, from its start to 80 characters after the
 * statement ("Lwazi has epilepsy, and was absent 9 days after a seizure"): the person it is about is the statement's.
 */
function healthNear(found: readonly Finding[], from: number, to: number): boolean {
  for (const f of found) if (f.label === 'MEDICAL' && f.end > from && f.start < to + 80) return true;
  return false;
}

/** The writer's own voice anywhere in the text ("my GP asked me", "mi médica"), or a relative of theirs. */
export function personalVoice(text: string): boolean {
  return RELATIVE.test(text) || /(?<![\p{L}'’])(?:I|I'm|I’m|I've|I’ve|my|My|mi|Mi|mis|Mis)(?![\p{L}'’])/u.test(text);
}

/** Whether a health finding covers part of [start, end). */
function overlaps(findings: readonly Finding[], start: number, end: number): boolean {
  for (const f of findings) if (f.label === 'MEDICAL' && f.start < end && f.end > start) return true;
  return false;
}

/** A vet's or an animal clinic's text. */
const VETERINARY = /\b(?:vets?|veterinary|veterinarian|veterinari[oa]s?|mascotas?)\b/i;

/** The health statements of text (see the module's comment), one finding per statement. */
export function healthStatements(
  text: string,
  detector: string,
  aboutSomeone: () => boolean = () => true,
  found: readonly Finding[] = [],
  /** Where the families' gates are in text (a scan of HEALTH_STATEMENT_GATES), when the caller has scanned them. */
  gates = ownGates(text).matches[0]!,
): Finding[] {
  const out: Finding[] = [];
  const windows = windowsOf(text, gates);
  if (windows.length === 0) return out;
  // An animal's record: its owner's words are no one's health. Asked at the first statement the words around it
  // allow (most windows hold none, and a search of the whole text would be paid for nothing).
  let veterinary: boolean | undefined;
  // A record or a text about someone, or a relative of the writer's; else each statement needs its own pronoun.
  let someone: boolean | undefined;
  for (let k = 0; k < FAMILIES.length; k++) {
    const stretches = windows[k];
    if (!stretches) continue;
    const family = FAMILIES[k]!;
    if (family.text && !family.text(text)) continue;
    const re = SEARCHES[k]!;
    for (let w = 0; w < stretches.length; w += 2) {
      const at = stretches[w]!;
      const part = text.slice(at, stretches[w + 1]!);
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const start = at + m.index;
        // A stretch cut inside a word: its first match there is a piece of that word.
        if (m.index === 0 && at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
        const end = start + m[0].replace(/[\s,:]+$/, '').length;
        const before = sentenceBefore(text, start, SENTENCE_BACK);
        if ((family.result ? NOT_A_RESULT : NOT_SOMEONES).test(before) || MODAL.test(before)) continue;
        if (BOUND_AFTER.test(text.slice(end, end + 40))) continue;
        if (family.veto?.test(before + text.slice(start, end))) continue;
        veterinary ??= VETERINARY.test(text);
        if (veterinary) return [];
        someone ??= aboutSomeone() || RELATIVE.test(text);
        if (
          !someone &&
          !PRONOUN.test(before + text.slice(start, end)) &&
          !healthNear(found, start - before.length, end)
        )
          continue;
        // What the term lists or another reading found there already stands; the statement adds only new ground.
        if (overlaps(found, start, end) || overlaps(out, start, end)) continue;
        out.push({ start, end, label: 'MEDICAL', type: family.type, score: 0.8, detector });
      }
    }
  }
  return out;
}
