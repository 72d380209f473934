import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type CustomerClientToServerEvents,
  type CustomerServerToClientEvents,
  type EscalationDecision,
} from '@baton/protocol';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import './baton-desk-analytics.js';


type CustomerSocket = Socket<CustomerServerToClientEvents, CustomerClientToServerEvents>;
type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

const HOSTILE_RULE = '<img src=x onerror="window.__batonPwned=1">';

async function connected<T extends Socket>(socket: T): Promise<T> {
  if (socket.connected) return socket;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** A customer opens a conversation and sends a review request, as the widget does. */
async function requestReview(relay: TestRelay, visitorId: string, n: number, decision: Pick<EscalationDecision, 'trigger' | 'rule' | 'severity'>): Promise<string> {
  const customer: CustomerSocket = await connected(
    io(`${relay.url}/customer`, { auth: { protocolVersion: PROTOCOL_VERSION, siteKey: relay.siteKey, visitorId }, transports: ['websocket'], forceNew: true }),
  );
  const conversationId = `conv-${visitorId}-${n}`;
  const opened = await customer.emitWithAck('conversation:open', { id: conversationId });
  if (!opened.ok) throw new Error(opened.error.message);
  const id = `esc-${visitorId}-${n}`;
  const ack = await customer.emitWithAck('handoff:request', {
    id,
    conversationId,
    decision: { ...decision, transfer: 'warm', kind: 'review', reason: 'test', evidence: [], messageIndex: 1 },
    transcript: [{ role: 'customer', text: 'question' }],
    heldReply: { role: 'bot', text: 'an answer to check', confidence: 0.4 },
    team: null,
  });
  if (!ack.ok) throw new Error(ack.error.message);
  customer.disconnect();
  return id;
}

describe('<baton-desk-analytics> with a real relay', () => {
  let relay: TestRelay;
  let supervisor: AgentSocket;

  before(async () => {
    relay = await startRelay();
    supervisor = await connected(
      io(`${relay.url}/agent`, {
        auth: { protocolVersion: PROTOCOL_VERSION, token: await relay.token({ name: 'Ada Lovelace', role: 'supervisor' }) },
        transports: ['websocket'],
        forceNew: true,
      }),
    );
  });

  after(async () => {
    supervisor?.disconnect();
    await relay?.stop();
  });

  it('charts what analytics:get reports after real review decisions, hostile rule ids inert', async () => {
    const decided: [string, 'allow' | 'block'][] = [
      [await requestReview(relay, 'v-repeat', 1, { trigger: 'topic', rule: HOSTILE_RULE, severity: 'high' }), 'allow'],
      [await requestReview(relay, 'v-repeat', 2, { trigger: 'topic', rule: HOSTILE_RULE, severity: 'high' }), 'allow'],
      [await requestReview(relay, 'v-other', 1, { trigger: 'topic', rule: HOSTILE_RULE, severity: 'high' }), 'allow'],
      [await requestReview(relay, 'v-third', 1, { trigger: 'low_confidence', rule: null, severity: 'medium' }), 'block'],
    ];
    for (const [escalationId, action] of decided) {
      const claimed = await supervisor.emitWithAck('escalation:claim', { escalationId });
      if (!claimed.ok) throw new Error(claimed.error.message);
      const resolved = await supervisor.emitWithAck('escalation:resolve', { id: `resolve-${escalationId}`, escalationId, action });
      if (!resolved.ok) throw new Error(resolved.error.message);
    }

    const result = await supervisor.emitWithAck('analytics:get', { timezone: 'UTC' });
    if (!result.ok) throw new Error(result.error.message);
    const el = document.createElement('baton-desk-analytics');
    el.analytics = result.analytics;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const bar = (chart: string, key: string, measure = 0) =>
      Number(root.querySelector(`[data-chart="${chart}"] rect[data-key="${CSS.escape(key)}"][data-measure="${measure}"]`)!.getAttribute('width'));

    // Three "Policy topic" escalations against one "Low AI confidence": three times the bar.
    expect(bar('triggers', 'topic', 1) / bar('triggers', 'low_confidence', 1)).to.be.closeTo(3, 0.001);
    expect(bar('resolutions', 'allow') / bar('resolutions', 'block')).to.be.closeTo(3, 0.001);
    const reviewer = root.querySelector('[data-chart="reviewers"] tbody tr')!;
    expect([...reviewer.children].slice(0, 2).map((c) => c.textContent)).to.deep.equal(['Ada Lovelace', '4']);
    const topRule = root.querySelector('[data-chart="top-rules"] tbody tr')!;
    expect([...topRule.children].map((c) => c.textContent)).to.deep.equal([HOSTILE_RULE, '3']);
    expect(root.querySelector('[data-chart="repeat-customers"] .caption')!.textContent).to.equal('1 customer escalated more than once.');
    const hours = [...root.querySelectorAll<SVGRectElement>('[data-chart="by-hour"] rect.bar')];
    expect(hours.filter((h) => Number(h.getAttribute('height')) > 0).map((h) => Number(h.dataset['hour']))).to.have.length.within(1, 2);
    expect(root.querySelector('img')).to.equal(null);
    expect((window as { __batonPwned?: number }).__batonPwned).to.equal(undefined);
    el.remove();
  });
});
