import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures each chart's figure so drawings are laid out at their real pixel width: text then
 * stays at its CSS size instead of shrinking or swelling with a scaled viewBox.
 */
export class ChartWidthController implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private readonly observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset['chart'];
      const width = Math.floor(entry.contentRect.width);
      if (id && width > 0 && this.widths.get(id) !== width) {
        this.widths.set(id, width);
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  });
  private readonly observed = new Set<Element>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback = 400,
  ) {
    host.addController(this);
  }

  /** The last measured width of a chart, or the fallback before its first layout. */
  widthOf(id: string): number {
    return this.widths.get(id) ?? this.fallback;
  }

  hostConnected(): void {
    // A re-attached element keeps its DOM but no update follows: watch its figures again now.
    this.hostUpdated();
  }

  hostUpdated(): void {
    const figures = new Set(this.host.shadowRoot?.querySelectorAll('[data-chart]') ?? []);
    for (const figure of figures) if (!this.observed.has(figure)) this.observer.observe(figure);
    for (const figure of this.observed) if (!figures.has(figure)) this.observer.unobserve(figure);
    this.observed.clear();
    for (const figure of figures) this.observed.add(figure);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed.clear();
  }
}
