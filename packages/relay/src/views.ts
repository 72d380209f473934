import type {
  ConversationEvent,
  CustomerEventName,
  CustomerEventPayload,
  EscalationView,
  HandoffStatus,
} from '@baton/protocol';
import type { EscalationRecord } from './store/store.js';

const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

/**
 * The desk's view of an escalation. A cold transfer shows no summary or transcript until someone
 * has claimed it: that is what "cold" promises the customer.
 */
export function toEscalationView(e: EscalationRecord): EscalationView {
  const reveal = e.transfer === 'warm' || e.claimedAt !== null;
  return {
    id: e.id,
    conversationId: e.conversationId,
    siteKey: e.siteKey,
    kind: e.kind,
    status: e.status,
    decision: e.decision,
    trigger: e.trigger,
    severity: e.severity,
    transfer: e.transfer,
    team: e.team,
    route: e.route,
    routingRule: e.routingRule,
    summary: reveal ? e.summary : null,
    transcript: reveal ? e.transcript : [],
    heldReply: e.heldReply,
    customer: { visitorId: e.visitorId, customerId: e.customerId, tier: e.tier, contact: e.contact },
    followUp: e.followUp,
    assignee: e.assignee,
    createdAt: iso(e.createdAt),
    claimedAt: isoOrNull(e.claimedAt),
    firstResponseAt: isoOrNull(e.firstResponseAt),
    resolvedAt: isoOrNull(e.resolvedAt),
    resolution: e.resolution ? { action: e.resolution.action, note: e.resolution.note, by: e.resolution.by, at: iso(e.resolution.at) } : null,
    sla: e.sla ? { startedAt: iso(e.sla.startedAt), warnAt: iso(e.sla.warnAt), dueAt: iso(e.sla.dueAt), warned: e.sla.warned, breaches: e.slaBreaches } : null,
    slaBreaches: e.slaBreaches,
    lastSeq: e.lastSeq,
  };
}

/** What the customer is told about an escalation in this state. */
export function customerStatusOf(e: Pick<EscalationRecord, 'status' | 'kind' | 'resolution'>): HandoffStatus {
  switch (e.status) {
    case 'offline':
      return 'offline';
    case 'queued':
    case 'assigned':
      return e.kind === 'review' ? 'in_review' : e.status;
    case 'connected':
      return 'connected';
    case 'resolved':
      return e.resolution?.action === 'handed_back' ? 'returned' : 'resolved';
    case 'cancelled':
      return 'returned';
  }
}

export type CustomerEmission = { [Name in CustomerEventName]: { name: Name; payload: CustomerEventPayload<Name> } }[CustomerEventName];

/** The customer's form of a stored event, or null for events meant for agents only. */
export function customerEmissionOf(conversationId: string, event: ConversationEvent): CustomerEmission | null {
  switch (event.type) {
    case 'message':
      if (event.from !== 'agent' || event.escalationId === null) return null;
      return {
        name: 'agent:message',
        payload: { conversationId, escalationId: event.escalationId, seq: event.seq, id: event.id, text: event.text, agentName: event.agent?.name ?? '', at: event.at },
      };
    case 'status':
      return {
        name: 'handoff:status',
        payload: {
          conversationId,
          escalationId: event.escalationId,
          kind: event.kind,
          status: event.status,
          seq: event.seq,
          at: event.at,
          transfer: event.transfer,
          position: event.position,
          estimatedWaitMs: event.estimatedWaitMs,
          agentName: event.agentName,
          offlineReason: event.offlineReason,
        },
      };
    case 'review_decision':
      return {
        name: 'review:decision',
        payload: { conversationId, escalationId: event.escalationId, seq: event.seq, at: event.at, decision: event.decision, text: event.text },
      };
    default:
      return null;
  }
}
