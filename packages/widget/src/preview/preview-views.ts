// One `HandoffView` per state a customer can see, for `preview`: the demo's state gallery, design
// reviews and the elements' own tests render these without a relay or the SDK.
import type { HandoffView } from '../sdk/handoff.types.js';
import { initialHandoffView } from '../sdk/handoff.view.js';

const AT = Date.UTC(2026, 0, 15, 10, 0, 0);

/** The SDK's own view of a conversation nobody has asked a person about, online. */
const base: HandoffView = initialHandoffView('online');

const explicit: HandoffView['decision'] = {
  trigger: 'explicit_request',
  rule: null,
  severity: 'medium',
  transfer: 'warm',
  kind: 'takeover',
  reason: 'The customer asked for a person.',
};

const conversation: HandoffView['lines'] = [
  { id: 'c1', role: 'customer', text: 'My order arrived broken.', at: AT, delivery: 'sent' },
  { id: 'a1', role: 'agent', text: 'Hi, I’m Ada. I can see the order, let me fix that.', at: AT + 30_000, agentName: 'Ada' },
];

export const previewViews = {
  bot: base,
  escalating: { ...base, phase: 'escalating', decision: explicit, transfer: 'warm' },
  queuedWarm: { ...base, phase: 'queued', decision: explicit, transfer: 'warm', queue: { position: 3, estimatedWaitMs: 240_000 } },
  queuedCold: {
    ...base,
    phase: 'queued',
    decision: { ...explicit, trigger: 'inactivity', transfer: 'cold', severity: 'low' },
    transfer: 'cold',
    queue: { position: 1, estimatedWaitMs: 20_000 },
  },
  connected: { ...base, phase: 'connected', decision: explicit, transfer: 'warm', agent: { name: 'Ada' }, lines: conversation },
  agentTyping: { ...base, phase: 'connected', decision: explicit, transfer: 'warm', agent: { name: 'Ada' }, agentTyping: true, lines: conversation },
  sendFailed: {
    ...base,
    phase: 'connected',
    transfer: 'warm',
    agent: { name: 'Ada' },
    lines: [...conversation, { id: 'c2', role: 'customer', text: 'Thanks!', at: AT + 60_000, delivery: 'failed' }],
  },
  reviewing: {
    ...base,
    phase: 'reviewing',
    decision: { ...explicit, trigger: 'low_confidence', kind: 'review' },
    review: { state: 'pending', text: null },
    queue: { position: 2, estimatedWaitMs: null },
  },
  reviewReleased: { ...base, review: { state: 'released', text: 'Your refund is on its way.' } },
  reviewRedacted: { ...base, review: { state: 'redacted', text: 'Your refund is on its way to [card].' } },
  reviewBlocked: { ...base, review: { state: 'blocked', text: null } },
  offlineNoAgent: { ...base, phase: 'offline', decision: explicit, offline: { reason: 'no_agent', leftMessages: 0 } },
  offlineOutOfHours: { ...base, phase: 'offline', decision: explicit, offline: { reason: 'out_of_hours', leftMessages: 0 } },
  offlineUnreachable: { ...base, phase: 'offline', connection: 'unreachable', offline: { reason: 'unreachable', leftMessages: 0 }, humanRequestPending: true },
  offlineRefused: { ...base, phase: 'offline', decision: explicit, offline: { reason: 'refused', leftMessages: 0 } },
  /** The relay refused the connection itself (unknown site key, …): no message could reach it either. */
  offlineConnectionRefused: { ...base, phase: 'offline', connection: 'unreachable', decision: explicit, offline: { reason: 'refused', leftMessages: 0 } },
  messageLeft: { ...base, phase: 'offline', offline: { reason: 'no_agent', leftMessages: 1 } },
  reconnecting: { ...base, phase: 'reconnecting', connection: 'reconnecting', agent: { name: 'Ada' }, transfer: 'warm', lines: conversation },
  reconnectingStalled: { ...base, phase: 'reconnecting', connection: 'reconnecting', agent: { name: 'Ada' }, transfer: 'warm', lines: conversation, stalled: true },
  ended: { ...base, phase: 'ended', agent: { name: 'Ada' }, transfer: 'warm', lines: conversation },
} satisfies Record<string, HandoffView>;

export type PreviewName = keyof typeof previewViews;
