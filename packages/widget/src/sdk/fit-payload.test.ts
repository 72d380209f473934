// A long conversation still reaches a person: in Chromium against a real relay, whose 64 KB packet
// limit closes the socket on a bigger command (no ack, and the outbox would re-send it forever).
import { expect } from 'chai';
import type { Socket } from 'socket.io-client';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { agentSocket } from '../testing/agent-socket.js';
import { createHandoff, type ConnectionState, type Handoff } from './index.js';
import { untilView } from '../testing/until-view.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;
declare const beforeEach: (body: Body) => void;
declare const afterEach: (body: Body) => void;

interface Card {
  escalation: { id: string; conversationId: string; transcript: Array<{ role: string; text: string }> };
}

/** 800 characters of an ordinary, calm delivery conversation, numbered so the order shows. */
function line(index: number, role: 'customer' | 'bot'): string {
  const sentence =
    role === 'customer'
      ? 'I would like to know when my blue kettle will be delivered to my flat; the tracking page shows it at the depot and the note says Tuesday afternoon. '
      : 'Thanks for asking. The depot scan shows the kettle leaving this morning, and the courier plans to deliver it on Tuesday afternoon. ';
  return `Line ${index}. ${sentence.repeat(7)}`.slice(0, 800);
}

describe('fitPayload in the browser, with a real relay', () => {
  let relay: TestRelay;
  let agent: Socket | null = null;
  let handoff: Handoff | null = null;

  beforeEach(async () => {
    relay = await startRelay();
  });
  afterEach(async () => {
    handoff?.dispose();
    agent?.disconnect();
    await relay.stop();
  });

  it('hands a 90-message conversation of long lines to a person: queued, and the agent gets the latest lines', async () => {
    agent = await agentSocket(relay, { name: 'Ada Agent', agentId: 'ada' });
    const card = new Promise<Card>((resolve) => agent!.once('escalation:created', resolve));
    handoff = createHandoff({ relay: relay.url, siteKey: relay.siteKey, storage: null, socketOptions: { reconnectionDelay: 100, reconnectionDelayMax: 300 } });
    const connections: ConnectionState[] = [];
    handoff.on('connection.changed', (event) => connections.push(event.connection));
    await untilView(handoff, (v) => v.connection === 'online', 'online', 10_000);

    const sent: string[] = [];
    for (let i = 0; i < 90; i++) {
      const role = i % 2 === 0 ? 'customer' : 'bot';
      const text = line(i, role);
      sent.push(text);
      expect(await handoff.observe({ role, text }), `after line ${i}`).to.equal('bot');
    }
    expect(sent.every((text) => text.length === 800)).to.equal(true);

    handoff.requestHuman();
    // The phase turns `queued` as the request goes out; a place in line is the relay's answer to it.
    const queued = await untilView(handoff, (v) => v.phase === 'queued' && v.queue?.position === 1, 'queued at position 1 by the relay', 10_000);
    expect(queued.decision?.trigger).to.equal('explicit_request');

    const { escalation } = await Promise.race([card, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the agent got no escalation:created')), 10_000))]);
    expect(escalation.conversationId).to.equal(handoff.conversationId);
    const [note, ...kept] = escalation.transcript;
    expect(note).to.deep.equal({ role: 'system', text: `${90 - kept.length} earlier messages were left out: the conversation was too long to send whole.` });
    expect(kept.length).to.be.greaterThan(60);
    expect(kept.map((l) => l.text)).to.deep.equal(sent.slice(90 - kept.length));
    expect(kept.at(-1)).to.include({ role: 'bot', text: line(89, 'bot') });
    // The request went through on the first connection: the relay never dropped the link.
    expect(connections).to.not.include('reconnecting');
  });
});
