import type { ActionRule, PolicyConfig } from '../config/schema.js';
import { LABELS, type Label } from '../detect/types.js';
import type { Action } from './plan.js';
import { labelNoun } from './words.js';

const VERB: Record<Action, string> = {
  block: 'Blocked (the request is refused)',
  local: 'Answered by the local model, never sent to the cloud',
  pseudonymize: 'Replaced by pseudonyms before the cloud sees them, restored in the answer',
  mask: 'Masked before the cloud sees them (not restored)',
  allow: 'Sent unchanged',
};
const ORDER: Action[] = ['block', 'local', 'pseudonymize', 'mask', 'allow'];

/**
 * A policy in plain sentences for the dashboard and `veil policy check`: what happens to each kind of
 * data, in which mode, where requests may go. Reads only the policy, so it is safe to show anyone.
 */
export function describePolicy(policy: PolicyConfig): string[] {
  const lines: string[] = [];
  lines.push(
    policy.mode === 'monitor'
      ? `Team "${policy.team}" is in monitor mode: findings are recorded, requests are forwarded unchanged.`
      : `Team "${policy.team}" is in enforce mode: the actions below are applied to every request.`,
  );
  if (policy.description) lines.push(policy.description);

  const byAction = new Map<Action, string[]>();
  const add = (action: Action, what: string) => {
    const list = byAction.get(action) ?? [];
    list.push(what);
    byAction.set(action, list);
  };
  const unlisted: Label[] = [];
  for (const label of LABELS) {
    const rule = policy.actions[label];
    if (rule === undefined) unlisted.push(label);
    else add(actionOf(rule), `${labelNoun(label)}${scoreNote(rule, policy.min_score)}`);
  }
  for (const [type, rule] of Object.entries(policy.types)) {
    add(actionOf(rule), `type ${type}${scoreNote(rule, policy.min_score)}`);
  }
  if (unlisted.length > 0) add('allow', `${unlisted.map(labelNoun).join(', ')} (no rule)`);
  for (const action of ORDER) {
    const what = byAction.get(action);
    if (what) lines.push(`${VERB[action]}: ${what.join(', ')}.`);
  }
  if (Object.keys(policy.types).length > 0) lines.push('A rule for a fine type wins over the rule for its kind.');
  lines.push(`Findings scored below ${policy.min_score} are ignored unless a rule sets its own minimum.`);
  lines.push(imagesSentence(policy.images));
  if (byAction.has('pseudonymize')) {
    lines.push(
      policy.pseudonyms === 'surrogates'
        ? 'Pseudonyms are realistic fake values of the same kind (a name for a name, a valid-looking card for a card).'
        : 'Pseudonyms are typed placeholders such as <PERSON_1> and <EMAIL_2>.',
    );
  }
  lines.push(
    policy.local.allow_cloud
      ? 'Requests the policy sends to the local model MAY go to the cloud when the local model is unavailable.'
      : 'Requests the policy sends to the local model never go to the cloud.',
  );
  if (policy.local.target) lines.push(`Local target: ${policy.local.target}.`);
  const upstreams = Object.entries(policy.upstreams)
    .filter(([, name]) => name !== undefined)
    .map(([format, name]) => `${format} → ${name}`);
  lines.push(`Cloud upstreams: ${upstreams.length > 0 ? upstreams.join(', ') : 'none'}.`);
  lines.push(`Models allowed: ${policy.models.join(', ')}.`);
  lines.push(
    policy.provider_key === 'client'
      ? "The client's own provider key (x-provider-key) is forwarded."
      : 'Veil supplies the provider key; clients never see it.',
  );
  return lines;
}

/** The `images` rule in words: Veil cannot read an image, so the team decides where one may go. */
export function imagesSentence(images: PolicyConfig['images']): string {
  if (images === 'block') return 'Images (which Veil cannot read): a request carrying any is blocked (403).';
  if (images === 'local') {
    return 'Images (which Veil cannot read): a request carrying any is answered by the local model, never sent to the cloud (refused if the local model cannot take images).';
  }
  return 'Images (which Veil cannot read): sent to the cloud uninspected; the audit log counts them.';
}

function actionOf(rule: ActionRule): Action {
  return typeof rule === 'string' ? rule : rule.action;
}

function scoreNote(rule: ActionRule, defaultMin: number): string {
  if (typeof rule === 'string' || rule.min_score === undefined || rule.min_score === defaultMin) return '';
  return ` (score ≥ ${rule.min_score})`;
}
