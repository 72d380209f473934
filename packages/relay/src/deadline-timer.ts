import type { RelayContext } from './context.js';
import { LONGEST_TIMER_MS, type TimerHandle } from './deps.js';

/** How long a service waits before trying again after a step that failed, rather than spinning on it. */
export const RETRY_AFTER_FAILURE_MS = 1_000;

/**
 * One timer for the earliest of many deadlines (SLA windows, routes nobody staffs): re-armed as the
 * earliest moves, never longer than LONGEST_TIMER_MS at a time, and running its work one task after
 * another on one chain, so a run never overlaps the next or a rescheduling.
 */
export class DeadlineTimer {
  private timer: TimerHandle | null = null;
  private armedFor: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private isStopped = false;

  /** `run` is what the deadline triggers; a failure of it is logged as `failure`. */
  constructor(
    private readonly ctx: Pick<RelayContext, 'clock' | 'timers' | 'logger'>,
    private readonly run: () => Promise<void>,
    private readonly failure: string,
  ) {}

  get stopped(): boolean {
    return this.isStopped;
  }

  /** Whether it is armed for a deadline at or before `at`. */
  covers(at: number): boolean {
    return this.armedFor !== null && this.timer !== null && this.armedFor <= at;
  }

  /**
   * Arms for `next` (null: for nothing), not sooner than `minimumDelayMs` from now. Already armed for
   * that deadline, without a minimum asked for, it stays as it is.
   */
  armFor(next: number | null, minimumDelayMs = 0) {
    if (this.isStopped) return;
    if (next === this.armedFor && this.timer !== null && minimumDelayMs === 0) return;
    if (this.timer !== null) this.ctx.timers.clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = next;
    if (next === null) return;
    const delay = Math.min(LONGEST_TIMER_MS, Math.max(minimumDelayMs, next - this.ctx.clock.now()));
    this.timer = this.ctx.timers.setTimeout(() => {
      this.timer = null;
      this.armedFor = null;
      void this.enqueue(this.run, this.failure);
    }, delay);
  }

  /** Runs `task` once what is queued is done; a failure is logged as `failure`. */
  enqueue(task: () => Promise<void>, failure: string): Promise<void> {
    this.chain = this.chain.then(task).catch((error) => this.ctx.logger.error(failure, { error: String(error) }));
    return this.chain;
  }

  /** No timer left running, and nothing armed again. */
  stop() {
    this.isStopped = true;
    if (this.timer !== null) this.ctx.timers.clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = null;
  }

  /** Resolves once queued work is done (tests and shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }
}
