import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Which log is shown and how many lines it holds, read before each render. */
export interface LogExtent {
  /** Changes when another log takes the place (another escalation opened). */
  key: string;
  lines: number;
}

/** Within this many pixels of the end, the reader counts as "at the bottom" (about two lines). */
const AT_BOTTOM_PX = 48;

/**
 * Keeps a scrolling log on its newest line while the reader is at (or near) the bottom. Once they
 * scroll up to read, new lines leave them where they are and `unseen` turns on, so the host can
 * offer a "New messages" control that calls `jumpToLatest()`.
 */
export class LogFollowController implements ReactiveController {
  /** Lines arrived below while the reader was scrolled up. */
  unseen = false;
  #following = true;
  #rendered: LogExtent | null = null;
  #element: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly extent: () => LogExtent | null,
    private readonly log: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** Before rendering: decide whether what arrived is out of sight, so the cue renders with it. */
  hostUpdate(): void {
    const next = this.extent();
    if (next === null) return;
    if (next.key !== this.#rendered?.key) {
      // A freshly opened log starts at its newest line.
      this.#following = true;
      this.unseen = false;
    } else if (next.lines > this.#rendered.lines && !this.#following) {
      this.unseen = true;
    }
  }

  hostUpdated(): void {
    const next = this.extent();
    const element = this.log();
    // A log rendered anew (back from another view) starts at the top: put it where it was.
    const moved = next !== null && (element !== this.#element || next.key !== this.#rendered?.key || next.lines > this.#rendered.lines);
    this.#rendered = next;
    this.#element = element;
    if (moved && this.#following) this.#scrollToEnd();
  }

  /** The log's scroll listener: reading further up stops following; reaching the end resumes it. */
  readonly onScroll = (event: Event): void => {
    const log = event.currentTarget as HTMLElement;
    this.#following = log.scrollHeight - log.scrollTop - log.clientHeight <= AT_BOTTOM_PX;
    if (this.#following && this.unseen) {
      this.unseen = false;
      this.host.requestUpdate();
    }
  };

  /** Follows again from the next render on (the agent sent a line of their own). */
  follow(): void {
    this.#following = true;
  }

  jumpToLatest(): void {
    this.#following = true;
    this.unseen = false;
    this.#scrollToEnd();
    this.host.requestUpdate();
  }

  #scrollToEnd(): void {
    const log = this.log();
    if (log) log.scrollTop = log.scrollHeight;
  }
}
