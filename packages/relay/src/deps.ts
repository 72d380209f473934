import { randomUUID } from 'node:crypto';
import type { RelayStore } from './store/store.js';

/** Wall-clock time in epoch milliseconds. Injected so SLA and queue tests control time. */
export interface Clock {
  now(): number;
}

/** setTimeout's ceiling (~24.8 days): a timer due later is armed for this long and re-armed when it fires. */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;

export type TimerHandle = object;

/** Scheduling, injected alongside the clock so a test can fire SLA deadlines by advancing time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Everything the relay reaches outside itself. Pass your own to test it or to swap the store. */
export interface RelayDeps {
  store: RelayStore;
  clock?: Clock;
  timers?: Timers;
  /** Generates ids for audit entries and notification deliveries. */
  ids?: () => string;
  /** Delivers webhooks; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  logger?: Logger;
}

export type ResolvedDeps = Required<RelayDeps>;

export const systemClock: Clock = { now: () => Date.now() };

export const systemTimers: Timers = {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    // Deadlines live in the store; a pending SLA or retry timer must not keep a stopping process alive.
    handle.unref();
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** One JSON object per line on stderr: what `baton relay` prints. */
export const jsonLogger: Logger = {
  info: (message, fields) => writeLine('info', message, fields),
  warn: (message, fields) => writeLine('warn', message, fields),
  error: (message, fields) => writeLine('error', message, fields),
};

function writeLine(level: string, message: string, fields?: Record<string, unknown>) {
  process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level, message, ...fields })}\n`);
}

export function resolveDeps(deps: RelayDeps): ResolvedDeps {
  return {
    store: deps.store,
    clock: deps.clock ?? systemClock,
    timers: deps.timers ?? systemTimers,
    ids: deps.ids ?? randomUUID,
    fetch: deps.fetch ?? globalThis.fetch.bind(globalThis),
    logger: deps.logger ?? silentLogger,
  };
}

interface ManualTimer {
  at: number;
  order: number;
  callback: () => void;
}

/**
 * A clock and timers that move only when told to: `await clock.advance(ms)` runs every timer that
 * falls due, in order, letting the relay's async work settle after each. For deterministic tests.
 */
export class ManualClock implements Clock, Timers {
  private current: number;
  private pending = new Set<ManualTimer>();
  private order = 0;

  constructor(start: number | Date = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const timer: ManualTimer = { at: this.current + Math.max(0, ms), order: this.order++, callback };
    this.pending.add(timer);
    return timer;
  }

  clearTimeout(handle: TimerHandle): void {
    this.pending.delete(handle as ManualTimer);
  }

  /** How many timers are waiting. */
  get timerCount(): number {
    return this.pending.size;
  }

  /** Moves time forward by `ms`, firing due timers one by one. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await settle();
      const next = [...this.pending].filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!next) break;
      this.pending.delete(next);
      this.current = Math.max(this.current, next.at);
      next.callback();
    }
    this.current = target;
    await settle();
  }

  /** Jumps to an instant (ms or Date) and fires what fell due on the way. */
  async advanceTo(instant: number | Date): Promise<void> {
    const at = typeof instant === 'number' ? instant : instant.getTime();
    await this.advance(Math.max(0, at - this.current));
  }
}

/** Lets promise chains and I/O callbacks started by a timer run before the next one fires. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
