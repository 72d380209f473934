// Long-lived elements must let go of everything: mount and unmount many times, then count what is left.
import { expect } from 'chai';
import { startRelay } from '../../../../test/browser/relay.js';
import './baton-chat.js';
import '../handoff/baton-handoff.js';
import type { BatonChat } from './chat.component.js';
import type { BatonConnectionEvent } from '../events.js';
import { previewViews } from '../preview/preview-views.js';
import { RecordingHandoff } from '../testing/recording-handoff.js';
import { mount, part, until } from '../testing/fixture.js';

// @web/test-runner provides mocha's globals; the workspace has no @types/mocha, so they are typed here.
type Body = () => void | Promise<unknown>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: Body) => void;

// Every WebSocket the page opens. Installed before the SDK (and socket.io-client, which keeps a reference
// to the constructor) loads: the elements import it only when they create a handoff.
const opened: WebSocket[] = [];
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    opened.push(this);
  }
};

describe('mount and unmount', () => {
  it('leaves no subscriptions on a host-provided handoff after 200 rounds of each element', async () => {
    const handoff = new RecordingHandoff(previewViews.connected);
    for (let round = 0; round < 200; round++) {
      for (const tag of ['baton-chat', 'baton-handoff']) {
        const element = await mount<BatonChat>(tag, { handoff });
        if (tag === 'baton-chat') {
          // Opened, so positioning runs too; not awaiting the transition keeps 400 mounts quick.
          void element.show();
          await element.updateComplete;
        }
        element.remove();
      }
    }
    // Elements let go a microtask after removal (a move within the page keeps everything).
    await Promise.resolve();
    expect(handoff.subscriberCount).to.equal(0);
    expect(handoff.disposed).to.equal(false);
  });

  it('closes the socket of every handoff it created, round after round, against a real relay', async () => {
    sessionStorage.clear();
    const relay = await startRelay();
    const online: string[] = [];
    const onConnection = (event: BatonConnectionEvent) => online.push(event.connection);
    document.addEventListener('baton-connection', onConnection);
    try {
      for (let round = 1; round <= 20; round++) {
        online.length = 0;
        const element = await mount<BatonChat>('baton-chat', {}, { relay: relay.url, 'site-key': relay.siteKey });
        await element.show();
        await until(() => online.includes('online') && opened.length >= round, `round ${round} online over a WebSocket`);
        expect(part(element, 'human-button')).to.exist;
        element.remove();
      }
      await until(() => opened.every((socket) => socket.readyState === WebSocket.CLOSED), 'every socket closed');
      expect(opened).to.have.length(20);

      // Moved within the page (as frameworks do when reordering): same handoff, same socket.
      online.length = 0;
      const element = await mount<BatonChat>('baton-chat', {}, { relay: relay.url, 'site-key': relay.siteKey });
      await until(() => online.includes('online') && opened.length === 21, 'online once more');
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(element);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(opened).to.have.length(21);
      expect(opened[20]!.readyState).to.equal(WebSocket.OPEN);
      elsewhere.remove();
      await until(() => opened[20]!.readyState === WebSocket.CLOSED, 'the last socket closed');
    } finally {
      document.removeEventListener('baton-connection', onConnection);
      sessionStorage.clear();
      await relay.stop();
    }
  });
});
