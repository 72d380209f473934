import type { ConversationEvent, EscalationChange, Route } from '@baton/protocol';
import { ALL_AGENTS_ROOM, SUPERVISORS_ROOM, agentRoom, conversationRoom, teamRoom, type RelayContext } from './context.js';
import type { AppendInput, EscalationRecord, EscalationUpdate, NewEvent, QueueEntry, UpdateResult } from './store/store.js';
import { customerEmissionOf, customerStatusOf, toEscalationView, type CustomerEmission } from './views.js';

/** What a status entry is computed from. */
export type StatusSubject = Pick<EscalationRecord, 'id' | 'kind' | 'transfer' | 'status' | 'resolution' | 'route' | 'severity' | 'createdAt' | 'assignee'>;

/** Enough of an escalation to address its events: a full record or a queue-index entry. */
export type EscalationTarget =
  | Pick<EscalationRecord, 'id' | 'conversationId' | 'route' | 'assignee' | 'transfer' | 'claimedAt'>
  | Pick<QueueEntry, 'id' | 'conversationId' | 'route' | 'assigneeId' | 'transfer' | 'claimed'>;

/** The agent rooms that see an escalation on `route`: its target, supervisors, and its assignee. */
export function audienceRooms(route: Route, assigneeId: string | null): string[] {
  const rooms = [SUPERVISORS_ROOM];
  switch (route.to) {
    case 'anyone':
      rooms.push(ALL_AGENTS_ROOM);
      break;
    case 'team':
      rooms.push(teamRoom(route.team));
      break;
    case 'agent':
      rooms.push(agentRoom(route.agent));
      break;
    case 'supervisors':
      break;
  }
  if (assigneeId !== null) rooms.push(agentRoom(assigneeId));
  return rooms;
}

/** Who follows an escalation in this state: its route's audience while queued, else owner and supervisors. */
function watchers(e: Pick<EscalationRecord, 'route' | 'assignee' | 'status'>): string[] {
  if (e.status === 'queued') return audienceRooms(e.route, e.assignee?.id ?? null);
  return e.assignee ? [SUPERVISORS_ROOM, agentRoom(e.assignee.id)] : [SUPERVISORS_ROOM];
}

/**
 * Every escalation write goes through here, so the in-memory queue index follows the store and
 * each stored event reaches the customer and agents it is meant for.
 */
export class Escalations {
  constructor(private readonly ctx: RelayContext) {}

  async create(record: EscalationRecord, input: AppendInput, options?: { exclusive?: boolean }) {
    const result = await this.ctx.store.createEscalation(record, input, options);
    if (result.created) this.track(result.escalation);
    return result;
  }

  async update(id: string, change: EscalationUpdate): Promise<UpdateResult> {
    const result = await this.ctx.store.updateEscalation(id, change);
    if (result.applied) this.track(result.escalation);
    return result;
  }

  private track(escalation: EscalationRecord) {
    this.ctx.queue.track(escalation);
    // Written while the last agent for its route was leaving, or moved where nobody is online.
    this.ctx.unstaffed.consider(escalation);
  }

  /** A status entry for the customer's log, with the queue position as it stands. */
  statusEvent(escalation: StatusSubject, overrides: Partial<Extract<NewEvent, { type: 'status' }>> = {}): NewEvent {
    const place = this.ctx.queue.placeOf(escalation);
    return {
      type: 'status',
      escalationId: escalation.id,
      kind: escalation.kind,
      transfer: escalation.transfer,
      status: customerStatusOf(escalation),
      position: place?.position ?? null,
      estimatedWaitMs: place?.estimatedWaitMs ?? null,
      agentName: escalation.assignee?.name ?? null,
      offlineReason: null,
      ...overrides,
    };
  }

  /** Sends stored events to whoever they are for. */
  publish(escalation: EscalationTarget, events: readonly ConversationEvent[]) {
    for (const event of events) {
      const emission = customerEmissionOf(escalation.conversationId, event);
      if (emission) this.emitToCustomer(escalation.conversationId, emission);
      if (event.type === 'status') this.ctx.queue.told(event.escalationId, event.position, event.estimatedWaitMs);
      // A later message left for a follow-up in the queue reads, for the desk, like any customer line.
      if ((event.type === 'message' && event.from === 'customer') || event.type === 'offline_message') {
        this.ctx.agents.to(this.chatRooms(escalation, { leftMessage: event.type === 'offline_message' })).emit('customer:message', {
          escalationId: escalation.id,
          conversationId: escalation.conversationId,
          seq: event.seq,
          at: event.at,
          id: event.id,
          text: event.text,
        });
      } else if (event.type === 'context') {
        this.ctx.agents.to(this.chatRooms(escalation)).emit('context:appended', {
          escalationId: escalation.id,
          conversationId: escalation.conversationId,
          seq: event.seq,
          at: event.at,
          id: event.id,
          messages: event.messages,
        });
      }
    }
  }

  emitToCustomer(conversationId: string, emission: CustomerEmission) {
    const room = this.ctx.customers.to(conversationRoom(conversationId));
    (room.emit as (name: string, payload: unknown) => boolean)(emission.name, emission.payload);
  }

  /**
   * Tells agents an escalation appeared or changed. While it waits in the queue its whole audience
   * hears about it; once someone owns it, only the owner and supervisors do (the others learnt of
   * the claim and dropped it). `before` is its state before the change, so those who saw it then
   * hear that it moved on.
   */
  announce(escalation: EscalationRecord, change: EscalationChange | 'created', before?: Pick<EscalationRecord, 'route' | 'assignee' | 'status'>) {
    const rooms = new Set(watchers(escalation));
    if (before) for (const room of watchers(before)) rooms.add(room);
    const view = toEscalationView(escalation);
    const target = this.ctx.agents.to([...rooms]);
    if (change === 'created') target.emit('escalation:created', { escalation: view });
    else target.emit('escalation:updated', { escalation: view, change });
  }

  /**
   * Live chat goes to the assignee once there is one, to the whole audience while queued. A cold
   * transfer nobody has claimed yet shows its conversation to supervisors only, as its history does.
   */
  chatRooms(escalation: EscalationTarget, { leftMessage = false } = {}): string[] {
    const assigneeId = 'assigneeId' in escalation ? escalation.assigneeId : (escalation.assignee?.id ?? null);
    if (assigneeId !== null) return [agentRoom(assigneeId)];
    const claimed = 'claimed' in escalation ? escalation.claimed : escalation.claimedAt !== null;
    // A left message is what the follow-up is for: its audience reads it, as they do in its history.
    const hidden = escalation.transfer === 'cold' && !claimed && !leftMessage;
    return hidden ? [SUPERVISORS_ROOM] : audienceRooms(escalation.route, null);
  }
}
