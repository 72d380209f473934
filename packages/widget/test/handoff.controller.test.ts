import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HandoffController } from '../src/controllers/handoff.controller.js';
import { initialHandoffView, type Handoff, type HandoffView } from '../src/sdk/index.js';

/** A Lit host reduced to what a controller touches. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates += 1;
  }
  readonly updateComplete = Promise.resolve(true);
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** A handoff whose view the test moves by hand. */
function fakeHandoff() {
  let view = initialHandoffView('online');
  const listeners = new Set<(view: HandoffView) => void>();
  const handoff = {
    getView: () => view,
    subscribe(listener: (view: HandoffView) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as Handoff;
  return {
    handoff,
    listeners,
    push(next: HandoffView) {
      view = next;
      for (const listener of listeners) listener(view);
    },
  };
}

describe('HandoffController', () => {
  it('subscribes while connected, updates only on a new view, and lets go on disconnect', () => {
    const host = new FakeHost();
    const fake = fakeHandoff();
    const controller = new HandoffController(host, fake.handoff);
    expect(host.controllers).toEqual([controller]);
    expect(fake.listeners.size).toBe(0);

    host.connect();
    expect(fake.listeners.size).toBe(1);
    expect(host.updates).toBe(0);

    const queued: HandoffView = { ...fake.handoff.getView(), phase: 'queued', queue: { position: 2, estimatedWaitMs: 60_000 } };
    fake.push(queued);
    expect(controller.view).toBe(queued);
    expect(host.updates).toBe(1);
    fake.push(queued);
    expect(host.updates).toBe(1);

    host.disconnect();
    expect(fake.listeners.size).toBe(0);
    const connected: HandoffView = { ...queued, phase: 'connected', queue: null, agent: { name: 'Ada' } };
    fake.push(connected);
    expect(host.updates).toBe(1);

    // Back on the page: picks up what changed while away.
    host.connect();
    expect(controller.view).toBe(connected);
    expect(host.updates).toBe(2);
  });

  it('renders the no-handoff view until given one, and switches handoffs cleanly', () => {
    const host = new FakeHost();
    const controller = new HandoffController(host);
    host.connect();
    expect(controller.view.phase).toBe('bot');
    const first = fakeHandoff();
    const second = fakeHandoff();
    controller.handoff = first.handoff;
    expect(first.listeners.size).toBe(1);
    controller.handoff = second.handoff;
    expect(first.listeners.size).toBe(0);
    expect(second.listeners.size).toBe(1);
    controller.handoff = null;
    expect(second.listeners.size).toBe(0);
    expect(controller.view.phase).toBe('bot');
  });
});
