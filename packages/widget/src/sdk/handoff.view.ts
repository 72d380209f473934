import type { StateValue } from 'xstate';
import type { ConversationContext } from '@baton/core';
import type { ChatLine, ConnectionState, HandoffPhase, HandoffView, ReviewView } from './handoff.types.js';

/** The machine context fields a view is made of (all of them survive a reload). */
export type ViewContext = Pick<
  ConversationContext,
  'decision' | 'transfer' | 'queue' | 'agent' | 'agentTyping' | 'offlineReason' | 'humanRequestPending'
>;

/** A machine state value: `'queued'`, `{ bot: 'idle' }`, `{ reviewing: 'waiting' }`. */
export type MachineValue = StateValue;

export interface ViewInput {
  value: MachineValue;
  context: ViewContext;
  connection: ConnectionState;
  lines: ChatLine[];
  /** The outcome of the last review (the machine forgets the held reply once it is decided). */
  review: ReviewView | null;
  /** Offline messages the relay acknowledged. */
  leftMessages: number;
  /** The current handoff's request has not been acknowledged by the relay yet. */
  awaitingRelay?: boolean;
  /** The link has been down too long (see `HandoffView.stalled`). */
  linkStalled?: boolean;
  /** The relay refused the request for a person: offline says `refused`, whatever the machine's reason. */
  requestRefused?: boolean;
}

export function phaseOf(value: MachineValue): HandoffPhase {
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as HandoffPhase;
}

/** Phases in which the customer is waiting for a human and a queue place means something. */
const WAITING: ReadonlySet<HandoffPhase> = new Set(['escalating', 'queued', 'reviewing', 'reconnecting']);

/** The view of a conversation nobody has asked a human about. */
export function initialHandoffView(connection: ConnectionState = 'connecting'): HandoffView {
  return {
    phase: 'bot',
    connection,
    decision: null,
    transfer: null,
    queue: null,
    agent: null,
    agentTyping: false,
    review: null,
    offline: null,
    humanRequestPending: false,
    stalled: false,
    lines: [],
  };
}

export function deriveView(input: ViewInput): HandoffView {
  const { context } = input;
  // The machine queues as soon as the request is made; nobody is in line before the relay says so.
  const machinePhase = phaseOf(input.value);
  const phase: HandoffPhase = machinePhase === 'queued' && input.awaitingRelay ? 'escalating' : machinePhase;
  const decision = context.decision;
  return {
    phase,
    connection: input.connection,
    decision: decision
      ? { trigger: decision.trigger, rule: decision.rule, severity: decision.severity, transfer: decision.transfer, kind: decision.kind, reason: decision.reason }
      : null,
    transfer: context.transfer,
    queue: WAITING.has(phase) && context.agent === null && context.queue ? { ...context.queue } : null,
    agent: context.agent ? { name: context.agent.name } : null,
    agentTyping: phase === 'connected' && context.agentTyping,
    review: phase === 'reviewing' ? { state: 'pending', text: null } : input.review,
    offline: phase === 'offline' ? { reason: input.requestRefused ? 'refused' : (context.offlineReason ?? 'unreachable'), leftMessages: input.leftMessages } : null,
    humanRequestPending: context.humanRequestPending,
    stalled: phase === 'reconnecting' && Boolean(input.linkStalled),
    lines: input.lines,
  };
}

/** Views are plain data: equal JSON means nothing a renderer could show has changed. */
export function sameView(a: HandoffView, b: HandoffView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
