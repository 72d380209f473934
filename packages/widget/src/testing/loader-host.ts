// Reaching into an element the script-tag loader (dist/cdn/baton.js) defined: the stand-in host
// mounts the real element, `<tag>-impl`, in its own shadow root.

/** The real element a loader host mounted, once it has. */
export const implOf = (host: Element) => host.shadowRoot?.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(`${host.localName}-impl`) ?? null;

/** A `part` inside the real element. */
export const partOf = <T extends Element = HTMLElement>(host: Element, part: string) => implOf(host)?.shadowRoot?.querySelector<T>(`[part~="${part}"]`) ?? null;
