import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialHandoffView } from '../sdk/handoff.view.js';
import type { Handoff, HandoffView } from '../sdk/handoff.types.js';

/**
 * Connects a Lit element to a `Handoff`: subscribes while the element is connected and asks for an
 * update only when the view changed. The element renders from `view`; it never touches the machine
 * or the socket. The handoff belongs to whoever created it: the controller never disposes it.
 */
export class HandoffController implements ReactiveController {
  private current: Handoff | null = null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;
  private lastView: HandoffView = initialHandoffView();

  constructor(
    private readonly host: ReactiveControllerHost,
    handoff: Handoff | null = null,
  ) {
    this.current = handoff;
    if (handoff) this.lastView = handoff.getView();
    host.addController(this);
  }

  /** What to render: the handoff's current view, or the view of a conversation with no handoff yet. */
  get view(): HandoffView {
    return this.lastView;
  }

  get handoff(): Handoff | null {
    return this.current;
  }

  /** Switches to another handoff (or none), re-subscribing if the host is connected. */
  set handoff(handoff: Handoff | null) {
    if (handoff === this.current) return;
    this.detach();
    this.current = handoff;
    if (this.connected) this.attach();
    this.update(handoff ? handoff.getView() : initialHandoffView());
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  private attach() {
    if (!this.current || this.unsubscribe) return;
    this.unsubscribe = this.current.subscribe((view) => this.update(view));
    // Whatever changed while the host was away.
    this.update(this.current.getView());
  }

  private detach() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private update(view: HandoffView) {
    if (view === this.lastView) return;
    this.lastView = view;
    this.host.requestUpdate();
  }
}
