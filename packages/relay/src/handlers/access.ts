import { canSee, describeRoute } from '@baton/protocol';
import { CommandFailure, conversationRoom, type RelayContext } from '../context.js';
import type { EscalationRecord, NewAuditEntry, QueueEntry } from '../store/store.js';
import type { AgentSocket, CustomerSocket } from '../types.js';
import { customerStatusOf } from '../views.js';

/**
 * The conversation, if this customer owns it. Another customer's conversation looks exactly like a
 * missing one, so ids cannot be probed. Joins the socket to the conversation's room.
 */
export async function ownedConversation(ctx: RelayContext, socket: CustomerSocket, conversationId: string): Promise<void> {
  if (socket.data.owned?.has(conversationId)) return;
  const owner = await ctx.store.conversationOwner(conversationId);
  if (!owner || owner.ownerKey !== socket.data.ownerKey || owner.siteKey !== socket.data.siteKey) {
    throw new CommandFailure('not_found', `no conversation "${conversationId}" for this visitor; open it first with conversation:open`);
  }
  rememberOwned(socket, conversationId);
}

/** Joins the conversation's room and remembers the ownership for this socket's later commands. */
export function rememberOwned(socket: CustomerSocket, conversationId: string) {
  (socket.data.owned ??= new Set()).add(conversationId);
  void socket.join(conversationRoom(conversationId));
}

/** An escalation of a conversation this customer owns. */
export async function ownedEscalation(ctx: RelayContext, socket: CustomerSocket, conversationId: string, escalationId: string): Promise<EscalationRecord> {
  await ownedConversation(ctx, socket, conversationId);
  const escalation = await ctx.store.getEscalation(escalationId);
  if (!escalation || escalation.conversationId !== conversationId) {
    throw new CommandFailure('not_found', `no handoff "${escalationId}" in conversation "${conversationId}"`);
  }
  return escalation;
}

/** The escalation, if this agent may see it (route, team, assignee, or supervisor). */
export async function visibleEscalation(ctx: RelayContext, socket: AgentSocket, escalationId: string): Promise<EscalationRecord> {
  const escalation = await ctx.store.getEscalation(escalationId);
  if (!escalation) throw new CommandFailure('not_found', `no escalation "${escalationId}"`);
  if (!canSee(socket.data.agent, escalation.route, escalation.assignee?.id ?? null)) {
    throw new CommandFailure('forbidden', `escalation "${escalationId}" is routed to ${describeRoute(escalation.route)}, not to you`);
  }
  return escalation;
}

/**
 * The answer to a customer's write that lost a race with the end of its handoff (say, a resolve
 * that committed first): nothing was stored, so the client still has what it sent.
 */
export function handoffEnded(escalationId: string, current: EscalationRecord | null): CommandFailure {
  const status = current ? customerStatusOf(current) : 'gone';
  return new CommandFailure('invalid_state', `handoff "${escalationId}" is ${status}: it ended before this arrived, so no person will read it; request a handoff to reach one again`);
}

/** The conversation's open escalation (from the queue index), or the reason there is none to talk to. */
export async function liveEscalation(ctx: RelayContext, conversationId: string): Promise<QueueEntry> {
  const open = ctx.queue.openFor(conversationId);
  if (open) return open;
  const latest = await ctx.store.activeEscalationFor(conversationId);
  throw new CommandFailure(
    'invalid_state',
    latest?.status === 'offline' ? 'nobody is available right now; leave a message with offline:message' : 'no person is on this conversation; request a handoff first',
  );
}

/** The audit log's actor for this agent's commands. */
export function agentActor(socket: AgentSocket): Pick<NewAuditEntry, 'actorType' | 'actorId' | 'actorName'> {
  return { actorType: 'agent', actorId: socket.data.agent.id, actorName: socket.data.agent.name };
}
