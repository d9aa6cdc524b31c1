import type { ActionRule, PolicyConfig } from '../config/schema.js';
import type { Label } from '../detect/types.js';
import { type Action, imageWords, type Plan, type PlannedFinding, type Route, type SegmentFinding } from './plan.js';
import { labelWords } from './words.js';

interface ResolvedRule {
  action: Action;
  minScore: number;
}

/**
 * The rule for one finding: a rule for its fine type wins over the rule for its label (so a policy can
 * pseudonymize SECRET in general yet block PRIVATE_KEY), and a label without any rule is allowed.
 */
export function ruleFor(policy: PolicyConfig, label: Label, type: string): ResolvedRule {
  const rule: ActionRule | undefined = policy.types[type] ?? policy.actions[label];
  if (rule === undefined) return { action: 'allow', minScore: policy.min_score };
  if (typeof rule === 'string') return { action: rule, minScore: policy.min_score };
  return { action: rule.action, minScore: rule.min_score ?? policy.min_score };
}

/**
 * Turns findings into a plan. Findings below their rule's minimum score are left out of the plan
 * entirely: they are not treated as sensitive, so they are neither acted on nor counted.
 *
 * Enforce mode: any block blocks the request; otherwise any local sends the whole request to the local
 * target; otherwise it goes to the cloud with mask/pseudonymize applied. Monitor mode always routes to the
 * cloud unchanged, but keeps the actions enforce would have taken, so the audit shows what a rollout
 * would change.
 *
 * `images` is how many image parts the request carries (the parser counts them; Veil never reads them): the
 * policy's `images` rule treats them like one more finding, so `block` blocks and `local` keeps the whole
 * request on the local model, with the same precedence (a block wins over local).
 *
 * `definitions` are the segments that hold tool and output-schema definitions (tool_definition). A developer
 * writes them once for every user, so what they say describes a capability, not someone's case: a `local` rule
 * (which keeps a person's medical details in the building) does not apply there, and such a finding is allowed
 * and recorded (a clinic's "get_diagnosis" tool no longer sends every request of its agent to the local model,
 * which cannot call tools anyway). Every other action applies to a definition as to any text: a secret in a
 * description still blocks, a person's e-mail still leaves as a placeholder.
 */
export function decide(
  policy: PolicyConfig,
  findings: readonly SegmentFinding[],
  images = 0,
  definitions?: ReadonlySet<number>,
): Plan {
  const items: PlannedFinding[] = [];
  let definitionsAllowed = 0;
  for (const finding of findings) {
    const rule = ruleFor(policy, finding.label, finding.type);
    // A score that is not a number is a detector bug: treat the finding as certain rather than drop it.
    const score = Number.isFinite(finding.score) ? finding.score : 1;
    if (score < rule.minScore) continue;
    if (rule.action === 'local' && definitions?.has(finding.segment)) {
      items.push({ finding, action: 'allow' });
      definitionsAllowed += 1;
      continue;
    }
    items.push({ finding, action: rule.action });
  }

  const blocking = labelsWith(items, 'block');
  const localOnly = labelsWith(items, 'local');
  const imageAction = images > 0 ? policy.images : 'allow';
  let wouldRoute: Route = 'cloud';
  let decisive: Label[] = [];
  if (blocking.length > 0 || imageAction === 'block') {
    wouldRoute = 'blocked';
    decisive = blocking;
  } else if (localOnly.length > 0 || imageAction === 'local') {
    wouldRoute = 'local';
    decisive = localOnly;
  }
  const imagesDecisive =
    (wouldRoute === 'blocked' && imageAction === 'block') || (wouldRoute === 'local' && imageAction === 'local');

  const monitor = policy.mode === 'monitor';
  const plan: Plan = {
    route: monitor ? 'cloud' : wouldRoute,
    mode: policy.mode,
    policy: policy.team,
    reason: explainRoute(policy.team, monitor, wouldRoute, decisive, items, imagesDecisive ? images : 0),
    items,
    decisive,
  };
  if (definitionsAllowed > 0) {
    plan.reason += `; ${definitionsAllowed} finding(s) in tool definitions not kept local (a schema is not a person's data)`;
  }
  if (images > 0) {
    plan.images = { count: images, action: imageAction, decisive: imagesDecisive };
    if (wouldRoute === 'cloud') plan.reason += `; ${images} image part(s) forwarded uninspected`;
  }
  return plan;
}

function labelsWith(items: readonly PlannedFinding[], action: Action): Label[] {
  const labels = new Set<Label>();
  for (const item of items) if (item.action === action) labels.add(item.finding.label);
  return [...labels];
}

/** One sentence with labels and counts only: it ends up in headers, audit rows and error messages. */
function explainRoute(
  team: string,
  monitor: boolean,
  route: Route,
  decisive: readonly Label[],
  items: readonly PlannedFinding[],
  decisiveImages: number,
): string {
  const named = decisive.map(labelWords);
  if (decisiveImages > 0) named.push(imageWords(decisiveImages));
  const kinds = named.join(', ');
  let base: string;
  if (route === 'blocked') base = `blocked: policy "${team}" does not let ${kinds} leave the company`;
  else if (route === 'local') base = `local: policy "${team}" keeps ${kinds} on the local model`;
  else {
    const changed = countByAction(items);
    base =
      changed.length > 0
        ? `cloud: policy "${team}" ${changed.join(', ')}`
        : `cloud: nothing in the request needs changing under policy "${team}"`;
  }
  if (!monitor) return base;
  return `monitor mode, forwarded unchanged; enforce would have been ${base}`;
}

function countByAction(items: readonly PlannedFinding[]): string[] {
  const parts: string[] = [];
  for (const action of ['pseudonymize', 'mask'] as const) {
    const counts = new Map<Label, number>();
    for (const item of items)
      if (item.action === action) counts.set(item.finding.label, (counts.get(item.finding.label) ?? 0) + 1);
    if (counts.size === 0) continue;
    const list = [...counts].map(([label, n]) => `${n} ${label}`).join(', ');
    parts.push(`${action === 'mask' ? 'masked' : 'pseudonymized'} ${list}`);
  }
  return parts;
}
