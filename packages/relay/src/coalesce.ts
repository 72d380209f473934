import type { TimerHandle, Timers } from './deps.js';

/**
 * Runs `run` once per window however often it is asked to meanwhile: bursts of changes (queue
 * moves, agents signing in) become one push. A window of 0 runs it on the next turn of the event
 * loop, after whatever else is due now.
 */
export class Coalescer {
  private pending: TimerHandle | null = null;
  private stopped = false;

  constructor(
    private readonly timers: Timers,
    private readonly windowMs: number,
    private readonly run: () => void,
  ) {}

  request() {
    if (this.pending !== null || this.stopped) return;
    const fire = () => {
      this.pending = null;
      if (!this.stopped) this.run();
    };
    if (this.windowMs === 0) {
      this.pending = {};
      setImmediate(fire);
    } else {
      this.pending = this.timers.setTimeout(fire, this.windowMs);
    }
  }

  /** On shutdown: nothing runs any more, and nothing is left pending. */
  stop() {
    this.stopped = true;
    if (this.pending !== null && this.windowMs !== 0) this.timers.clearTimeout(this.pending);
    this.pending = null;
  }
}
