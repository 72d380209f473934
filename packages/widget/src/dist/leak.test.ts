// Mounting and unmounting the built elements (dist/cdn/baton.js) 200 times, each one connected to a
// real relay, must leave nothing behind: no event listeners on anything still alive, no pending
// timers or intervals, no open sockets or requests. Counted with wrappers installed before the
// loader runs, so everything it and its chunks do is seen.
import { expect } from 'chai';
import { startRelay, type TestRelay } from '../../../../test/browser/relay.js';

const LOADER = '/packages/widget/dist/cdn/baton.js';
const CYCLES = 200;

// ---- the counters -------------------------------------------------------------------------------

interface Registration {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}
const registrations = new Set<Registration>();
const pendingTimeouts = new Set<number>();
const activeIntervals = new Set<number>();
const openSockets = new Set<WebSocket>();
const requestsInFlight = new Set<XMLHttpRequest>();

const originalAdd = EventTarget.prototype.addEventListener;
const originalRemove = EventTarget.prototype.removeEventListener;
const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
const find = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) => {
  for (const registration of registrations) {
    if (registration.target === target && registration.type === type && registration.listener === listener && registration.capture === capture) return registration;
  }
  return undefined;
};

// A bare `addEventListener(…)` call (as engine.io-client makes) has no `this`: it means window.
EventTarget.prototype.addEventListener = function (this: EventTarget | undefined, type, listener, options) {
  const target = this ?? window;
  originalAdd.call(target, type, listener, options);
  if (!listener) return;
  const capture = captureOf(options);
  if (find(target, type, listener, capture)) return;
  const registration: Registration = { target, type, listener, capture };
  registrations.add(registration);
  const forget = () => registrations.delete(registration);
  if (typeof options === 'object' && options.once) originalAdd.call(target, type, forget, { once: true, capture });
  if (typeof options === 'object' && options.signal) originalAdd.call(options.signal, 'abort', forget, { once: true });
};
EventTarget.prototype.removeEventListener = function (this: EventTarget | undefined, type, listener, options) {
  const target = this ?? window;
  originalRemove.call(target, type, listener, options);
  const registration = listener && find(target, type, listener, captureOf(options));
  if (registration) registrations.delete(registration);
};

const originalSetTimeout = window.setTimeout;
const originalClearTimeout = window.clearTimeout;
const originalSetInterval = window.setInterval;
const originalClearInterval = window.clearInterval;
window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = originalSetTimeout(
    (...callArgs: unknown[]) => {
      pendingTimeouts.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
    },
    delay,
    ...args,
  );
  pendingTimeouts.add(id);
  return id;
}) as typeof window.setTimeout;
const clearTimer = (id: number | undefined) => {
  if (id === undefined) return;
  pendingTimeouts.delete(id);
  activeIntervals.delete(id);
};
window.clearTimeout = ((id?: number) => {
  clearTimer(id);
  originalClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id = originalSetInterval(handler, delay, ...args);
  activeIntervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  clearTimer(id);
  originalClearInterval(id);
}) as typeof window.clearInterval;

const OriginalWebSocket = window.WebSocket;
window.WebSocket = class CountedWebSocket extends OriginalWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    openSockets.add(this);
    originalAdd.call(this, 'close', () => openSockets.delete(this));
  }
};
const originalSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (body) {
  requestsInFlight.add(this);
  originalAdd.call(this, 'loadend', () => requestsInFlight.delete(this));
  originalSend.call(this, body);
};

/** What is still alive and holding on: listeners on connected nodes and on non-node targets (window, media queries, sockets). */
function snapshot() {
  const live = [...registrations].filter(({ target }) => !(target instanceof Node) || target.isConnected);
  return {
    listeners: live.length,
    listenerList: live.map(({ target, type }) => `${(target as Element).localName ?? target.constructor.name}:${type}`).sort(),
    timeouts: pendingTimeouts.size,
    intervals: activeIntervals.size,
    sockets: [...openSockets].filter((socket) => socket.readyState !== OriginalWebSocket.CLOSED).length,
    requests: requestsInFlight.size,
  };
}

async function settle(ms = 300) {
  await new Promise((resolve) => originalSetTimeout(resolve, ms));
}

/** Resolves once `element`'s handoff is connected to the relay (a real socket is open). */
function online(element: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = originalSetTimeout(() => reject(new Error(`${element.localName} never connected`)), 5_000);
    const onConnection = (event: Event) => {
      if ((event as Event & { connection?: string }).connection !== 'online') return;
      originalClearTimeout(timer);
      originalRemove.call(element, 'baton-connection', onConnection);
      resolve();
    };
    originalAdd.call(element, 'baton-connection', onConnection);
  });
}

// ---- the test -----------------------------------------------------------------------------------

describe(`dist/cdn elements mounted and unmounted ${CYCLES} times`, function () {
  this.timeout(180_000);
  let relay: TestRelay;

  before(async () => {
    const built = await fetch(LOADER);
    if (!built.ok) throw new Error(`${LOADER} is missing: build it with \`pnpm exec tsx packages/widget/scripts/build-cdn.ts\``);
    relay = await startRelay();
    await import(LOADER);
  });

  after(async () => {
    await relay?.stop();
  });

  for (const tag of ['baton-handoff', 'baton-chat'] as const) {
    it(`<${tag}> leaves no listeners, timers or sockets behind`, async () => {
      const create = () => {
        const element = document.createElement(tag);
        element.setAttribute('relay', relay.url);
        element.setAttribute('site-key', relay.siteKey);
        return element;
      };
      // The first one fetches the chunks (module caches are not leaks): a method call loads them.
      const first = create() as HTMLElement & { observe?(message: unknown): unknown; show?(): unknown };
      document.body.append(first);
      const connected = online(first);
      await (tag === 'baton-handoff' ? first.observe!({ role: 'customer', text: 'hello' }) : first.show!());
      await connected;
      first.remove();
      await settle();
      const baseline = snapshot();

      let during: ReturnType<typeof snapshot> | undefined;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const element = create();
        const connecting = online(element);
        document.body.append(element);
        await connecting;
        if (tag === 'baton-chat' && cycle % 10 === 0) {
          // Opening the panel starts floating-ui's autoUpdate (resize/scroll listeners, observers).
          await (element as HTMLElement & { show(): Promise<void> }).show();
        }
        if (cycle === CYCLES - 1) during = snapshot();
        element.remove();
      }
      // The counters do see a mounted element's socket and listeners (else "nothing left" proves nothing).
      expect(during!.sockets + during!.requests, 'connections while mounted').to.be.at.least(1);
      expect(during!.listeners, 'listeners while mounted').to.be.greaterThan(baseline.listeners);
      await settle(1_000);
      const after = snapshot();
      expect(after.listenerList, 'listeners still attached').to.deep.equal(baseline.listenerList);
      expect(after.timeouts, 'pending timeouts').to.be.at.most(baseline.timeouts);
      expect(after.intervals, 'active intervals').to.equal(baseline.intervals);
      expect(after.sockets, 'open WebSockets').to.equal(0);
      expect(after.requests, 'requests in flight').to.equal(0);
    });
  }
});
