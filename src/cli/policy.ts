import { ConfigError, loadConfig, type VeilConfig } from '../config/load.js';
import type { PolicyConfig } from '../config/schema.js';
import type { TextDetector } from '../detect/types.js';
import type { Segment } from '../pipeline/segments.js';
import { decide, ruleFor } from '../policy/decide.js';
import { describePolicy, imagesSentence } from '../policy/describe.js';
import type { Plan, SegmentFinding } from '../policy/plan.js';
import { applyPlan } from '../redact/apply-plan.js';
import { parseCommandArgs } from './args.js';

export const summary = 'check team policies (check), or show what a policy does to a prompt (explain --team T)';

const USAGE = `veil policy check [--rules DIR]
       veil policy explain --team TEAM [--images N] [--tool-definition] [--rules DIR] < prompt.txt`;

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values } = parseCommandArgs(
    rest,
    {
      rules: { type: 'string' },
      team: { type: 'string' },
      images: { type: 'string' },
      'tool-definition': { type: 'boolean' },
    },
    USAGE,
  );
  const rulesDir = typeof values.rules === 'string' ? values.rules : (process.env.VEIL_RULES ?? './rules');
  if (sub !== 'check' && sub !== 'explain') {
    process.stderr.write(`usage: ${USAGE}\n`);
    return 2;
  }
  let config: VeilConfig;
  try {
    config = loadConfig(rulesDir);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`veil policy: ${err.message}\n`);
    return 1;
  }
  if (sub === 'check') return check(config);
  if (typeof values.team !== 'string') {
    process.stderr.write(`veil policy explain: --team is required\nusage: ${USAGE}\n`);
    return 2;
  }
  // The prompt on stdin is text; --images N says the request would also carry N image parts.
  const images = values.images === undefined ? 0 : Number(values.images);
  if (!Number.isInteger(images) || images < 0) {
    process.stderr.write(`veil policy explain: --images must be a whole number\nusage: ${USAGE}\n`);
    return 2;
  }
  // --tool-definition: the text is a tool or schema description (a developer's, sent with every request).
  const definition = values['tool-definition'] === true;
  return explain(config, values.team, await readStdin(), rulesDir, images, definition);
}

function check(config: VeilConfig): number {
  const out: string[] = [`${config.policies.size} policies valid in ${config.rulesDir}/policies`, ''];
  for (const policy of config.policies.values()) {
    out.push(`== ${policy.team}`);
    for (const line of describePolicy(policy)) out.push(`   ${line}`);
    out.push('');
  }
  for (const warning of config.warnings) out.push(`warning: ${warning}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('reading the prompt from stdin (end with Ctrl-D)...\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The detector, loaded only here so `veil policy check` never pays for the rule packs and NLP models. */
async function loadDetector(rulesDir: string): Promise<TextDetector> {
  const { createDetector } = await import('../detect/engine.js');
  return createDetector({ rulesDir });
}

export async function explain(
  config: VeilConfig,
  team: string,
  prompt: string,
  rulesDir: string,
  images: number,
  definition = false,
): Promise<number> {
  const own = config.policies.get(team);
  const policy = own ?? (config.policies.get('default') as PolicyConfig);
  const detector = await loadDetector(rulesDir);
  const segments: Segment[] = [
    definition
      ? { path: ['tools', 0, 'function', 'description'], kind: 'tool_definition', text: prompt }
      : { path: ['messages', 0, 'content'], kind: 'message', role: 'user', text: prompt },
  ];
  const findings: SegmentFinding[] = detector.detect(prompt).map((f) => ({ ...f, segment: 0 }));
  const plan = decide(policy, findings, images, definition ? new Set([0]) : undefined);
  const out = explainPlan(plan, policy, prompt, findings.length, own === undefined ? team : undefined, definition);
  if (plan.route === 'cloud' && plan.mode === 'enforce') {
    const { texts, placeholders } = applyPlan(segments, plan, { team: policy.team, format: 'openai-chat' });
    out.push('', `What the cloud would receive (${placeholders} pseudonyms, restored in the answer):`, '');
    out.push(texts[0] ?? '');
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** The explanation without any value: a finding is shown by kind, place and length only. */
export function explainPlan(
  plan: Plan,
  policy: PolicyConfig,
  prompt: string,
  detected: number,
  unknownTeam?: string,
  definition = false,
): string[] {
  const out: string[] = [];
  if (unknownTeam) out.push(`Team "${unknownTeam}" has no policy file: the default policy applies.`);
  if (definition) out.push('Read as: a tool or schema definition (--tool-definition)');
  out.push(`Policy: ${policy.team} (${policy.mode} mode)`);
  out.push(`Route:  ${plan.route}`);
  out.push(`Why:    ${plan.reason}`);
  const ignored = detected - plan.items.length;
  out.push(
    '',
    `Findings: ${plan.items.length}${ignored > 0 ? ` (${ignored} more below the minimum score, ignored)` : ''}`,
  );
  if (plan.images)
    out.push(`  images   IMAGE        ${plan.images.count} image part(s), not inspected  → ${plan.images.action}`);
  let exempted = 0;
  for (const { finding, action } of plan.items) {
    const [line, column] = lineAndColumn(prompt, finding.start);
    const size = finding.end - finding.start;
    // decide() allows a finding a 'local' rule would keep in the building when it stands in a definition.
    const notLocal =
      definition && action === 'allow' && ruleFor(policy, finding.label, finding.type).action === 'local';
    if (notLocal) exempted++;
    out.push(
      `  ${`${line}:${column}`.padEnd(8)} ${finding.label.padEnd(12)} ${finding.type.padEnd(20)} ` +
        `score ${finding.score.toFixed(2)}  → ${action.padEnd(12)} [masked, ${size} chars] (${finding.detector})` +
        (notLocal ? '  (local rule: not applied to a definition)' : ''),
    );
  }
  if (exempted > 0) {
    out.push(
      '',
      `In a tool or schema definition a 'local' rule does not apply: a developer writes it once for every user, so it describes a capability, not someone's case. ${exempted} finding(s) above are allowed and recorded; every other rule (block, pseudonymize, mask) applies as in a message.`,
    );
  }
  const keptLocal = plan.items.filter((i) => i.action === 'local').length;
  if (!definition && keptLocal > 0) {
    out.push(
      '',
      `In a tool or schema definition (tools[].description, a parameter's description, enum or default...) the same text would not be kept local: a 'local' rule does not apply to definitions (${keptLocal} finding(s) here). See --tool-definition.`,
    );
  }
  out.push('', imagesSentence(policy.images));
  if (plan.route === 'blocked') out.push('', 'Nothing would be sent: the client gets a 403 that names these kinds.');
  if (plan.route === 'local') {
    const target = policy.local.target ?? '(none configured: the client would get a 503)';
    out.push('', `The whole prompt would go unchanged to the local target ${target}, never to the cloud.`);
  }
  if (plan.mode === 'monitor')
    out.push('', 'Monitor mode: the prompt would be forwarded unchanged and the findings recorded.');
  return out;
}

function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - before.lastIndexOf('\n')];
}
