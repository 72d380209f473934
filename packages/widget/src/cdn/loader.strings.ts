// The labels of the stand-in controls, one per supported locale. They repeat the full elements'
// locale table (`talkToPerson`, `openChat`) on purpose: importing it would pull every string into the
// loader. test/dist.test.ts checks they stay the same.
export const LOADER_LABELS = {
  en: { human: 'Talk to a person', launcher: 'Open chat' },
  es: { human: 'Hablar con una persona', launcher: 'Abrir chat' },
  fr: { human: 'Parler à une personne', launcher: 'Ouvrir le chat' },
  de: { human: 'Mit einem Menschen sprechen', launcher: 'Chat öffnen' },
  pt: { human: 'Falar com uma pessoa', launcher: 'Abrir chat' },
  it: { human: 'Parla con una persona', launcher: 'Apri la chat' },
} as const;

export type LoaderLabel = keyof (typeof LOADER_LABELS)['en'];

type Language = keyof typeof LOADER_LABELS;

const supported = (tag: string | null) => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Language;
  return primary in LOADER_LABELS ? primary : null;
};

/** As the elements resolve it (LocaleController): the `locale` attribute, else `<html lang>`, else English. */
export function loaderLabel(host: HTMLElement, label: LoaderLabel): string {
  const language = supported(host.getAttribute('locale')) ?? supported(document.documentElement.lang) ?? 'en';
  return LOADER_LABELS[language][label];
}
