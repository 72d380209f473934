import { agentCommands, type ConversationEvent } from '@baton/protocol';
import type { CommandDefiner } from '../command.js';
import { CommandFailure, conversationRoom, type RelayContext } from '../context.js';
import type { EscalationTarget } from '../escalations.js';
import type { EscalationRecord, NewAuditEntry, NewEvent, QueueEntry } from '../store/store.js';
import type { AgentSocket } from '../types.js';
import { agentActor, visibleEscalation } from './access.js';

/** `/agent`: talking to the customer once the escalation is yours. */
export const chatHandlers = (ctx: RelayContext, command: CommandDefiner<typeof agentCommands, AgentSocket>) => {
  const publish = (target: EscalationTarget, events: ConversationEvent[]) => {
    ctx.metrics.messages.inc({ from: 'agent' });
    ctx.escalations.publish(target, events);
  };

  /** The sequence number of this agent's message among the events a command wrote (now or the first time). */
  const sentSeq = (events: readonly ConversationEvent[], agentId: string, id: string, then: (() => void) | null): number => {
    const sent = events.find((event) => event.type === 'message');
    if (!sent || sent.type !== 'message' || sent.from !== 'agent' || sent.agent?.id !== agentId) {
      throw new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);
    }
    then?.();
    return sent.seq;
  };

  const assertLiveChat = (socket: AgentSocket, e: EscalationRecord) => {
    if (e.kind === 'review') throw new CommandFailure('invalid_state', 'a review is decided with escalation:resolve; there is no live chat');
    if (e.assignee?.id !== socket.data.agent.id) {
      throw new CommandFailure('not_owner', e.assignee ? `escalation "${e.id}" is assigned to ${e.assignee.name}` : `claim escalation "${e.id}" first`);
    }
    if (e.status !== 'assigned' && e.status !== 'connected') throw new CommandFailure('invalid_state', `escalation "${e.id}" is ${e.status}`);
  };

  command('agent:message', async (socket, { id, escalationId, text }) => {
    const me = socket.data.agent;
    const now = ctx.clock.now();
    const message: NewEvent = { type: 'message', id, from: 'agent', text, agent: { id: me.id, name: me.name }, escalationId };
    const audit = (e: Pick<QueueEntry, 'conversationId' | 'createdAt' | 'status'>): NewAuditEntry[] => [
      {
        ...agentActor(socket),
        action: 'message',
        escalationId,
        conversationId: e.conversationId,
        detail: { messageId: id, characters: text.length },
        durationMs: e.status === 'assigned' ? now - e.createdAt : null,
      },
    ];

    /** A later message of a chat under way; written only while the chat is still this agent's (a resolve may commit first). */
    const appendToChat = (e: Pick<QueueEntry, 'conversationId' | 'createdAt' | 'status'>) =>
      ctx.store.appendEvents(e.conversationId, {
        at: now,
        commandId: id,
        events: [message],
        audit: audit(e),
        expect: { escalationId, status: ['connected'], assigneeId: me.id },
      });

    /** The first reply connects the customer and meets the first-response SLA. */
    const firstReply = async (e: Pick<QueueEntry, 'id' | 'conversationId' | 'route' | 'status' | 'kind' | 'transfer' | 'severity' | 'createdAt'>) => {
      const before = { route: e.route, status: e.status, assignee: { id: me.id, name: me.name } };
      const connected = { ...e, ...before, status: 'connected' as const, resolution: null };
      const result = await ctx.escalations.update(escalationId, {
        at: now,
        commandId: id,
        expect: { status: ['assigned'], assigneeId: me.id },
        set: (current) => ({ status: 'connected', firstResponseAt: now, sla: null, slaMetAt: current.slaMetAt ?? (current.sla ? now : null) }),
        events: [ctx.escalations.statusEvent(connected), message],
        audit: audit(e),
      });
      if (result.applied) {
        // The customer's reply first, the desks' status change after it.
        const seq = sentSeq(result.events, me.id, id, () => publish(result.escalation, result.events));
        ctx.escalations.announce(result.escalation, 'responded', before);
        return seq;
      }
      return result.duplicate ? sentSeq(result.duplicate, me.id, id, null) : null;
    };

    // The common cases, a chat under way or its first reply, are served from the queue index.
    const open = ctx.queue.openEntry(escalationId);
    if (open && open.assigneeId === me.id && open.kind === 'takeover') {
      if (open.status === 'connected') {
        const result = await appendToChat(open);
        // Resolved, released or taken back meanwhile: the full check below says which.
        if (result.mismatched === undefined) return { seq: sentSeq(result.events, me.id, id, result.created ? () => publish(open, result.events) : null) };
      }
      const seq = open.status === 'assigned' ? await firstReply(open) : null;
      if (seq !== null) return { seq };
    }

    // Anything else (a retry, someone else's escalation, a changed state) gets the full check and a precise answer.
    const e = await visibleEscalation(ctx, socket, escalationId);
    const earlier = await ctx.store.eventsByCommand(e.conversationId, id);
    if (earlier.length > 0) return { seq: sentSeq(earlier, me.id, id, null) };
    assertLiveChat(socket, e);
    if (e.status === 'assigned') {
      const seq = await firstReply(e);
      if (seq !== null) return { seq };
      // Connected meanwhile (another tab of the same agent): if still ours and live, this is a later message.
      assertLiveChat(socket, (await ctx.store.getEscalation(e.id)) ?? e);
    }
    const result = await appendToChat(e);
    if (result.mismatched !== undefined) {
      if (result.mismatched) assertLiveChat(socket, result.mismatched);
      throw new CommandFailure('invalid_state', `escalation "${e.id}" changed while the message was on its way; send it again`);
    }
    return { seq: sentSeq(result.events, me.id, id, result.created ? () => publish(e, result.events) : null) };
  });

  command('agent:typing', async (socket, { escalationId, typing }) => {
    const open = ctx.queue.openEntry(escalationId);
    let conversationId: string;
    if (open && open.assigneeId === socket.data.agent.id && open.kind === 'takeover') {
      conversationId = open.conversationId;
    } else {
      const e = await visibleEscalation(ctx, socket, escalationId);
      assertLiveChat(socket, e);
      conversationId = e.conversationId;
    }
    ctx.customers.to(conversationRoom(conversationId)).emit('agent:typing', { conversationId, escalationId, typing, agentName: socket.data.agent.name });
    return {};
  });
};
