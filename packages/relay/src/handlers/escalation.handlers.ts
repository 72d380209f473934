import { ACTIONS_BY_KIND, agentCommands, ownedByAnother, type ResolutionAction, type Route } from '@baton/protocol';
import type { CommandDefiner } from '../command.js';
import { CommandFailure, type RelayContext } from '../context.js';
import { factsOf } from '../facts.js';
import { isOpen, type EscalationPatch, type EscalationRecord, type NewAuditEntry, type NewEvent } from '../store/store.js';
import type { AgentSocket } from '../types.js';
import { toEscalationView } from '../views.js';
import { agentActor, visibleEscalation } from './access.js';

const TERMINAL_ACTIONS: ReadonlySet<ResolutionAction> = new Set(['resolved', 'handed_back', 'allow', 'block', 'redact_and_allow']);

function notClaimable(e: EscalationRecord): CommandFailure {
  switch (e.status) {
    case 'assigned':
    case 'connected':
      return new CommandFailure('already_claimed', `escalation "${e.id}" is already claimed by ${e.assignee?.name ?? 'another agent'}`);
    case 'offline':
      return new CommandFailure('invalid_state', `escalation "${e.id}" came in while nobody was available; it can be claimed once the customer leaves a message`);
    default:
      return new CommandFailure('invalid_state', `escalation "${e.id}" is already ${e.status}`);
  }
}

/** Why an agent cannot release an escalation in this state. */
function notReleasable(e: EscalationRecord): CommandFailure {
  if (e.status === 'resolved' || e.status === 'cancelled') return new CommandFailure('invalid_state', `escalation "${e.id}" is already ${e.status}; there is nothing to release`);
  if (e.assignee) return new CommandFailure('not_owner', `escalation "${e.id}" is assigned to ${e.assignee.name}`);
  return new CommandFailure('not_owner', `escalation "${e.id}" is ${e.status}; nobody holds it`);
}

/** `/agent`: claim, release, resolve (and review decisions), history. */
export const escalationHandlers = (ctx: RelayContext, command: CommandDefiner<typeof agentCommands, AgentSocket>) => {
  command('escalation:claim', async (socket, { escalationId }) => {
    const e = await visibleEscalation(ctx, socket, escalationId);
    const me = socket.data.agent;
    if (e.assignee?.id === me.id && (e.status === 'assigned' || e.status === 'connected')) return { escalation: toEscalationView(e) };
    if (e.status !== 'queued') {
      ctx.metrics.claims.inc({ outcome: e.status === 'assigned' || e.status === 'connected' ? 'already_claimed' : 'not_claimable' });
      throw notClaimable(e);
    }
    const now = ctx.clock.now();
    const claimed: EscalationRecord = { ...e, status: 'assigned', assignee: { id: me.id, name: me.name }, claimedAt: now };
    const result = await ctx.escalations.update(e.id, {
      at: now,
      expect: { status: ['queued'], assigneeId: null },
      set: { status: claimed.status, assignee: claimed.assignee, claimedAt: now },
      // A review stays "in review" for the customer; only a live takeover tells them someone picked it up.
      events: e.kind === 'takeover' ? [ctx.escalations.statusEvent(claimed)] : [],
      audit: [{ ...agentActor(socket), action: 'claim', escalationId: e.id, conversationId: e.conversationId, durationMs: now - e.createdAt }],
    });
    if (!result.applied) {
      ctx.metrics.claims.inc({ outcome: 'already_claimed' });
      throw notClaimable(result.escalation ?? e);
    }
    ctx.metrics.claims.inc({ outcome: 'won' });
    ctx.escalations.publish(result.escalation, result.events);
    ctx.escalations.announce(result.escalation, 'claimed', e);
    return { escalation: toEscalationView(result.escalation) };
  });

  command('escalation:release', async (socket, { escalationId, note }) => {
    const e = await visibleEscalation(ctx, socket, escalationId);
    const me = socket.data.agent;
    // Back in the queue already (another tab released it, or the SLA took it back): as asked.
    if (e.status === 'queued') return { escalation: toEscalationView(e) };
    if (e.assignee?.id !== me.id || (e.status !== 'assigned' && e.status !== 'connected')) throw notReleasable(e);
    const now = ctx.clock.now();
    const sla = requeuedSla(ctx, e, now);
    const released: EscalationRecord = { ...e, status: 'queued', assignee: null, claimedAt: null, sla };
    const result = await ctx.escalations.update(e.id, {
      at: now,
      expect: { status: ['assigned', 'connected'], assigneeId: me.id },
      set: { status: 'queued', assignee: null, claimedAt: null, sla },
      events: e.kind === 'takeover' ? [ctx.escalations.statusEvent(released)] : [],
      audit: [{ ...agentActor(socket), action: 'release', escalationId: e.id, conversationId: e.conversationId, note: note ?? null, durationMs: e.claimedAt === null ? null : now - e.claimedAt }],
    });
    if (!result.applied) {
      const current = result.escalation ?? e;
      if (current.status === 'queued') return { escalation: toEscalationView(current) };
      throw notReleasable(current);
    }
    ctx.sla.consider(result.escalation.sla);
    ctx.escalations.publish(result.escalation, result.events);
    ctx.escalations.announce(result.escalation, 'released', e);
    return { escalation: toEscalationView(result.escalation) };
  });

  command('escalation:resolve', async (socket, { id, escalationId, action, note, text, transferTo }) => {
    const me = socket.data.agent;
    const earlier = await ctx.store.auditByCommand(me.id, id);
    if (earlier) {
      const done = earlier.escalationId ? await ctx.store.getEscalation(earlier.escalationId) : null;
      if (!done || done.id !== escalationId) throw new CommandFailure('conflict', `id "${id}" was already used for another command`);
      return { escalation: toEscalationView(done) };
    }
    const e = await visibleEscalation(ctx, socket, escalationId);
    const allowed: readonly ResolutionAction[] = ACTIONS_BY_KIND[e.kind];
    if (!allowed.includes(action)) {
      throw new CommandFailure('invalid_action', `"${action}" does not apply to a ${e.kind}; use one of ${allowed.join(', ')}`);
    }
    if (!isOpen(e.status)) throw new CommandFailure('invalid_state', `escalation "${e.id}" is already ${e.status}`);
    if (e.assignee?.id !== me.id && me.role !== 'supervisor') {
      throw new CommandFailure('not_owner', e.assignee ? `escalation "${e.id}" is assigned to ${e.assignee.name}` : `claim escalation "${e.id}" before resolving it`);
    }

    const now = ctx.clock.now();
    const by = { id: me.id, name: me.name };
    const handleMs = e.claimedAt === null ? null : now - e.claimedAt;
    const base = { ...agentActor(socket), escalationId: e.id, conversationId: e.conversationId };
    const audit: NewAuditEntry[] = [];
    const events: NewEvent[] = [];
    let set: EscalationPatch;
    let change: 'resolved' | 'transferred' | 'escalated';

    if (TERMINAL_ACTIONS.has(action)) {
      const finalText = action === 'allow' ? (e.heldReply?.text ?? null) : action === 'redact_and_allow' ? (text ?? null) : null;
      const resolution = { action, note, text: finalText, by, at: now };
      set = { status: 'resolved', resolvedAt: now, resolution, sla: null, slaMetAt: e.slaMetAt ?? (e.sla ? now : null) };
      if (e.kind === 'review') {
        events.push({ type: 'review_decision', escalationId: e.id, decision: action as 'allow' | 'block' | 'redact_and_allow', text: finalText });
      }
      events.push(ctx.escalations.statusEvent({ ...e, ...set, assignee: e.assignee ?? by }));
      audit.push({ ...base, action: e.kind === 'review' ? 'review_decision' : 'resolve', note, durationMs: handleMs, commandId: id, detail: { action } });
      change = 'resolved';
    } else {
      const target = action === 'transferred' && transferTo ? transferTarget(transferTo) : ctx.router.next({ ruleId: e.routingRule, route: e.route }, factsOf(e), now);
      if (!target) throw new CommandFailure('invalid_state', `escalation "${e.id}" is already with supervisors; there is nowhere further to send it`);
      set = { status: 'queued', assignee: null, claimedAt: null, route: target.route, routingRule: target.ruleId, sla: requeuedSla(ctx, e, now) };
      const moved = { ...e, ...set };
      if (e.kind === 'review') {
        events.push({ type: 'review_decision', escalationId: e.id, decision: 'escalate_further', text: null });
        audit.push({ ...base, action: 'review_decision', note, durationMs: handleMs, commandId: id, detail: { action } });
      } else {
        audit.push({ ...base, action: 'resolve', note, durationMs: handleMs, commandId: id, detail: { action } });
      }
      events.push(ctx.escalations.statusEvent(moved));
      audit.push({ ...base, action: action === 'transferred' ? 'transfer' : 'reassign', note, detail: { from: e.route, to: target.route, rule: target.ruleId } });
      change = action === 'transferred' ? 'transferred' : 'escalated';
    }

    const result = await ctx.escalations.update(e.id, {
      at: now,
      expect: { status: [e.status], assigneeId: e.assignee?.id ?? null },
      set,
      events,
      audit,
    });
    if (!result.applied) throw new CommandFailure('invalid_state', 'the escalation changed meanwhile; reload it');
    ctx.metrics.resolutions.inc({ action });
    if (change === 'resolved' && handleMs !== null) ctx.queue.recordHandleTime(handleMs);
    else if (change !== 'resolved') ctx.sla.consider(result.escalation.sla);
    ctx.escalations.publish(result.escalation, result.events);
    ctx.escalations.announce(result.escalation, change, e);
    return { escalation: toEscalationView(result.escalation) };
  });

  command('escalation:history', async (socket, { escalationId, since, limit }) => {
    const e = await visibleEscalation(ctx, socket, escalationId);
    if (e.assignee && ownedByAnother(socket.data.agent, e.assignee.id)) {
      throw new CommandFailure('forbidden', `escalation "${e.id}" is with ${e.assignee.name}; only they and supervisors can read its conversation`);
    }
    const page = await ctx.store.eventsSince(e.conversationId, since, { limit: limit + 1, customerVisibleOnly: false });
    const hasMore = page.length > limit;
    let events = page.slice(0, limit);
    // Cold transfer: nothing of the conversation before someone owns it (supervisors excepted).
    if (e.transfer === 'cold' && e.claimedAt === null && socket.data.agent.role !== 'supervisor') {
      events = events.filter((event) => event.type !== 'context' && event.type !== 'message');
    }
    return { escalation: toEscalationView(e), events, hasMore };
  });
};

/**
 * The deadline of an escalation going back to the queue: the window still running, or a new one from
 * now when the first one was met (someone answered) or is gone, so nothing waits without an SLA.
 */
function requeuedSla(ctx: RelayContext, e: EscalationRecord, now: number) {
  return e.sla ?? ctx.sla.windowFor(e.kind, e.severity, e.followUp, now);
}

function transferTarget(to: { team: string } | { agent: string }): { ruleId: null; route: Route } {
  return { ruleId: null, route: 'team' in to ? { to: 'team', team: to.team } : { to: 'agent', agent: to.agent } };
}
