import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALES, matchLanguage, type Language, type LocaleStrings } from '../locales/index.js';

export interface LocaleHost extends ReactiveControllerHost {
  /** The element's `locale` attribute; wins over the page language. */
  locale: string | undefined;
}

/**
 * Resolves the element's language: its `locale` attribute, else `<html lang>`, else English.
 * Watches `<html lang>` while connected so a page that switches language re-renders the element.
 */
export class LocaleController implements ReactiveController {
  #observer: MutationObserver | null = null;
  #pageLanguage: Language | null = null;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  get language(): Language {
    return matchLanguage(this.host.locale) ?? this.#pageLanguage ?? 'en';
  }

  get strings(): LocaleStrings {
    return LOCALES[this.language];
  }

  hostConnected(): void {
    const root = document.documentElement;
    this.#pageLanguage = matchLanguage(root.lang);
    this.#observer = new MutationObserver(() => {
      const next = matchLanguage(root.lang);
      if (next === this.#pageLanguage) return;
      this.#pageLanguage = next;
      this.host.requestUpdate();
    });
    this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}
