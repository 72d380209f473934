import type { ReplayConversation, ReplayDecision, TriggerId } from '@baton/protocol';
import { TRIGGER_IDS } from '@baton/protocol/vocabulary';
import { evaluate, initialState } from './evaluate.js';
import type { CompiledPolicy } from './policy.js';

export interface ReplayOutcome {
  decision: ReplayDecision;
  /** The human-readable reason, when escalated. */
  reason: string | null;
}

/**
 * Runs one recorded conversation through a policy, message by message, exactly as the browser
 * would, and stops at the first decision to hand over.
 */
export function replayConversation(compiled: CompiledPolicy, conversation: ReplayConversation): ReplayOutcome {
  let state = initialState(conversation.contacts);
  for (const message of conversation.messages) {
    const result = evaluate(compiled, state, message);
    state = result.state;
    const d = result.decision;
    if (d) {
      return {
        decision: {
          id: conversation.id,
          escalated: true,
          trigger: d.trigger,
          rule: d.rule,
          severity: d.severity,
          transfer: d.transfer,
          kind: d.kind,
          messageIndex: d.messageIndex,
        },
        reason: d.reason,
      };
    }
  }
  return { decision: { id: conversation.id, escalated: false }, reason: null };
}

/** Running totals for the escalation-rate table. */
export class ReplayTotals {
  conversations = 0;
  escalated = 0;
  invalid = 0;
  readonly byTrigger = new Map<TriggerId, number>(TRIGGER_IDS.map((t) => [t, 0]));
  readonly byRule = new Map<string, number>();

  add(decision: ReplayDecision): void {
    this.conversations++;
    if (!decision.escalated) return;
    this.escalated++;
    this.byTrigger.set(decision.trigger, (this.byTrigger.get(decision.trigger) ?? 0) + 1);
    if (decision.rule) this.byRule.set(decision.rule, (this.byRule.get(decision.rule) ?? 0) + 1);
  }

  rate(count: number): number {
    return this.conversations === 0 ? 0 : count / this.conversations;
  }
}

export interface DecisionChange {
  id: string;
  before: ReplayDecision;
  after: ReplayDecision;
}

/** Whether two decisions for the same conversation differ in anything a person would act on. */
export function diffDecisions(before: ReplayDecision, after: ReplayDecision): DecisionChange | null {
  const same =
    before.escalated === after.escalated &&
    (!before.escalated ||
      (after.escalated &&
        before.trigger === after.trigger &&
        before.rule === after.rule &&
        before.severity === after.severity &&
        before.transfer === after.transfer &&
        before.kind === after.kind &&
        before.messageIndex === after.messageIndex));
  return same ? null : { id: before.id, before, after };
}
