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
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
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

  /** Opens an item's detail, claims it there, and waits until its card says it is claimed. */
  async claimOpen(id: string): Promise<void> {
    await this.open(id);
    this.$<HTMLButtonElement>('[part~="detail"] [data-action="claim"]')!.click();
    await until(() => this.card(id)?.dataset.status === 'claimed', `${id} claimed`);
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

export interface DeskSignIn {
  role?: 'agent' | 'supervisor';
  teams?: string[];
  locale?: string;
  now?: () => number;
}

/**
 * A desk signed in as `name` (its agent id made from the name) against `relay`, once it is online.
 * It joins `keep` as soon as it is mounted, so a test's clean-up removes it even if it never gets online.
 */
export async function signedInDesk(relay: TestRelay, name: string, options: DeskSignIn = {}, keep?: DeskHarness[]): Promise<DeskHarness> {
  const token = await relay.token({ name, agentId: name.toLowerCase().replace(/\W+/g, '-'), role: options.role ?? 'agent', teams: options.teams ?? [] });
  const harness = await mountDesk({ relay: relay.url, token, ...(options.locale ? { locale: options.locale } : {}), ...(options.now ? { now: options.now } : {}) });
  keep?.push(harness);
  await harness.online();
  return harness;
}

/**
 * One real relay for a `describe` block (started with `config`), and the desks and customer sockets
 * its tests open, removed after each test. Call it inside the `describe`.
 */
export function deskSuite(config: Record<string, unknown> = {}) {
  const desks: DeskHarness[] = [];
  const customers: CustomerSocket[] = [];
  let started: TestRelay | undefined;
  const suite = {
    desks,
    customers,
    get relay(): TestRelay {
      if (!started) throw new Error('the relay starts in before(): use it inside a test or hook');
      return started;
    },
    desk(name: string, options: DeskSignIn = {}): Promise<DeskHarness> {
      return signedInDesk(suite.relay, name, options, desks);
    },
    async customer(): Promise<CustomerSocket> {
      const socket = await customerSocket(suite.relay.url);
      customers.push(socket);
      return socket;
    },
  };
  before(async () => {
    started = await startRelay(config);
  });
  after(async () => {
    await started?.stop();
  });
  afterEach(() => {
    for (const desk of desks.splice(0)) desk.desk.remove();
    for (const customer of customers.splice(0)) customer.disconnect();
  });
  return suite;
}

/** The socket once it is connected; rejects with the refusal if it is not. */
function connected<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function customerSocket(relayUrl: string): Promise<CustomerSocket> {
  const socket: CustomerSocket = io(`${relayUrl}/customer`, {
    auth: { protocolVersion: PROTOCOL_VERSION, siteKey: 'demo', visitorId: uid('visitor') },
    transports: ['websocket'],
    forceNew: true,
  });
  return connected(socket);
}

/** A bare `/agent` socket: a colleague who races the desk without a desk of their own. */
export async function agentSocket(relayUrl: string, token: string): Promise<AgentSocket> {
  const socket: AgentSocket = io(`${relayUrl}/agent`, {
    auth: { protocolVersion: PROTOCOL_VERSION, token },
    transports: ['websocket'],
    forceNew: true,
  });
  return connected(socket);
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

