// The built script-tag distribution (dist/cdn/baton.js, built by packages/widget/scripts/build-cdn.ts)
// on a page with a strict Content-Security-Policy, through a full handoff with a real relay and a real
// agent: no `securitypolicyviolation` may fire. The page is an iframe whose policy comes from a
// <meta http-equiv> (the test runner's own page needs inline scripts).
import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@baton/protocol';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { until } from '../testing/fixture.js';
import { implOf, partOf } from '../testing/loader-host.js';

const LOADER = '/packages/widget/dist/cdn/baton.js';

/** What the real element a loader host mounted says. */
const textOf = (host: Element) => (implOf(host)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('dist/cdn/baton.js under a strict CSP', function () {
  this.timeout(60_000);
  let relay: TestRelay;
  let agent: Socket;
  let frame: HTMLIFrameElement;
  let page: Document;
  const violations: string[] = [];

  before(async () => {
    const built = await fetch(LOADER);
    if (!built.ok) throw new Error(`${LOADER} is missing: build it with \`pnpm exec tsx packages/widget/scripts/build-cdn.ts\``);
    relay = await startRelay();
    const relayHost = new URL(relay.url).host;
    const policy = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src 'self' ${relay.url} ws://${relayHost}`,
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; ');
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>
<body><h1>Shop</h1><baton-handoff relay="${relay.url}" site-key="${relay.siteKey}"></baton-handoff><baton-chat relay="${relay.url}" site-key="${relay.siteKey}"></baton-chat></body></html>`;
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      document.body.append(frame);
    });
    page = frame.contentDocument!;
    page.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
    // Added from outside so the listener above is in place first; the script obeys the frame's policy.
    const script = page.createElement('script');
    script.type = 'module';
    script.src = LOADER;
    page.head.append(script);
    await until(() => frame.contentWindow!.customElements.get('baton-chat'), 'the loader to define the elements');

    agent = io(`${relay.url}/agent`, { forceNew: true, transports: ['websocket'], auth: { protocolVersion: PROTOCOL_VERSION, token: await relay.token({ name: 'Ada' }) } });
    await new Promise((resolve, reject) => {
      agent.once('connect', () => resolve(undefined));
      agent.once('connect_error', reject);
    });
  });

  after(async () => {
    agent?.disconnect();
    frame?.remove();
    await relay?.stop();
  });

  it('hands a conversation to a person and back without a single violation', async () => {
    const handoff = page.querySelector('baton-handoff')!;
    const created = new Promise<{ escalation: { id: string } }>((resolve) => agent.once('escalation:created', resolve));
    handoff.shadowRoot!.querySelector('button')!.click();
    await until(() => partOf(handoff, 'status'), 'the transfer status');
    const { escalation } = await created;
    await until(() => /in line/.test(textOf(handoff)), 'the queue position');

    const claimed = await agent.emitWithAck('escalation:claim', { escalationId: escalation.id });
    expect(claimed.ok, JSON.stringify(claimed)).to.equal(true);
    const sent = await agent.emitWithAck('agent:message', { id: `m-${Date.now()}`, escalationId: escalation.id, text: 'Hi, I am Ada. How can I help?' });
    expect(sent.ok, JSON.stringify(sent)).to.equal(true);
    await until(() => textOf(handoff).includes('Hi, I am Ada.'), 'the agent’s message');

    const received = new Promise<{ text: string }>((resolve) => agent.once('customer:message', resolve));
    const input = await until(() => partOf<HTMLTextAreaElement>(handoff, 'composer-input'), 'the composer');
    input.value = 'My parcel never arrived.';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    partOf<HTMLFormElement>(handoff, 'composer')!.requestSubmit();
    expect((await received).text).to.equal('My parcel never arrived.');

    partOf(handoff, 'cancel-button')!.click();
    await until(() => !partOf(handoff, 'cancel-button'), 'the hand-back');
    expect(violations).to.deep.equal([]);
  });

  it('opens the chat panel and lays it out with floating-ui without a violation', async () => {
    const chat = page.querySelector('baton-chat')!;
    chat.shadowRoot!.querySelector('button')!.click();
    const panel = await until(() => partOf(chat, 'panel'), 'the panel');
    await until(() => chat.hasAttribute('open') || implOf(chat)?.hasAttribute('open'), 'the panel to open');
    await until(() => panel.getBoundingClientRect().height > 0, 'the panel to be laid out');
    partOf(chat, 'close-button')!.click();
    await until(() => !implOf(chat)?.hasAttribute('open'), 'the panel to close');
    expect(violations).to.deep.equal([]);
  });

  const fetched = () => frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);

  it('never fetched zod (only a policy document needs it)', () => {
    expect(fetched().some((url) => url.includes('/dist/cdn/elements-'))).to.equal(true);
    // By path: socket.io's polling URLs carry a random query ("t=ewoazodk") that may spell anything.
    expect(fetched().filter((url) => /policy\.parse-|zod/.test(new URL(url).pathname))).to.deep.equal([]);
  });

  it('validates a policy document with zod in jitless mode, without a violation', async () => {
    const errors: Array<{ code: string; message: string }> = [];
    const element = page.createElement('baton-handoff') as HTMLElement & { policy: unknown };
    element.addEventListener('baton-error', (event) => errors.push(event as Event & { code: string; message: string }));
    element.policy = { version: 1, triggers: { low_confidence: { threshold: 7 } } };
    element.setAttribute('relay', relay.url);
    element.setAttribute('site-key', relay.siteKey);
    page.body.append(element);
    // The implementation is loaded already on this page, so it takes over at once and validates the
    // document before anything else.
    const invalid = await until(() => errors.find((error) => error.code === 'invalid_policy'), 'the invalid_policy error');
    expect(invalid.message).to.contain('triggers.low_confidence.threshold');
    expect(fetched().some((url) => url.includes('/dist/cdn/policy.parse-'))).to.equal(true);
    expect(violations).to.deep.equal([]);
  });

  it('would have seen a violation: an inline script in the same page is reported', async () => {
    const before = violations.length;
    const inline = page.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    page.body.append(inline);
    await until(() => violations.length > before, 'the violation report');
    expect(violations.at(-1)).to.match(/^script-src/);
    expect((frame.contentWindow as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
  });
});
