import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { registerLanguagePacks } from './language-pack.js';
import { pt } from './pt.js';

/**
 * Registers every language pack. For Node (the CLI, replay, tests) and pages that would rather load
 * everything than guess: with all packs registered, every detector behaves as one lexicon of six languages.
 */
export function registerAllLanguages(): void {
  registerLanguagePacks(es, fr, de, pt, it);
}
