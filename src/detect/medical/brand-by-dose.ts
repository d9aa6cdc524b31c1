import type { Token } from '../nlp/tokenize.js';
import { frequencyAt, numberEnd, STRENGTH_UNITS, spelledCountEnd } from './dose.js';

/**
 * A drug by a brand no vocabulary lists, told by what surrounds it in a prescription or a pharmacy message: a
 * capitalised word right before a dose with its unit ("Quelvora 5 mg", "Brintex 75 mcg") or before a dosage form
 * ("Brintex inhaler", "jarabe" after it). Only in a text with a prescription, pharmacy or medication cue: elsewhere
 * "Model 5 ml" or "Lisbon 5 ml" is a product.
 */

const DOSAGE_FORMS = new Set(['inhaler', 'inhalador', 'puffer', 'syrup', 'jarabe', 'drops', 'gotas', 'suppositories']);
// Words of a prescription, a refill or a pharmacy chat: one anywhere makes a dosed brand a drug.
const PHARMACY_CUES = new Set([
  'prescription',
  'prescriptions',
  'prescribed',
  'pharmacy',
  'pharmacist',
  'chemist',
  'refill',
  'refills',
  'dispense',
  'dispensed',
  'medication',
  'medications',
  'meds',
  'tablet',
  'tablets',
  'capsules',
  'receta',
  'recetas',
  'recetado',
  'recetada',
  'farmacia',
  'farmacéutico',
  'farmacéutica',
  'medicación',
  'medicamento',
  'medicamentos',
  'comprimido',
  'comprimidos',
  'pastillas',
  'cápsula',
  'cápsulas',
  'capsule',
  'posología',
]);
// Capitalised words that come before a dose without naming a drug ("Take 5 mg", "Dosis 10 mg", "Max 40 mg").
const NOT_BRANDS = new Set([
  'take',
  'takes',
  'give',
  'add',
  'increase',
  'reduce',
  'max',
  'maximum',
  'total',
  'dose',
  'daily',
  'then',
  'plus',
  'start',
  'stop',
  'tomar',
  'tome',
  'toma',
  'dosis',
  'aumentar',
  'reducir',
  'máximo',
  'luego',
  'día',
  'noche',
  'mañana',
]);
const MIN_BRAND = 4;

export function hasPharmacyCue(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && PHARMACY_CUES.has(t.key)) return true;
  return false;
}

/** Whether tokens[i] is a capitalised word before a dose with its unit or a dosage form (cue checked by the caller). */
export function brandShapeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.cap || t.text.length < MIN_BRAND) return false;
  // What follows is asked first: nearly every capitalised word is followed by a word that is no dosage form.
  const next = tokens[i + 1];
  if (next === undefined || next.lineStart || next.start === t.end) return false;
  // "Dovanza one tablet daily": a count of tablets spelt out, then how often, is a dose too.
  const counted = next.kind === 'word' && spelledCountEnd(tokens, i + 1) > 0 && frequencyAt(tokens, i + 3);
  if (next.kind === 'word' && !counted && !DOSAGE_FORMS.has(next.key)) return false;
  if (NOT_BRANDS.has(t.key)) return false;
  // "HbA1c", "COVID19": a glued digit or an all-capitals word is a code, not a brand.
  if (t.text === t.text.toUpperCase() || /\d/.test(t.text)) return false;
  if (next.kind === 'word') return true;
  // "0.4 mg", "2,5 mg": the tokenizer splits a decimal number at its mark.
  const numberLast = numberEnd(tokens, i + 1);
  if (numberLast < 0) return false;
  const u = numberLast + 1;
  const unit = tokens[u];
  if (unit === undefined || unit.kind !== 'word' || unit.lineStart || !STRENGTH_UNITS.has(unit.key)) return false;
  // "5 mg" or "5mg/ml", not "5 mgx": the unit ends there.
  const after = tokens[u + 1];
  return after === undefined || after.start !== unit.end || after.kind === 'punct';
}
