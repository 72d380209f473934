// Test harness for <baton-desk>: mounts a desk against a real relay and reads it the way a user
// does (cards, announcements, transcript), plus a real customer socket for the other side.
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@baton/protocol/vocabulary';
import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  ContextSummary,
  CustomerClientToServerEvents,
  CustomerServerToClientEvents,
  EscalationDecision,
  RedactedMessage,
} from '@baton/protocol';
import './baton-desk.js';
import type { BatonDesk } from './desk.component.js';
import { decision, summary } from '../../../../test/fixtures/escalation.js';
export { collect, decision, summary } from '../../../../test/fixtures/escalation.js';

export type CustomerSocket = Socket<CustomerServerToClientEvents, CustomerClientToServerEvents>;
export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

let counter = 0;
export const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** Polls until `check` returns a truthy value; fails naming what was awaited. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export class DeskHarness {
  constructor(readonly desk: BatonDesk) {}

  get root(): ShadowRoot {
    return this.desk.shadowRoot!;
  }

  $<E extends HTMLElement = HTMLElement>(selector: string): E | null {
    return this.root.querySelector<E>(selector);
  }

  $$<E extends HTMLElement = HTMLElement>(selector: string): E[] {
    return [...this.root.querySelectorAll<E>(selector)];
  }

  cardIds(): string[] {
    return this.$$('[part~="card"]').map((card) => card.dataset.id!);
  }

  card(id: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="card"][data-id="${CSS.escape(id)}"]`);
  }

  announcement(): string {
    return this.$('[data-testid="announcer"]')?.textContent?.trim() ?? '';
  }

  transcript(): string[] {
    return this.$$('[data-testid="transcript"] .line .text').map((line) => line.textContent ?? '');
  }

  async online(): Promise<void> {
    await until(() => this.$('[data-testid="agent"]'), 'the desk to sign in');
  }

  async open(id: string): Promise<void> {
    const button = await until(() => this.root.querySelector<HTMLButtonElement>(`[part~="card-select"][data-id="${CSS.escape(id)}"]`), `card ${id}`);
    button.click();
    await until(() => this.$(`[part~="detail"][data-id="${CSS.escape(id)}"]`), `detail of ${id}`);
  }

  /** The focused element inside the desk (null when focus is elsewhere). */
  focused(): Element | null {
    return this.root.activeElement;
  }

  cardButton(id: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`[part~="card-select"][data-id="${CSS.escape(id)}"]`);
  }

  async claim(id: string): Promise<void> {
    const button = await until(() => this.root.querySelector<HTMLButtonElement>(`[part~="claim-button"][data-id="${CSS.escape(id)}"]`), `claim button of ${id}`);
    button.click();
  }

  select(name: string, value: string): void {
    const select = this.$(`select[name="${name}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  type(selector: string, text: string): void {
    const field = this.$(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.focus();
    field.value = text;
    field.dispatchEvent(new Event('input'));
  }
}

export async function mountDesk(props: Partial<Pick<BatonDesk, 'relay' | 'token' | 'locale' | 'now'>>): Promise<DeskHarness> {
  const desk = document.createElement('baton-desk');
  desk.setAttribute('no-title-badge', '');
  Object.assign(desk, props);
  document.body.append(desk);
  await desk.updateComplete;
  return new DeskHarness(desk);
}

export async function customerSocket(relayUrl: string): Promise<CustomerSocket> {
  const socket: CustomerSocket = io(`${relayUrl}/customer`, {
    auth: { protocolVersion: PROTOCOL_VERSION, siteKey: 'demo', visitorId: uid('visitor') },
    transports: ['websocket'],
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A bare `/agent` socket: a colleague who races the desk without a desk of their own. */
export async function agentSocket(relayUrl: string, token: string): Promise<AgentSocket> {
  const socket: AgentSocket = io(`${relayUrl}/agent`, {
    auth: { protocolVersion: PROTOCOL_VERSION, token },
    transports: ['websocket'],
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Opens a conversation on the customer socket and asks for a person (or a review, with `heldReply`). */
export async function requestHandoff(
  customer: CustomerSocket,
  options: { decision?: Partial<EscalationDecision>; summary?: Partial<ContextSummary>; transcript?: RedactedMessage[]; heldReply?: string } = {},
): Promise<{ conversationId: string; escalationId: string }> {
  const conversationId = uid('conv');
  const opened = await customer.emitWithAck('conversation:open', { id: conversationId });
  if (!opened.ok) throw new Error(opened.error.message);
  const escalationId = uid('esc');
  const review = options.heldReply !== undefined;
  const ack = await customer.emitWithAck('handoff:request', {
    id: escalationId,
    conversationId,
    decision: decision({ ...(review ? { kind: 'review', trigger: 'low_confidence', reason: 'Low AI confidence (0.38)' } : {}), ...options.decision }),
    summary: summary(options.summary),
    transcript: options.transcript ?? [
      { role: 'customer', text: 'my order arrived broken' },
      { role: 'customer', text: 'can I talk to a human' },
    ],
    ...(review ? { heldReply: { role: 'bot', text: options.heldReply!, confidence: 0.38, intent: 'refund' } } : {}),
  });
  if (!ack.ok) throw new Error(ack.error.message);
  return { conversationId, escalationId };
}

