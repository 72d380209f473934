import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FloatingOptions {
  placement: Placement;
  /** Gap between the reference and the floating element, in px. */
  distance: number;
  /** While this media query matches, the floating element is left to CSS (e.g. full screen on phones). */
  fullscreenQuery: string;
}

/**
 * Keeps a floating element next to its reference with @floating-ui/dom while shown: `start()` begins
 * `autoUpdate`, `stop()` (and disconnecting the host) runs its cleanup. Strategy `fixed`, because the
 * panel lives in a shadow root whose offset parent may be anywhere in the host page.
 */
export class FloatingController implements ReactiveController {
  #cleanup: (() => void) | null = null;
  #resumeOnConnect = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly elements: () => { reference: HTMLElement; floating: HTMLElement } | null,
    private readonly options: FloatingOptions,
  ) {
    host.addController(this);
  }

  /** True while autoUpdate is running. */
  get running(): boolean {
    return this.#cleanup !== null;
  }

  start(): void {
    this.stop();
    const elements = this.elements();
    if (!elements) return;
    const { reference, floating } = elements;
    this.#cleanup = autoUpdate(reference, floating, () => void this.#position(reference, floating));
  }

  stop(): void {
    this.#cleanup?.();
    this.#cleanup = null;
  }

  hostConnected(): void {
    // Moved within the page while shown: keep positioning.
    if (this.#resumeOnConnect) this.start();
    this.#resumeOnConnect = false;
  }

  hostDisconnected(): void {
    this.#resumeOnConnect = this.running;
    this.stop();
  }

  async #position(reference: HTMLElement, floating: HTMLElement): Promise<void> {
    if (matchMedia(this.options.fullscreenQuery).matches) {
      floating.style.removeProperty('left');
      floating.style.removeProperty('top');
      return;
    }
    const { x, y, placement } = await computePosition(reference, floating, {
      placement: this.options.placement,
      strategy: 'fixed',
      middleware: [offset(this.options.distance), flip(), shift({ padding: 8 })],
    });
    if (!this.#cleanup) return;
    floating.style.left = `${x}px`;
    floating.style.top = `${y}px`;
    floating.dataset.placement = placement;
  }
}
