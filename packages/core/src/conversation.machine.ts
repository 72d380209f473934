import { assign, emit, fromPromise, not, setup } from 'xstate';
import type {
  ContextSummary,
  ConversationMessage,
  EscalationDecision,
  RedactedMessage,
  ReviewDecision,
  TransferMode,
} from '@baton/protocol';
import { afterHandBack, evaluate, initialState, type ConversationState } from './evaluate.js';
import type { CompiledPolicy } from './policy.js';
import { buildSummary, fitHostSummary, redactTranscript, type HandoffContext, type Summarizer } from './summary.js';

export type OfflineReason = 'no_agent' | 'out_of_hours' | 'unreachable';

export interface ConversationInput {
  policy: CompiledPolicy;
  /** Milliseconds since the epoch; inject a fake clock in tests. */
  now?: () => number;
  /** Creates handoff ids; inject for deterministic tests. */
  createId?: () => string;
  /** The host's own summarizer; the built-in one is used when absent or when it fails. */
  summarize?: Summarizer;
  /** How long a host summarizer may take before the built-in summary is sent instead. */
  summarizeTimeoutMs?: number;
  contacts?: ConversationState['contacts'];
}

/** A line of the conversation; `withheld` marks a bot reply the customer has not seen (handed over on, or held for review). */
export type SpokenMessage = ConversationMessage & { withheld?: boolean };

export interface ConversationContext {
  policy: CompiledPolicy;
  now: () => number;
  createId: () => string;
  summarize: Summarizer | undefined;
  summarizeTimeoutMs: number;
  evaluation: ConversationState;
  messages: SpokenMessage[];
  /** The decision that started the current handoff. */
  decision: EscalationDecision | null;
  handoffId: string | null;
  transfer: TransferMode | null;
  queue: { position: number | null; estimatedWaitMs: number | null } | null;
  agent: { name: string } | null;
  agentTyping: boolean;
  /** A bot reply held for review. */
  heldReply: ConversationMessage | null;
  reviewOutcome: { decision: ReviewDecision; text: string | null } | null;
  offlineReason: OfflineReason | null;
  /** Messages left while offline, in order. */
  leftMessages: string[];
  /** Where to go back to once a dropped connection returns. */
  resumeTo: 'queued' | 'connected' | 'reviewing' | null;
  /** A "talk to a person" pressed while reconnecting or offline: sent as soon as the relay is back. */
  humanRequestPending: boolean;
}

export type ConversationEvent =
  | { type: 'customer.message'; text: string }
  | { type: 'bot.reply'; text: string; confidence?: number; intent?: string }
  | { type: 'human.request' }
  | { type: 'handoff.queued'; position: number | null; estimatedWaitMs: number | null }
  | { type: 'agent.joined'; name: string }
  | { type: 'agent.message'; text: string }
  | { type: 'agent.typing'; typing: boolean }
  | { type: 'handoff.resolved' }
  | { type: 'handoff.returned' }
  | { type: 'handoff.cancel' }
  | { type: 'review.decision'; decision: ReviewDecision; text?: string | null }
  | { type: 'relay.offline'; reason: OfflineReason }
  | { type: 'offline.leave_message'; text: string }
  | { type: 'connection.lost' }
  | { type: 'connection.restored' }
  | { type: 'conversation.restart' };

/** What the machine announces; elements turn these into `baton-*` DOM events, transports into socket commands. */
export type ConversationEmitted =
  | { type: 'escalated'; decision: EscalationDecision }
  | { type: 'handoff.requested'; id: string; decision: EscalationDecision; summary: ContextSummary | null; transcript: RedactedMessage[]; heldReply: RedactedMessage | null }
  | { type: 'handoff.cancelled'; id: string }
  | { type: 'bot.pause' }
  | { type: 'bot.resume' }
  | { type: 'bot.reply.released'; text: string; edited: boolean }
  | { type: 'bot.reply.blocked' }
  | { type: 'customer.message.forward'; id: string; text: string; while: 'queued' | 'connected' | 'reviewing' }
  | { type: 'agent.message'; text: string }
  | { type: 'offline.message'; id: string; text: string }
  | { type: 'human.request.acknowledged'; state: string };

const DEFAULT_SUMMARIZE_TIMEOUT_MS = 3_000;

/**
 * The context of a conversation with no handoff under way: where it starts and where a hand-back
 * returns (the widget also resets a handoff cut short by a page reload with it).
 */
export const NO_HANDOFF = {
  decision: null,
  handoffId: null,
  transfer: null,
  queue: null,
  agent: null,
  agentTyping: false,
  heldReply: null,
  resumeTo: null,
  humanRequestPending: false,
} satisfies Partial<ConversationContext>;

let sequence = 0;
const defaultId = () => `h_${Date.now().toString(36)}_${(sequence++).toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

type SummarizeInput = Pick<ConversationContext, 'policy' | 'messages' | 'evaluation' | 'summarize' | 'summarizeTimeoutMs'> & {
  decision: EscalationDecision;
};

/** Builds the warm-transfer context; a host summarizer that fails or stalls falls back to the built-in one. */
export async function prepareHandoff(input: SummarizeInput): Promise<HandoffContext> {
  const { transcript, redactions } = redactTranscript(input.policy, input.messages);
  const summaryInput = { transcript, state: input.evaluation, decision: input.decision };
  const builtIn = () => buildSummary(summaryInput, redactions);
  if (!input.summarize) return { summary: builtIn(), transcript };
  const custom = input.summarize;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const summary = await Promise.race([
      Promise.resolve().then(() => custom(summaryInput)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('summarizer timed out')), input.summarizeTimeoutMs);
      }),
    ]);
    return { summary: fitHostSummary(input.policy, summary, builtIn()), transcript };
  } catch {
    return { summary: builtIn(), transcript };
  } finally {
    clearTimeout(timer);
  }
}

function record(context: ConversationContext, message: ConversationMessage) {
  const result = evaluate(context.policy, context.evaluation, message, context.now());
  return { evaluation: result.state, messages: [...context.messages, message], decision: result.decision };
}

const explicitDecision = (context: ConversationContext): EscalationDecision => ({
  trigger: 'explicit_request',
  rule: null,
  severity: context.policy.policy.triggers.explicit_request.severity,
  transfer: context.policy.policy.triggers.explicit_request.transfer,
  kind: 'takeover',
  reason: 'Asked for a person: pressed "Talk to a person"',
  evidence: ['talk-to-a-person control'],
  messageIndex: Math.max(0, context.messages.length - 1),
});

/**
 * One conversation, from the AI answering to a human owning it and back. Pure: no DOM, no sockets.
 * Inputs arrive as events (customer and bot messages from the host, relay statuses from the
 * transport); everything the outside must do is announced with `emit`.
 */
export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    input: {} as ConversationInput,
    events: {} as ConversationEvent,
    emitted: {} as ConversationEmitted,
  },
  actors: {
    prepareHandoff: fromPromise<HandoffContext, SummarizeInput>(({ input }) => prepareHandoff(input)),
  },
  delays: {
    aiTimeout: ({ context }) => context.policy.policy.triggers.inactivity.aiTimeoutMs,
  },
  guards: {
    takeover: ({ context }) => context.decision?.kind === 'takeover',
    review: ({ context }) => context.decision?.kind === 'review',
    inactivityEnabled: ({ context }) => context.policy.policy.triggers.inactivity.enabled,
    resumeQueued: ({ context }) => context.resumeTo === 'queued',
    resumeConnected: ({ context }) => context.resumeTo === 'connected',
    resumeReviewing: ({ context }) => context.resumeTo === 'reviewing',
    humanRequestPending: ({ context }) => context.humanRequestPending,
    cameBackOnline: ({ context }) => context.offlineReason === 'unreachable',
    /** A customer message that needs a person now ("agent please", a safety topic), also while a reply is in review. */
    customerNeedsPerson: ({ context, event }) =>
      event.type === 'customer.message' && record(context, { role: 'customer', text: event.text, at: new Date(context.now()).toISOString() }).decision?.kind === 'takeover',
    /** The reviewer passed it on: still in review, the reply stays held. */
    escalatedFurther: ({ event }) => event.type === 'review.decision' && event.decision === 'escalate_further',
  },
  actions: {
    recordCustomer: assign(({ context, event }) => {
      if (event.type !== 'customer.message') return {};
      return record(context, { role: 'customer', text: event.text, at: new Date(context.now()).toISOString() });
    }),
    recordBot: assign(({ context, event }) => {
      if (event.type !== 'bot.reply') return {};
      const message: ConversationMessage = { role: 'bot', text: event.text, at: new Date(context.now()).toISOString() };
      if (event.confidence !== undefined) message.confidence = event.confidence;
      if (event.intent !== undefined) message.intent = event.intent;
      const next = record(context, message);
      if (!next.decision) return next;
      // Handed over on, or held for a reviewer: not shown (a review that lets it out clears the mark).
      return { ...next, messages: [...context.messages, { ...message, withheld: true }], heldReply: next.decision.kind === 'review' ? message : null };
    }),
    decideExplicit: assign(({ context }) => ({ decision: explicitDecision(context) })),
    decideInactivity: assign(({ context }) => {
      const { inactivity } = context.policy.policy.triggers;
      const decision: EscalationDecision = {
        trigger: 'inactivity',
        rule: null,
        severity: inactivity.severity,
        transfer: inactivity.transfer,
        kind: 'takeover',
        reason: `AI not responding: no reply within ${Math.round(inactivity.aiTimeoutMs / 1000)} s`,
        evidence: [`timeout ${inactivity.aiTimeoutMs} ms`],
        messageIndex: Math.max(0, context.messages.length - 1),
      };
      return { decision };
    }),
    announceEscalation: emit(({ context }) => ({ type: 'escalated' as const, decision: context.decision! })),
    releaseBotReply: emit(({ event }) => ({ type: 'bot.reply.released' as const, text: event.type === 'bot.reply' ? event.text : '', edited: false })),
    pauseBot: emit({ type: 'bot.pause' as const }),
    resumeBot: emit({ type: 'bot.resume' as const }),
    startHandoff: assign(({ context }) => ({
      handoffId: context.createId(),
      transfer: context.decision?.transfer ?? 'warm',
      queue: { position: null, estimatedWaitMs: null },
      agent: null,
      agentTyping: false,
      offlineReason: null,
      reviewOutcome: null,
      // This handoff is the answer to a request made while offline or reconnecting.
      humanRequestPending: false,
    })),
    requestHandoff: emit(({ context, event }) => {
      const prepared = (event as unknown as { output: HandoffContext }).output;
      const warm = context.transfer === 'warm';
      // Only a review carries the reply it holds; a takeover asked for during a review leaves it withheld.
      const held = context.heldReply && context.decision!.kind === 'review' ? context.policy.redactor.redact(context.heldReply.text).text : null;
      return {
        type: 'handoff.requested' as const,
        id: context.handoffId!,
        decision: context.decision!,
        // Cold is the queue only: the agent learns why, not what was said.
        summary: warm ? prepared.summary : null,
        transcript: warm ? prepared.transcript : [],
        heldReply: held === null ? null : { role: 'bot' as const, text: held },
      };
    }),
    updateQueue: assign(({ event }) =>
      event.type === 'handoff.queued' ? { queue: { position: event.position, estimatedWaitMs: event.estimatedWaitMs } } : {},
    ),
    joinAgent: assign(({ event }) => (event.type === 'agent.joined' ? { agent: { name: event.name }, agentTyping: false } : {})),
    leaveAgent: assign({ agent: null, agentTyping: false }),
    recordAgent: assign(({ context, event }) => {
      if (event.type !== 'agent.message') return {};
      const message: ConversationMessage = { role: 'agent', text: event.text, at: new Date(context.now()).toISOString() };
      return { messages: [...context.messages, message], evaluation: { ...context.evaluation, index: context.evaluation.index + 1 }, agentTyping: false };
    }),
    announceAgentMessage: emit(({ event }) => ({ type: 'agent.message' as const, text: event.type === 'agent.message' ? event.text : '' })),
    setAgentTyping: assign(({ event }) => (event.type === 'agent.typing' ? { agentTyping: event.typing } : {})),
    recordForwarded: assign(({ context, event }) => {
      if (event.type !== 'customer.message') return {};
      const message: ConversationMessage = { role: 'customer', text: event.text, at: new Date(context.now()).toISOString() };
      return { messages: [...context.messages, message], evaluation: { ...context.evaluation, index: context.evaluation.index + 1 } };
    }),
    forwardCustomer: emit(({ context, event }, params: { while: 'queued' | 'connected' | 'reviewing' }) => ({
      type: 'customer.message.forward' as const,
      id: context.createId(),
      text: event.type === 'customer.message' ? context.policy.redactor.redact(event.text).text : '',
      while: params.while,
    })),
    cancelHandoff: emit(({ context }) => ({ type: 'handoff.cancelled' as const, id: context.handoffId ?? '' })),
    clearHandoff: assign(({ context }) => ({ ...NO_HANDOFF, evaluation: afterHandBack(context.evaluation) })),
    applyReview: assign(({ context, event }) => {
      if (event.type !== 'review.decision') return {};
      const reviewOutcome = { decision: event.decision, text: event.text ?? null };
      if (event.decision !== 'allow' && event.decision !== 'redact_and_allow') return { reviewOutcome };
      // The held reply (the last one withheld: nothing else reaches the bot side meanwhile) goes out.
      const held = context.messages.findLastIndex((m) => m.role === 'bot' && m.withheld);
      return { reviewOutcome, messages: context.messages.map((m, i) => (i === held ? { ...m, withheld: false } : m)) };
    }),
    announceReview: emit(({ context, event }) => {
      if (event.type !== 'review.decision' || event.decision === 'block') return { type: 'bot.reply.blocked' as const };
      const original = context.heldReply?.text ?? '';
      const text = event.decision === 'redact_and_allow' && event.text ? event.text : original;
      return { type: 'bot.reply.released' as const, text, edited: text !== original };
    }),
    goOffline: assign(({ event }) => (event.type === 'relay.offline' ? { offlineReason: event.reason } : {})),
    leaveMessage: assign(({ context, event }) =>
      event.type === 'offline.leave_message' ? { leftMessages: [...context.leftMessages, event.text] } : {},
    ),
    announceLeftMessage: emit(({ context, event }) => ({
      type: 'offline.message' as const,
      id: context.createId(),
      text: event.type === 'offline.leave_message' ? context.policy.redactor.redact(event.text).text : '',
    })),
    rememberResume: assign((_, params: { to: 'queued' | 'connected' | 'reviewing' }) => ({ resumeTo: params.to })),
    markHumanRequested: assign({ humanRequestPending: true }),
    acknowledgeHuman: emit((_, params: { state: string }) => ({ type: 'human.request.acknowledged' as const, state: params.state })),
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => ({
    policy: input.policy,
    now: input.now ?? Date.now,
    createId: input.createId ?? defaultId,
    summarize: input.summarize,
    summarizeTimeoutMs: input.summarizeTimeoutMs ?? DEFAULT_SUMMARIZE_TIMEOUT_MS,
    evaluation: initialState(input.contacts),
    messages: [],
    ...NO_HANDOFF,
    reviewOutcome: null,
    offlineReason: null,
    leftMessages: [],
  }),
  initial: 'bot',
  states: {
    bot: {
      initial: 'idle',
      on: {
        'human.request': { target: 'escalating', actions: ['decideExplicit'] },
        'customer.message': { target: '.judgingCustomer', actions: ['recordCustomer'] },
        'bot.reply': { target: '.judgingBot', actions: ['recordBot'] },
      },
      states: {
        idle: {},
        /** The customer wrote; the AI must answer within the policy's timeout. */
        awaitingReply: {
          after: { aiTimeout: { guard: 'inactivityEnabled', target: '#conversation.escalating', actions: ['decideInactivity'] } },
        },
        judgingCustomer: {
          always: [{ guard: 'takeover', target: '#conversation.escalating' }, { target: 'awaitingReply' }],
        },
        judgingBot: {
          always: [
            { guard: 'takeover', target: '#conversation.escalating' },
            { guard: 'review', target: '#conversation.reviewing' },
            { target: 'idle', actions: ['releaseBotReply'] },
          ],
        },
      },
    },

    /** An AI reply is held while a reviewer decides. The customer sees that a teammate is checking. */
    reviewing: {
      entry: ['startHandoff', 'announceEscalation'],
      initial: 'preparing',
      on: {
        'human.request': { target: 'escalating', actions: ['decideExplicit'] },
        'customer.message': [
          { guard: 'customerNeedsPerson', target: 'escalating', actions: ['recordCustomer'] },
          { actions: ['recordForwarded', { type: 'forwardCustomer', params: { while: 'reviewing' } }] },
        ],
        'review.decision': [
          { guard: 'escalatedFurther', actions: ['applyReview'] },
          { target: 'bot', actions: ['applyReview', 'announceReview', 'clearHandoff'] },
        ],
        'relay.offline': { target: 'offline', actions: ['goOffline'] },
        'connection.lost': { target: 'reconnecting', actions: [{ type: 'rememberResume', params: { to: 'reviewing' } }] },
        'handoff.queued': { actions: ['updateQueue'] },
      },
      states: {
        preparing: {
          invoke: {
            id: 'prepare',
            src: 'prepareHandoff',
            input: ({ context }) => ({ ...context, decision: context.decision! }),
            onDone: { target: 'waiting', actions: ['requestHandoff'] },
          },
        },
        waiting: {},
      },
    },

    /** Building the summary before the request goes out; the bot is already paused. */
    escalating: {
      entry: ['startHandoff', 'announceEscalation', 'pauseBot'],
      on: {
        'customer.message': { actions: ['recordForwarded'] },
        'connection.lost': { actions: [{ type: 'rememberResume', params: { to: 'queued' } }] },
        'human.request': { actions: [{ type: 'acknowledgeHuman', params: { state: 'escalating' } }] },
      },
      invoke: {
        id: 'prepare',
        src: 'prepareHandoff',
        input: ({ context }) => ({ ...context, decision: context.decision! }),
        onDone: { target: 'queued', actions: ['requestHandoff'] },
      },
    },

    /** Waiting for a human: warm (summary shared) or cold, with position and wait when known. */
    queued: {
      on: {
        'handoff.queued': { actions: ['updateQueue'] },
        'agent.joined': { target: 'connected', actions: ['joinAgent'] },
        'customer.message': { actions: ['recordForwarded', { type: 'forwardCustomer', params: { while: 'queued' } }] },
        'handoff.cancel': { target: 'bot', actions: ['cancelHandoff', 'clearHandoff', 'resumeBot'] },
        'handoff.returned': { target: 'bot', actions: ['clearHandoff', 'resumeBot'] },
        'handoff.resolved': { target: 'ended' },
        'relay.offline': { target: 'offline', actions: ['goOffline'] },
        'connection.lost': { target: 'reconnecting', actions: [{ type: 'rememberResume', params: { to: 'queued' } }] },
        'human.request': { actions: [{ type: 'acknowledgeHuman', params: { state: 'queued' } }] },
      },
    },

    /** A human owns the conversation; the host's bot stays paused. */
    connected: {
      on: {
        'agent.message': { actions: ['recordAgent', 'announceAgentMessage'] },
        'agent.typing': { actions: ['setAgentTyping'] },
        'agent.joined': { actions: ['joinAgent'] },
        // The agent released it: back in line for the next person.
        'handoff.queued': { target: 'queued', actions: ['leaveAgent', 'updateQueue'] },
        'customer.message': { actions: ['recordForwarded', { type: 'forwardCustomer', params: { while: 'connected' } }] },
        'handoff.resolved': { target: 'ended' },
        'handoff.returned': { target: 'bot', actions: ['clearHandoff', 'resumeBot'] },
        'handoff.cancel': { target: 'bot', actions: ['cancelHandoff', 'clearHandoff', 'resumeBot'] },
        'connection.lost': { target: 'reconnecting', actions: [{ type: 'rememberResume', params: { to: 'connected' } }] },
        'human.request': { actions: [{ type: 'acknowledgeHuman', params: { state: 'connected' } }] },
      },
    },

    /** The link to the relay dropped; the transport is retrying and will catch up by sequence. */
    reconnecting: {
      on: {
        'connection.restored': [
          { guard: 'humanRequestPending', target: 'escalating', actions: ['decideExplicit'] },
          { guard: 'resumeConnected', target: 'connected' },
          { guard: 'resumeReviewing', target: 'reviewing.waiting' },
          { target: 'queued' },
        ],
        'customer.message': { actions: ['recordForwarded', { type: 'forwardCustomer', params: { while: 'queued' } }] },
        'agent.message': { actions: ['recordAgent', 'announceAgentMessage'] },
        'agent.joined': { actions: ['joinAgent', { type: 'rememberResume', params: { to: 'connected' } }] },
        'handoff.queued': { actions: ['leaveAgent', 'updateQueue', { type: 'rememberResume', params: { to: 'queued' } }] },
        'handoff.resolved': { target: 'ended' },
        'handoff.returned': { target: 'bot', actions: ['clearHandoff', 'resumeBot'] },
        // A decision made while the link was down arrives with the catch-up.
        'review.decision': [
          { guard: 'escalatedFurther', actions: ['applyReview'] },
          { target: 'bot', actions: ['applyReview', 'announceReview', 'clearHandoff'] },
        ],
        'relay.offline': { target: 'offline', actions: ['goOffline'] },
        'human.request': { actions: ['markHumanRequested', { type: 'acknowledgeHuman', params: { state: 'reconnecting' } }] },
        // A relay that stays away must not hold the customer: back to the bot; the relay hears of it once
        // back. Not a review: the held reply waits for its reviewer, as it does online.
        'handoff.cancel': { guard: not('resumeReviewing'), target: 'bot', actions: ['cancelHandoff', 'clearHandoff', 'resumeBot'] },
      },
    },

    /** Nobody can take over now: leave a message or use the host's other routes. Never a dead end. */
    offline: {
      entry: ['resumeBot'],
      on: {
        'offline.leave_message': { actions: ['leaveMessage', 'announceLeftMessage'] },
        'human.request': { actions: ['markHumanRequested', { type: 'acknowledgeHuman', params: { state: 'offline' } }] },
        'connection.restored': [{ guard: 'humanRequestPending', target: 'escalating', actions: ['decideExplicit'] }],
        'conversation.restart': { target: 'bot', actions: ['clearHandoff'] },
        'handoff.cancel': { target: 'bot', actions: ['clearHandoff'] },
      },
    },

    /** The human closed the conversation; the customer may go back to the bot or ask again. */
    ended: {
      entry: ['resumeBot'],
      on: {
        'conversation.restart': { target: 'bot', actions: ['clearHandoff'] },
        'human.request': { target: 'escalating', actions: ['clearHandoff', 'decideExplicit'] },
        'customer.message': { target: 'bot.judgingCustomer', actions: ['clearHandoff', 'recordCustomer'] },
      },
    },
  },
});

export type ConversationMachine = typeof conversationMachine;
