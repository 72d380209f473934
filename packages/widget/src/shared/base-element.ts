import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale.controller.js';

/** What every Baton element shares: locale resolution, a forced theme, and `emit()` for typed events. */
export class BatonElement extends LitElement {
  /** Language of the element's strings (`en`, `es`, `fr`, `de`, `pt`, `it`); defaults to `<html lang>`, then English. */
  @property({ reflect: true }) locale: string | undefined;

  /** Forces a color scheme; without it the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  protected readonly localization = new LocaleController(this);

  /** Dispatches one of the typed `baton-*` events from this element; false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
