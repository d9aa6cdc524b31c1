import { z } from 'zod';
import { LABELS } from '../detect/types.js';
import { limitsSchema } from '../limits/config.js';
import { ACTIONS } from '../policy/plan.js';

const ms = z.number().int().positive();

export const upstreamSchema = z
  .object({
    /** Wire format the upstream speaks. */
    format: z.enum(['openai', 'anthropic']),
    /** local: a server inside the company network (llama.cpp server, Ollama, LM Studio, vLLM); counts as local for policy. */
    kind: z.enum(['cloud', 'local']).default('cloud'),
    base_url: z.string().min(1),
    /** `${ENV_VAR}` reference; never a literal key in YAML. */
    api_key: z
      .string()
      .refine((v) => /^\$\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\}$/.test(v), {
        message: 'must be an environment reference such as ${OPENAI_API_KEY}, never the key itself',
      })
      .optional(),
    /** Extra headers sent upstream (values may use ${ENV}). */
    headers: z.record(z.string(), z.string()).default({}),
    timeouts: z
      .object({ connect_ms: ms.default(5_000), first_byte_ms: ms.default(120_000), total_ms: ms.default(600_000) })
      .strict()
      .default({ connect_ms: 5_000, first_byte_ms: 120_000, total_ms: 600_000 }),
    /** Connections kept open to the upstream. */
    connections: z.number().int().positive().default(128),
  })
  .strict();

export const upstreamsFileSchema = z.object({ upstreams: z.record(z.string(), upstreamSchema) }).strict();

const actionSchema = z.enum(ACTIONS);
const actionRuleSchema = z.union([
  actionSchema,
  z.object({ action: actionSchema, min_score: z.number().min(0).max(1).optional() }).strict(),
]);

export const policySchema = z
  .object({
    /** Team name; also the name keys are bound to. */
    team: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _'),
    description: z.string().optional(),
    mode: z.enum(['enforce', 'monitor']).default('enforce'),
    /** Upstream names from upstreams.yaml, per wire format. */
    upstreams: z.object({ openai: z.string().optional(), anthropic: z.string().optional() }).strict().default({}),
    /** gateway: Veil injects the upstream's key; client: the client's own `x-provider-key` is forwarded. */
    provider_key: z.enum(['gateway', 'client']).default('gateway'),
    /** Model names clients may ask for (`*` wildcards). */
    models: z.array(z.string()).default(['*']),
    /** Findings below this score are ignored unless a rule sets its own. */
    min_score: z.number().min(0).max(1).default(0.5),
    /** Action per label; labels not listed are allowed. */
    actions: z.partialRecord(z.enum(LABELS), actionRuleSchema).default({}),
    /** Action per fine type (ES_DNI, PRIVATE_KEY, ...); wins over the label's. */
    types: z.record(z.string(), actionRuleSchema).default({}),
    /** Image parts (no text to inspect): allow forwards them, block refuses the request, local keeps it on the local model. */
    images: z.enum(['allow', 'block', 'local']).default('allow'),
    /** pseudonyms: typed placeholders such as <PERSON_1>; surrogates: realistic fake values. */
    pseudonyms: z.enum(['placeholders', 'surrogates']).default('placeholders'),
    /** Rate and shape limits for this team's keys and the team; unset fields take the VEIL_LIMIT_* defaults. */
    limits: limitsSchema.optional(),
    inspection: z
      .object({ timeout_ms: ms.default(1_000), max_chars: z.number().int().positive().default(1_000_000) })
      .strict()
      .default({ timeout_ms: 1_000, max_chars: 1_000_000 }),
    local: z
      .object({
        /** Name of a local target (a model from models.yaml, or an upstream inside the company network). */
        target: z.string().optional(),
        /** May a request the policy sends local ever go to the cloud? */
        allow_cloud: z.boolean().default(false),
        /** Answer from the local target when the cloud upstream fails. */
        fallback: z.boolean().default(false),
        /** Requested cloud model -> local model used for fallback. */
        model_map: z.record(z.string(), z.string()).default({}),
      })
      .strict()
      .default({ allow_cloud: false, fallback: false, model_map: {} }),
    audit: z
      .object({
        /** When the audit log cannot be written: stop serving (closed) or serve and log the failure (open). */
        on_failure: z.enum(['closed', 'open']).default('closed'),
      })
      .strict()
      .default({ on_failure: 'closed' }),
  })
  .strict();

export type UpstreamConfig = z.infer<typeof upstreamSchema>;
export type PolicyConfig = z.infer<typeof policySchema>;
export type ActionRule = z.infer<typeof actionRuleSchema>;
