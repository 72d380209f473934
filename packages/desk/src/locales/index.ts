import { LANGUAGES, type Language } from '@baton/protocol/vocabulary';
import { de } from './de.js';
import { en, type DeskStrings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';

export type { DeskStrings };

export const DESK_LOCALES: Readonly<Record<Language, DeskStrings>> = { en, es, fr, de, pt, it };

/** `pt-BR` → `pt`; anything unsupported falls back to English. */
export function languageOf(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] as Language;
  return (LANGUAGES as readonly string[]).includes(base) ? base : 'en';
}

export function stringsFor(locale: string): DeskStrings {
  return DESK_LOCALES[languageOf(locale)];
}
