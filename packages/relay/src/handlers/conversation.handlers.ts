import { customerCommands } from '@baton/protocol';
import type { CommandDefiner } from '../command.js';
import { CommandFailure, type RelayContext } from '../context.js';
import { OPEN_STATUSES } from '../store/store.js';
import { customerEmissionOf, customerStatusOf } from '../views.js';
import type { CustomerSocket } from '../types.js';
import { handoffEnded, liveEscalation, ownedConversation, rememberOwned } from './access.js';

const REPLAY_PAGE = 500;

/** `/customer`: opening (and re-opening) a conversation with catch-up, live chat and typing. */
export const conversationHandlers = (ctx: RelayContext, command: CommandDefiner<typeof customerCommands, CustomerSocket>) => {
  command('conversation:open', async (socket, { id, since }) => {
    const { conversation } = await ctx.store.openConversation({
      id,
      siteKey: socket.data.siteKey,
      ownerKey: socket.data.ownerKey,
      visitorId: socket.data.visitorId,
      customerId: socket.data.customerId,
      tier: socket.data.tier,
      createdAt: ctx.clock.now(),
    });
    if (conversation.ownerKey !== socket.data.ownerKey || conversation.siteKey !== socket.data.siteKey) {
      throw new CommandFailure('not_found', `no conversation "${id}" for this visitor`);
    }
    // Join before reading the log: an event written meanwhile arrives twice at worst (same seq), never not at all.
    rememberOwned(socket, id);
    let cursor = since ?? 0;
    let replayed = 0;
    for (;;) {
      const events = await ctx.store.eventsSince(id, cursor, { limit: REPLAY_PAGE, customerVisibleOnly: true });
      for (const event of events) {
        const emission = customerEmissionOf(id, event);
        if (emission) {
          (socket.emit as (name: string, payload: unknown) => boolean)(emission.name, emission.payload);
          replayed += 1;
        }
        cursor = event.seq;
      }
      if (events.length < REPLAY_PAGE) break;
    }
    const active = await ctx.store.activeEscalationFor(id);
    if (active?.status === 'queued' && !active.followUp) {
      // The replayed status carried the position at the time; tell them where they stand now.
      ctx.queue.forget(active.id);
      ctx.queue.schedule();
    }
    const latest = await ctx.store.getConversation(id);
    return {
      conversation: {
        id,
        // The relay's own figure, also when a client claims to have seen more (e.g. after a store reset).
        lastSeq: latest?.lastSeq ?? 0,
        escalationId: active?.id ?? null,
        status: active ? customerStatusOf(active) : null,
      },
      replayed,
    };
  });

  command('customer:message', async (socket, { id, conversationId, text }) => {
    await ownedConversation(ctx, socket, conversationId);
    const escalation = await liveEscalation(ctx, conversationId);
    if (escalation.kind === 'review') {
      throw new CommandFailure('invalid_state', 'a reviewer is checking a reply, nobody is chatting; send new messages with context:append');
    }
    const result = await ctx.store.appendEvents(conversationId, {
      at: ctx.clock.now(),
      commandId: id,
      // The conversation log is the record of what customers say; the audit log keeps staff and system actions.
      events: [{ type: 'message', id, from: 'customer', text, agent: null, escalationId: escalation.id }],
      // The queue index can lag a resolve by a moment: the store decides whether the handoff is still open.
      expect: { escalationId: escalation.id, status: OPEN_STATUSES },
    });
    if (result.mismatched !== undefined) throw handoffEnded(escalation.id, result.mismatched);
    const message = result.events.find((e) => e.type === 'message');
    if (!message || message.type !== 'message' || message.from !== 'customer') {
      throw new CommandFailure('conflict', `id "${id}" is already used by another event in this conversation`);
    }
    if (result.created) {
      ctx.metrics.messages.inc({ from: 'customer' });
      ctx.escalations.publish(escalation, result.events);
    }
    return { seq: message.seq };
  });

  command('customer:typing', async (socket, { conversationId, typing }) => {
    await ownedConversation(ctx, socket, conversationId);
    const escalation = ctx.queue.openFor(conversationId);
    if (escalation) ctx.agents.to(ctx.escalations.chatRooms(escalation)).emit('customer:typing', { escalationId: escalation.id, conversationId, typing });
    return {};
  });
};
