import { z } from 'zod';
import { LABELS } from '../types.js';
import { VALIDATORS } from '../validators/index.js';

const example = z.union([z.string(), z.object({ text: z.string(), value: z.string() }).strict()]);

export const contextSchema = z
  .object({
    /** Words looked at on each side of the match. */
    window: z.number().int().min(1).max(30).default(6),
    /** Added to the score when a context word or phrase is present. */
    boost: z.number().min(0).max(1).default(0.15),
    /** Where the cue must be: labels precede their values, so most required cues look only before. */
    side: z.enum(['before', 'both']).default('both'),
    /** Drop the match when no context word is present (account numbers, passports, bare dates). */
    required: z.boolean().default(false),
    /** Whole words or phrases per language; matched case- and accent-insensitively, never as substrings. */
    words: z.record(z.string(), z.array(z.string().min(1))).default({}),
    /**
     * Cues that say more than the others (DOB before a date): when one is present the finding takes this
     * type and score, so one rule serves both tiers instead of running its patterns twice.
     */
    strong: z
      .object({
        type: z.string().regex(/^[A-Z0-9_]+$/),
        score: z.number().min(0).max(1),
        words: z.record(z.string(), z.array(z.string().min(1))),
      })
      .strict()
      .optional(),
    /**
     * Cues of the whole text: when at least `min` different ones occur anywhere in it (a clinical record, a
     * patient file), every match counts as cued. Single words only, so the test is one shared scan.
     */
    document: z
      .object({
        min: z.number().int().min(1).max(10).default(2),
        words: z.record(z.string(), z.array(z.string().regex(/^[\p{L}\p{N}\p{M}]+$/u, 'one word'))),
      })
      .strict()
      .optional(),
    /**
     * Cues read only in the header cell of the value's column in a pasted table ("doc_no", "Nº documento"), and
     * only when another cell of that header row names a person's own field (`row`: nationality, birth date,
     * guest): words too vague to count in prose or in a ledger's columns.
     */
    column: z
      .object({
        words: z.record(z.string(), z.array(z.string().min(1))),
        row: z.record(z.string(), z.array(z.string().min(1))),
      })
      .strict()
      .optional(),
    /**
     * Words that say the number is something else (order, invoice, SKU, ref): one of them among the `window`
     * words before the match cancels it, unless a cue word stands in that same short stretch.
     */
    veto: z
      .object({
        window: z.number().int().min(1).max(10).default(3),
        words: z.record(z.string(), z.array(z.string().min(1))),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case id: letters, digits, ., _ and -'),
    label: z.enum(LABELS),
    type: z.string().regex(/^[A-Z0-9_]+$/, 'upper-case type such as VISA or ES_DNI'),
    /** JavaScript regular expressions (u flag only when they use \p{...}); a named group `v` marks the value inside. */
    patterns: z.array(z.string().min(1)).min(1),
    case_insensitive: z.boolean().default(false),
    validator: z
      .string()
      .refine((name) => name in VALIDATORS, {
        message: `unknown validator; known: ${Object.keys(VALIDATORS).join(', ')}`,
      })
      .optional(),
    score: z.number().min(0).max(1),
    /** Tie-break between overlapping findings of equal score; defaults to 2 with a validator, else 1. */
    specificity: z.number().int().min(0).max(9).optional(),
    /**
     * On a failed validation, retry the sub-ranges of the match cut at separators, so digit groups that run
     * into neighbouring numbers ("ref 12 4111 1111 1111 1111") are still found.
     */
    shrink: z.boolean().default(false),
    context: contextSchema.optional(),
    /**
     * Case-insensitive regex that must occur somewhere in the text for the rule to run at all; a cheap skip
     * for rules whose patterns are costly but hinge on a keyword (password, secret, dot).
     */
    prefilter: z.string().min(1).optional(),
    examples: z.object({ match: z.array(example).min(1), no_match: z.array(example).default([]) }).strict(),
  })
  .strict();

export const packSchema = z.object({ description: z.string().optional(), rules: z.array(ruleSchema).min(1) }).strict();

export type RuleSpec = z.infer<typeof ruleSchema>;
export type PackSpec = z.infer<typeof packSchema>;
