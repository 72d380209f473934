import { customerCommands, type EscalationDecision, type OfflineReason, type Route } from '@baton/protocol';
import { commandRegistrar, type InFlight } from '../command.js';
import { CommandFailure, type RelayContext } from '../context.js';
import { withinSchedule } from '../schedule.js';
import type { EscalationTarget } from '../escalations.js';
import { isOpen, type EscalationRecord, type NewAuditEntry, type NewEvent } from '../store/store.js';
import type { CustomerSocket, CustomerSocketData } from '../types.js';
import { customerStatusOf } from '../views.js';
import { liveEscalation, ownedConversation, ownedEscalation } from './access.js';

/** A message left with no earlier handoff carries this decision. */
const LEFT_MESSAGE: EscalationDecision = {
  trigger: 'explicit_request',
  rule: null,
  severity: 'medium',
  transfer: 'cold',
  kind: 'takeover',
  reason: 'Left a message while nobody was available',
  evidence: [],
  messageIndex: 0,
};

/**
 * Why a live takeover cannot be answered now, or null. Reviews always queue: they are
 * asynchronous by design and their SLA runs in hours, not minutes.
 */
export function offlineReasonFor(ctx: RelayContext, kind: EscalationRecord['kind'], route: Route, at: number): OfflineReason | null {
  if (kind === 'review') return null;
  if (ctx.config.hours && !withinSchedule(ctx.config.hours, at)) return 'out_of_hours';
  if (ctx.presence.availableFor(route).length === 0) return 'no_agent_online';
  return null;
}

function customerActor(socket: CustomerSocket): Pick<NewAuditEntry, 'actorType' | 'actorId' | 'actorName'> {
  return { actorType: 'customer', actorId: socket.data.ownerKey, actorName: null };
}

function requestResult(ctx: RelayContext, e: EscalationRecord, offlineReason: OfflineReason | null) {
  const place = ctx.queue.placeOf(e);
  return {
    escalation: {
      id: e.id,
      status: customerStatusOf(e),
      position: place?.position ?? null,
      estimatedWaitMs: place?.estimatedWaitMs ?? null,
      transfer: e.transfer,
      offlineReason: e.status === 'offline' ? (offlineReason ?? 'no_agent_online') : null,
    },
  };
}

/** `/customer`: asking for a person or a review, streaming context, cancelling, leaving a message. */
export const handoffHandlers = (ctx: RelayContext, inFlight: InFlight) => (socket: CustomerSocket) => {
  const command = commandRegistrar(ctx, socket, 'customer', customerCommands, inFlight);

  command('handoff:request', async (request) => {
    await ownedConversation(ctx, socket, request.conversationId);
    const existing = await ctx.store.getEscalation(request.id);
    if (existing) {
      if (existing.conversationId !== request.conversationId) throw new CommandFailure('conflict', `handoff id "${request.id}" is already used in another conversation`);
      return requestResult(ctx, existing, offlineReasonFor(ctx, existing.kind, existing.route, ctx.clock.now()));
    }
    // One open handoff per conversation: asking twice gets the first one's status, not a second place in line.
    const active = await ctx.store.activeEscalationFor(request.conversationId);
    if (active && active.status !== 'offline') return requestResult(ctx, active, null);

    const now = ctx.clock.now();
    const { decision } = request;
    const choice = ctx.router.first(
      { kind: decision.kind, trigger: decision.trigger, rule: decision.rule, severity: decision.severity, team: request.team, tier: socket.data.tier },
      now,
    );
    const offlineReason = offlineReasonFor(ctx, decision.kind, choice.route, now);
    const record: EscalationRecord = {
      id: request.id,
      conversationId: request.conversationId,
      ...ownedBy(socket.data),
      kind: decision.kind,
      trigger: decision.trigger,
      rule: decision.rule,
      severity: decision.severity,
      transfer: decision.transfer,
      decision,
      team: request.team,
      summary: request.summary,
      transcript: request.transcript,
      heldReply: request.heldReply,
      followUp: false,
      contact: null,
      status: offlineReason ? 'offline' : 'queued',
      route: choice.route,
      routingRule: choice.ruleId,
      sla: offlineReason ? null : ctx.sla.windowFor(decision.kind, decision.severity, false, now),
      ...unclaimed(now),
    };
    const result = await ctx.escalations.create(record, {
      at: now,
      events: [
        { type: 'handoff', escalationId: record.id, decision },
        ctx.escalations.statusEvent(record, { offlineReason }),
      ],
      audit: [
        {
          ...customerActor(socket),
          action: 'escalation_created',
          escalationId: record.id,
          conversationId: request.conversationId,
          note: decision.reason,
          detail: { kind: decision.kind, trigger: decision.trigger, rule: decision.rule, severity: decision.severity, route: choice.route, routingRule: choice.ruleId, status: record.status },
        },
      ],
    }, { exclusive: true });
    const escalation = result.escalation;
    // Another tab asked at the same moment and won: this request gets that handoff's status.
    if (!result.created && escalation.id !== record.id) return requestResult(ctx, escalation, null);
    if (result.created) {
      ctx.metrics.escalations.inc({ kind: decision.kind, trigger: decision.trigger, severity: decision.severity, status: escalation.status });
      ctx.escalations.publish(escalation, result.events);
      if (escalation.status === 'queued') ctx.escalations.announce(escalation, 'created');
      ctx.notifier.notify('escalation.created', escalation, ctx.router.channelsOf(choice.ruleId));
      ctx.sla.consider(escalation.sla);
    }
    return requestResult(ctx, escalation, offlineReason);
  });

  command('context:append', async ({ id, conversationId, messages }) => {
    await ownedConversation(ctx, socket, conversationId);
    const escalation = await liveEscalation(ctx, conversationId);
    const result = await ctx.store.appendEvents(conversationId, {
      at: ctx.clock.now(),
      commandId: id,
      events: [{ type: 'context', id, escalationId: escalation.id, messages }],
    });
    const event = result.events[0];
    if (!event || event.type !== 'context') throw new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);
    if (result.created) ctx.escalations.publish(escalation, result.events);
    return { seq: event.seq };
  });

  command('handoff:cancel', async ({ conversationId, escalationId, reason }) => {
    const escalation = await ownedEscalation(ctx, socket, conversationId, escalationId);
    if (escalation.status === 'resolved' || escalation.status === 'cancelled') return { status: customerStatusOf(escalation) };
    const now = ctx.clock.now();
    const cancelled: EscalationRecord = {
      ...escalation,
      status: 'cancelled',
      resolvedAt: now,
      resolution: { action: 'cancelled', note: reason ?? '', text: null, by: null, at: now },
      sla: null,
    };
    const result = await ctx.escalations.update(escalation.id, {
      at: now,
      expect: { status: [escalation.status] },
      set: { status: cancelled.status, resolvedAt: now, resolution: cancelled.resolution, sla: null },
      events: [ctx.escalations.statusEvent(cancelled)],
      audit: [{ ...customerActor(socket), action: 'cancel', escalationId, conversationId, note: reason ?? null, durationMs: now - escalation.createdAt }],
    });
    if (!result.applied) {
      const current = result.escalation ?? escalation;
      if (current.status === 'resolved' || current.status === 'cancelled') return { status: customerStatusOf(current) };
      throw new CommandFailure('invalid_state', 'the handoff changed meanwhile; try again');
    }
    ctx.metrics.resolutions.inc({ action: 'cancelled' });
    ctx.escalations.publish(result.escalation, result.events);
    if (escalation.status !== 'offline') ctx.escalations.announce(result.escalation, 'cancelled', escalation);
    return { status: customerStatusOf(result.escalation) };
  });

  command('offline:message', async ({ id, conversationId, escalationId, text, contact }) => {
    await ownedConversation(ctx, socket, conversationId);
    const earlier = await ctx.store.eventsByCommand(conversationId, id);
    const stored = earlier.find((e) => e.type === 'offline_message');
    if (stored && stored.type === 'offline_message') return { escalationId: stored.escalationId, seq: stored.seq };
    if (earlier.length > 0) throw new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);

    const now = ctx.clock.now();
    const messageFor = (target: string): NewEvent => ({ type: 'offline_message', id, escalationId: target, text, contact: contact ?? null });
    const auditFor = (target: string): NewAuditEntry => ({
      ...customerActor(socket),
      action: 'offline_message',
      escalationId: target,
      conversationId,
      detail: { characters: text.length, contact: contact !== undefined },
      commandId: id,
    });
    /** A later message to a follow-up already in the queue joins it: one place in line per conversation. */
    const addTo = async (followUp: EscalationTarget) => {
      const result = await ctx.store.appendEvents(conversationId, { at: now, commandId: id, events: [messageFor(followUp.id)], audit: [auditFor(followUp.id)] });
      const event = result.events[0];
      if (!event || event.type !== 'offline_message') throw new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);
      if (result.created) ctx.escalations.publish(followUp, result.events);
      return { escalationId: followUp.id, seq: event.seq };
    };
    const notAFollowUp = (open: Pick<EscalationRecord, 'id' | 'status' | 'kind'>) =>
      new CommandFailure('invalid_state', `handoff "${open.id}" is ${customerStatusOf({ ...open, resolution: null })}, so a person will read what you write; send it with customer:message`);

    let escalation: EscalationRecord;
    let seq: number;
    if (escalationId !== undefined) {
      const offline = await ownedEscalation(ctx, socket, conversationId, escalationId);
      if (offline.status !== 'offline') {
        if (offline.followUp && isOpen(offline.status)) return addTo(offline);
        throw new CommandFailure('invalid_state', `handoff "${escalationId}" is ${customerStatusOf(offline)}, not offline; write with customer:message`);
      }
      const result = await ctx.escalations.update(escalationId, {
        at: now,
        commandId: id,
        expect: { status: ['offline'] },
        set: { status: 'queued', followUp: true, contact: contact ?? null, sla: ctx.sla.windowFor(offline.kind, offline.severity, true, now) },
        events: [messageFor(escalationId)],
        audit: [auditFor(escalationId)],
      });
      if (!result.applied) {
        const duplicate = result.duplicate?.find((e) => e.type === 'offline_message');
        if (duplicate) return { escalationId, seq: duplicate.seq };
        throw new CommandFailure('invalid_state', 'the handoff changed meanwhile; try again');
      }
      escalation = result.escalation;
      seq = result.events[0]!.seq;
    } else {
      const open = ctx.queue.openFor(conversationId);
      if (open) {
        if (open.followUp) return addTo(open);
        throw notAFollowUp(open);
      }
      const route = ctx.router.first({ ...LEFT_MESSAGE, team: null, tier: socket.data.tier }, now);
      const record: EscalationRecord = {
        id,
        conversationId,
        ...ownedBy(socket.data),
        kind: 'takeover',
        trigger: LEFT_MESSAGE.trigger,
        rule: null,
        severity: LEFT_MESSAGE.severity,
        transfer: LEFT_MESSAGE.transfer,
        decision: LEFT_MESSAGE,
        team: null,
        summary: null,
        transcript: [],
        heldReply: null,
        followUp: true,
        contact: contact ?? null,
        status: 'queued',
        route: route.route,
        routingRule: route.ruleId,
        sla: ctx.sla.windowFor('takeover', LEFT_MESSAGE.severity, true, now),
        ...unclaimed(now),
      };
      const result = await ctx.escalations.create(record, { at: now, commandId: id, events: [messageFor(id)], audit: [auditFor(id)] }, { exclusive: true });
      if (!result.created && result.escalation.id !== id) {
        // Another message or request opened one at the same moment.
        if (result.escalation.followUp) return addTo(result.escalation);
        throw notAFollowUp(result.escalation);
      }
      if (!result.created) throw new CommandFailure('conflict', `id "${id}" is already used by another handoff`);
      escalation = result.escalation;
      seq = result.events[0]!.seq;
      ctx.metrics.escalations.inc({ kind: 'takeover', trigger: LEFT_MESSAGE.trigger, severity: LEFT_MESSAGE.severity, status: 'queued' });
    }
    ctx.escalations.announce(escalation, 'created');
    ctx.notifier.notify('escalation.created', escalation, ctx.router.channelsOf(escalation.routingRule));
    ctx.sla.consider(escalation.sla);
    return { escalationId: escalation.id, seq };
  });
};

/** Who a new escalation belongs to: the customer behind the socket. */
function ownedBy(data: CustomerSocketData) {
  return {
    siteKey: data.siteKey,
    ownerKey: data.ownerKey,
    visitorId: data.visitorId,
    customerId: data.customerId,
    tier: data.tier,
  };
}

/** The lifecycle fields of an escalation nobody has touched yet. */
function unclaimed(now: number) {
  return {
    assignee: null,
    createdAt: now,
    claimedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    resolution: null,
    slaBreaches: 0,
    slaMetAt: null,
    updatedAt: now,
    lastSeq: 0,
  };
}
