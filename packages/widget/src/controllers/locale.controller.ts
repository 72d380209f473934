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
  /** `<html lang>` as the page wrote it. */
  #pageTag = '';

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  get language(): Language {
    return matchLanguage(this.host.locale) ?? matchLanguage(this.#pageTag) ?? 'en';
  }

  get strings(): LocaleStrings {
    return LOCALES[this.language];
  }

  /**
   * `ltr` when the element falls back from a language it has no table for (its `locale`, else the
   * page's, e.g. Arabic): every table it has reads left to right, and an inherited `rtl` would garble
   * the punctuation. Otherwise undefined: the page's (or a designer's) `dir` applies.
   */
  get direction(): 'ltr' | undefined {
    const requested = (this.host.locale || this.#pageTag).trim();
    return requested !== '' && matchLanguage(requested) === null ? 'ltr' : undefined;
  }

  hostConnected(): void {
    const root = document.documentElement;
    this.#pageTag = root.lang;
    this.#observer = new MutationObserver(() => {
      if (root.lang === this.#pageTag) return;
      this.#pageTag = root.lang;
      this.host.requestUpdate();
    });
    this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }
}
