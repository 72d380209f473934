// <baton-desk> under a strict Content-Security-Policy: no eval (zod runs jitless), no inline
// styles or scripts (Lit's constructable stylesheets only). Its own file: the policy, once set on
// a page, stays for every later test of that page.
import { expect } from 'chai';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { customerSocket, mountDesk, requestHandoff, until, type CustomerSocket, type DeskHarness } from './desk.harness.js';

describe('<baton-desk> under a strict Content-Security-Policy', () => {
  let relay: TestRelay;
  let customer: CustomerSocket;
  let desk: DeskHarness;
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);

  before(async () => {
    relay = await startRelay();
    document.addEventListener('securitypolicyviolation', record);
    // Later script, style and connection checks of this page follow the policy from here on.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${relay.url} ${relay.url.replace('http', 'ws')}`;
    document.head.append(meta);
    customer = await customerSocket(relay.url);
  });
  after(async () => {
    document.removeEventListener('securitypolicyviolation', record);
    desk?.desk.remove();
    customer?.disconnect();
    await relay.stop();
  });

  it('works the queue, claims, reads the detail and the analytics with no violation', async () => {
    // The policy really is in force: a string evaluated as code is refused and reported.
    expect(() => new Function('return 1')).to.throw(EvalError);
    await until(() => violations.length > 0, 'the probe’s violation report');
    violations.length = 0;

    const token = await relay.token({ name: 'Cora Strict', role: 'supervisor' });
    desk = await mountDesk({ relay: relay.url, token });
    // A desk broken by the policy never signs in; say which directive broke it.
    await desk.online().catch((error: Error) => {
      throw new Error(`${error.message}; violations: ${JSON.stringify(violations)}`);
    });
    const { escalationId } = await requestHandoff(customer, { summary: { want: 'a refund for order 4411' } });
    await until(() => desk.card(escalationId), 'the new card');
    await desk.claim(escalationId);
    await until(() => desk.root.textContent?.includes('a refund for order 4411'), 'the summary in the detail view');
    desk.$<HTMLButtonElement>('[data-view="analytics"]')!.click();
    await until(() => (desk.$('baton-desk-analytics') as (HTMLElement & { analytics: unknown }) | null)?.analytics, 'the analytics data');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(violations).to.deep.equal([]);
  });
});
