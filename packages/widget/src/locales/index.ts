import { LANGUAGES, triggerLabel, type Language, type TriggerId } from '@baton/protocol/vocabulary';
import type { LocaleStrings } from './locale.types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';

export type { LocaleStrings } from './locale.types.js';
export type { Language } from '@baton/protocol/vocabulary';

/** The elements' strings, one table per supported language. */
export const LOCALES: Readonly<Record<Language, LocaleStrings>> = { en, es, fr, de, pt, it };

/** `es-MX` → `es`; anything unsupported (or empty) → null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** The plain label of an escalation trigger in `language`, from the shared vocabulary. */
export function localTriggerLabel(trigger: TriggerId, language: Language): string {
  return triggerLabel(trigger, language);
}
