import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Now = () => number;

/**
 * Re-renders its host once a second so SLA countdowns move. The time comes from `now()`, which
 * the host may replace (tests inject a fixed clock); the ticking itself only schedules renders.
 */
export class ClockController implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly now: () => Now,
    private readonly intervalMs = 1_000,
  ) {
    host.addController(this);
  }

  /** The current instant by the host's clock. */
  read(): number {
    return this.now()();
  }

  hostConnected(): void {
    this.#timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
