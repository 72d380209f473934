import { guessLanguages, prepareLanguages, registerLanguagePacks, registeredLanguages, type CompiledPolicy, type LanguagePack } from '@baton/core';
import type { Language } from '@baton/protocol';

type LoadableLanguage = Exclude<Language, 'en'>;

/**
 * core's language packs, each loaded on first need: a dynamic import, so the script-tag build
 * puts each in a chunk of its own. English is built into the core.
 */
const PACKS: Readonly<Record<LoadableLanguage, () => Promise<LanguagePack>>> = {
  es: () => import('@baton/core/languages/es').then((module) => module.es),
  fr: () => import('@baton/core/languages/fr').then((module) => module.fr),
  de: () => import('@baton/core/languages/de').then((module) => module.de),
  pt: () => import('@baton/core/languages/pt').then((module) => module.pt),
  it: () => import('@baton/core/languages/it').then((module) => module.it),
};

const loadable = (language: string): language is LoadableLanguage => Object.hasOwn(PACKS, language);

/** A message waits this long at most for its pack; then it is read with the languages loaded. */
export const PACK_WAIT_MS = 3_000;

/** Loads shared by every handoff on the page: a pack is fetched and registered once. */
const loads = new Map<LoadableLanguage, Promise<void>>();

/** Loads and registers packs; resolves when all are registered, rejects with the first failure (which may be retried later). */
export function loadLanguagePacks(languages: readonly Language[]): Promise<void> {
  return Promise.all(
    languages.filter(loadable).map((language) => {
      let load = loads.get(language);
      if (!load) {
        load = PACKS[language]().then((pack) => registerLanguagePacks(pack));
        load.catch(() => loads.delete(language));
        loads.set(language, load);
      }
      return load;
    }),
  ).then(() => undefined);
}

/** The languages with a pack that the page is written in (`<html lang>`) or its reader prefers. */
export function pageLanguages(): Language[] {
  const tags = [globalThis.document?.documentElement.lang, ...(globalThis.navigator?.languages ?? [])];
  const found = new Set<Language>();
  for (const tag of tags) {
    const language = tag?.slice(0, 2).toLowerCase() ?? '';
    if (loadable(language)) found.add(language);
  }
  return [...found];
}

/** Keeps a conversation's inputs in order while a message waits for the packs of its language. */
export interface LanguageGate {
  /**
   * Runs `deliver` now when nothing waits and the text needs no pack that is missing; otherwise
   * after the packs it needs (at most PACK_WAIT_MS) and after everything passed before it.
   * `text` null: an input with no words to read (a bot reply), which only keeps its place.
   */
  pass(text: string | null, deliver: () => void): void;
  /** Starts loading packs without holding anything (the page's own languages). */
  preload(languages: readonly Language[]): void;
  /** Drops what still waits. */
  dispose(): void;
}

/**
 * The loader's side of "a Spanish request escalates on an English page": before the machine reads
 * a customer message, the packs guessLanguages() names are loaded, so the detectors know its words.
 * `policy` is the policy the machine runs (null while it is being validated): its lexicons are
 * rebuilt for the new packs as soon as they load, not while the waiting message is read.
 */
export function createLanguageGate(onError: (error: Error) => void, policy: () => CompiledPolicy | null): LanguageGate {
  let tail: Promise<void> | null = null;
  let disposed = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  /** Resolves once the packs are in, or with one error once they will not be in time. */
  const waitFor = (languages: readonly Language[]): Promise<void> =>
    new Promise<void>((resolve) => {
      let settled = false;
      const settle = (error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        timers.delete(timer);
        if (error !== null && !disposed) onError(new Error(`the ${languages.join(', ')} language pack ${error}; the message was read without it`));
        resolve();
      };
      const timer = setTimeout(() => settle(`took longer than ${PACK_WAIT_MS} ms`), PACK_WAIT_MS);
      timers.add(timer);
      loadLanguagePacks(languages).then(
        () => {
          const current = policy();
          if (current) prepareLanguages(current);
          settle(null);
        },
        (error: unknown) => settle(`could not be loaded (${error instanceof Error ? error.message : String(error)})`),
      );
    });

  return {
    pass(text, deliver) {
      const registered = registeredLanguages();
      const missing = text === null ? [] : guessLanguages(text).filter((language) => !registered.includes(language));
      if (!tail && missing.length === 0) return deliver();
      const ready = missing.length > 0 ? waitFor(missing) : Promise.resolve();
      const turn: Promise<void> = Promise.all([tail, ready]).then(() => {
        if (tail === turn) tail = null;
        if (disposed) return;
        try {
          deliver();
        } catch (error) {
          // The next input still gets its turn; the failure surfaces as the caller's own would.
          queueMicrotask(() => {
            throw error;
          });
        }
      });
      tail = turn;
    },
    preload(languages) {
      loadLanguagePacks(languages).then(
        () => {
          const current = policy();
          if (current) prepareLanguages(current);
        },
        (error: unknown) => onError(new Error(`a language pack could not be preloaded: ${error instanceof Error ? error.message : String(error)}`)),
      );
    },
    dispose() {
      disposed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
