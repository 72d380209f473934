import { expect } from 'chai';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';
import { mountDesk, until, type DeskHarness } from './desk.harness.js';

// Its own relay: these tests stop and start it. socket.io retries after 1-5 s, hence the long waits.
describe('<baton-desk> when the relay is down', () => {
  let relay: TestRelay;
  let harness: DeskHarness | null = null;
  let down = false;
  const RETRY_MS = 15_000;

  async function stopRelay() {
    await relay.kill();
    down = true;
  }
  async function startAgain() {
    await relay.revive();
    down = false;
  }

  before(async () => {
    relay = await startRelay();
  });
  after(async () => {
    await relay.stop();
  });
  afterEach(async () => {
    harness?.desk.remove();
    harness = null;
    if (down) await startAgain();
  });

  const header = () => harness!.$('[data-testid="connection"]')?.textContent?.trim() ?? '';

  it('a fresh load says it cannot reach the relay (not "connection lost"), claims no empty queue, and announces getting through', async function () {
    this.timeout(40_000);
    const token = await relay.token({ name: 'Dee Down' });
    await stopRelay();
    harness = await mountDesk({ relay: relay.url, token });
    await until(() => header() === 'Can’t reach the relay. Retrying…', `the unreachable relay (header: "${header()}")`);
    await until(() => harness!.announcement() === 'Can’t reach the relay. Retrying…', 'the problem announced');
    expect(harness.$('[data-testid="empty-queue"]')).to.equal(null);
    expect(harness.$('[data-testid="queue-waiting"]')!.textContent).to.equal('The queue appears once the desk reaches the relay.');

    await startAgain();
    await until(() => header() === '1 agent online', 'the desk online', RETRY_MS);
    await until(() => harness!.announcement() === 'Connected to the relay.', 'getting through announced');
    expect(harness.$('[data-testid="empty-queue"]')).to.exist;
  });

  it('announces a lost connection and its return', async function () {
    this.timeout(40_000);
    harness = await mountDesk({ relay: relay.url, token: await relay.token({ name: 'Lou Lost' }) });
    await harness.online();
    await stopRelay();
    await until(() => header() === 'Connection lost. Reconnecting…', 'the lost connection in the header');
    await until(() => harness!.announcement() === 'Connection lost. Reconnecting…', 'the lost connection announced');
    await startAgain();
    await until(() => harness!.announcement() === 'Connected to the relay.', 'the return announced', RETRY_MS);
    await until(() => header() === '1 agent online', 'the header back to normal');
  });
});
