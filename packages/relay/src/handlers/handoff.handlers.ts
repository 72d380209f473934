import { customerCommands, type EscalationDecision, type OfflineReason, type Route } from '@baton/protocol';
import type { CommandDefiner } from '../command.js';
import { CommandFailure, type RelayContext } from '../context.js';
import { withinSchedule } from '../schedule.js';
import type { EscalationTarget } from '../escalations.js';
import { isOpen, OPEN_STATUSES, type EscalationRecord, type NewAuditEntry, type NewEvent } from '../store/store.js';
import type { CustomerSocket, CustomerSocketData } from '../types.js';
import { customerStatusOf } from '../views.js';
import { handoffEnded, liveEscalation, ownedConversation, ownedEscalation } from './access.js';

/**
 * Tries at a write whose compare-and-set lost a race (a claim, another tab), each on a fresh read,
 * before answering invalid_state: only a handoff that keeps changing runs out of them.
 */
const RACE_ATTEMPTS = 5;

/** An open handoff a left message may join: a stored record or its queue-index entry. */
type OpenHandoff = EscalationTarget & Pick<EscalationRecord, 'id' | 'status' | 'kind' | 'followUp'>;

interface LeftMessage {
  escalationId: string;
  seq: number;
}

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
export const handoffHandlers = (ctx: RelayContext, command: CommandDefiner<typeof customerCommands, CustomerSocket>) => {
  command('handoff:request', async (socket, request) => {
    await ownedConversation(ctx, socket, request.conversationId);
    const existing = await ctx.store.getEscalation(request.id);
    if (existing) {
      if (existing.conversationId !== request.conversationId) throw new CommandFailure('conflict', `handoff id "${request.id}" is already used in another conversation`);
      return requestResult(ctx, existing, offlineReasonFor(ctx, existing.kind, existing.route, ctx.clock.now()));
    }
    // One open handoff per conversation: asking twice gets the first one's status, not a second place in
    // line. An offline one gives way only if someone can now take the new request (see `exclusive` below).
    const active = await ctx.store.activeEscalationFor(request.conversationId);
    if (active && active.status !== 'offline') {
      // A person asked for while a reply waits for review: the takeover replaces the review (the reply stays unsent).
      if (!(active.kind === 'review' && request.decision.kind === 'takeover')) return requestResult(ctx, active, null);
      const ended = await cancel(socket, active, 'the customer asked for a person');
      if (ended.status !== 'cancelled') return requestResult(ctx, ended, null);
    }

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
    // Another tab asked at the same moment and won, or, still with nobody available, the earlier offline
    // request stands (no second one, no second webhook): this request gets that handoff's status.
    if (!result.created && escalation.id !== record.id) return requestResult(ctx, escalation, offlineReason);
    if (result.created) {
      // Agents first: how soon a person sees the request is what the handoff waits on (the customer
      // already has their place from the ack).
      if (escalation.status === 'queued') ctx.escalations.announce(escalation, 'created');
      ctx.escalations.publish(escalation, result.events);
      ctx.metrics.escalations.inc({ kind: decision.kind, trigger: decision.trigger, severity: decision.severity, status: escalation.status });
      ctx.notifier.notify('escalation.created', escalation, ctx.router.channelsOf(choice.ruleId));
      ctx.sla.consider(escalation.sla);
    }
    return requestResult(ctx, escalation, offlineReason);
  });

  command('context:append', async (socket, { id, conversationId, messages }) => {
    await ownedConversation(ctx, socket, conversationId);
    const escalation = await liveEscalation(ctx, conversationId);
    const result = await ctx.store.appendEvents(conversationId, {
      at: ctx.clock.now(),
      commandId: id,
      events: [{ type: 'context', id, escalationId: escalation.id, messages }],
      expect: { escalationId: escalation.id, status: OPEN_STATUSES },
    });
    if (result.mismatched !== undefined) throw handoffEnded(escalation.id, result.mismatched);
    const event = result.events[0];
    if (!event || event.type !== 'context') throw new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);
    if (result.created) ctx.escalations.publish(escalation, result.events);
    return { seq: event.seq };
  });

  /** Ends an open handoff at the customer's word; returns what it became (already ended: as it was). */
  async function cancel(socket: CustomerSocket, from: EscalationRecord, reason: string | undefined): Promise<EscalationRecord> {
    let escalation = from;
    const { id: escalationId, conversationId } = escalation;
    // A claim or an agent's reply can land between reading and writing: cancel what it has become.
    // The status entry names the state it ends, so each try expects exactly the state it read.
    for (let attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
      if (escalation.status === 'resolved' || escalation.status === 'cancelled') return escalation;
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
        expect: { status: [escalation.status], assigneeId: escalation.assignee?.id ?? null },
        set: { status: cancelled.status, resolvedAt: now, resolution: cancelled.resolution, sla: null },
        events: [ctx.escalations.statusEvent(cancelled)],
        audit: [{ ...customerActor(socket), action: 'cancel', escalationId, conversationId, note: reason ?? null, durationMs: now - escalation.createdAt }],
      });
      if (result.applied) {
        ctx.metrics.resolutions.inc({ action: 'cancelled' });
        ctx.escalations.publish(result.escalation, result.events);
        if (escalation.status !== 'offline') ctx.escalations.announce(result.escalation, 'cancelled', escalation);
        return result.escalation;
      }
      escalation = result.escalation ?? escalation;
    }
    throw new CommandFailure('invalid_state', `handoff "${escalationId}" kept changing while it was being cancelled; cancel it again`);
  }

  command('handoff:cancel', async (socket, { conversationId, escalationId, reason }) => {
    const escalation = await ownedEscalation(ctx, socket, conversationId, escalationId);
    return { status: customerStatusOf(await cancel(socket, escalation, reason)) };
  });

  command('offline:message', async (socket, { id, conversationId, escalationId, text, contact }) => {
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
    const idTaken = () => new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);

    /**
     * A later message to a follow-up already in the queue joins it: one place in line per
     * conversation. Null when the follow-up closed meanwhile, so the message finds its place afresh.
     */
    const join = async (open: OpenHandoff): Promise<LeftMessage | null> => {
      if (!open.followUp) {
        throw new CommandFailure('invalid_state', `handoff "${open.id}" is ${customerStatusOf({ ...open, resolution: null })}, so a person will read what you write; send it with customer:message`);
      }
      const result = await ctx.store.appendEvents(conversationId, {
        at: now,
        commandId: id,
        events: [messageFor(open.id)],
        audit: [auditFor(open.id)],
        expect: { escalationId: open.id, status: OPEN_STATUSES },
      });
      if (result.mismatched !== undefined) return null;
      const event = result.events[0];
      if (!event || event.type !== 'offline_message') throw idTaken();
      if (result.created) ctx.escalations.publish(open, result.events);
      return { escalationId: open.id, seq: event.seq };
    };

    /** A follow-up that has just entered the queue: its audience, webhooks and SLA hear of it. */
    const enqueued = (escalation: EscalationRecord, seq: number): LeftMessage => {
      ctx.escalations.announce(escalation, 'created');
      ctx.notifier.notify('escalation.created', escalation, ctx.router.channelsOf(escalation.routingRule));
      ctx.sla.consider(escalation.sla);
      return { escalationId: escalation.id, seq };
    };

    /**
     * The offline handoff the customer answers becomes the follow-up, unless another handoff of the
     * conversation is open by now (a later request found someone): then the message goes there.
     */
    const answer = async (offlineId: string): Promise<LeftMessage | null> => {
      const offline = await ownedEscalation(ctx, socket, conversationId, offlineId);
      if (offline.status !== 'offline') {
        if (offline.followUp && isOpen(offline.status)) return join(offline);
        throw new CommandFailure('invalid_state', `handoff "${offlineId}" is ${customerStatusOf(offline)}, not offline; write with customer:message`);
      }
      const result = await ctx.escalations.update(offlineId, {
        at: now,
        commandId: id,
        expect: { status: ['offline'], exclusive: true },
        set: { status: 'queued', followUp: true, contact: contact ?? null, sla: ctx.sla.windowFor(offline.kind, offline.severity, true, now) },
        events: [messageFor(offlineId)],
        audit: [auditFor(offlineId)],
      });
      if (result.applied) return enqueued(result.escalation, result.events[0]!.seq);
      const duplicate = result.duplicate?.find((e) => e.type === 'offline_message');
      if (duplicate) return { escalationId: offlineId, seq: duplicate.seq };
      if (result.open) return join(result.open);
      // Another message answered it first, or it was cancelled: look again.
      return null;
    };

    /** Without a handoff named, the message joins the conversation's follow-up or starts one. */
    const leave = async (): Promise<LeftMessage | null> => {
      const open = ctx.queue.openFor(conversationId);
      if (open) return join(open);
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
      if (result.created) {
        ctx.metrics.escalations.inc({ kind: 'takeover', trigger: LEFT_MESSAGE.trigger, severity: LEFT_MESSAGE.severity, status: 'queued' });
        return enqueued(result.escalation, result.events[0]!.seq);
      }
      if (result.escalation.id === id) throw new CommandFailure('conflict', `id "${id}" is already used by another handoff`);
      // Another message or request opened one at the same moment.
      return join(result.escalation);
    };

    // Each try reads the conversation afresh; only a handoff closing or opening meanwhile sends it round again.
    for (let attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
      const left = escalationId === undefined ? await leave() : await answer(escalationId);
      if (left) return left;
    }
    throw new CommandFailure('invalid_state', 'the handoffs of this conversation kept changing while the message was being left; send it again');
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
