// Mounting helpers for the element tests: every element a test mounts is removed after it.
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';

const mounted = new Set<HTMLElement>();

/** Creates `tag`, assigns `props`, appends it to the body and waits for its first render. */
export async function mount<E extends LitElement>(tag: string, props: Partial<E> = {}, attributes: Record<string, string> = {}): Promise<E> {
  const element = document.createElement(tag) as E;
  Object.assign(element, props);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  mounted.add(element);
  await element.updateComplete;
  return element;
}

export function unmountAll(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
}

export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** The element's visible text, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part<T extends Element = HTMLElement>(element: HTMLElement, name: string): T | null {
  return shadow(element).querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(element: HTMLElement, name: string): T[] {
  return [...shadow(element).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Resolves with the next `type` event that reaches `document` (so it bubbled out of the shadow root). */
export function nextEvent<E extends Event>(type: string, timeoutMs = 5_000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
    document.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

/** Polls `check` until it returns true (for state that arrives over a socket). */
export async function until<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** WCAG contrast ratio between two computed `rgb(...)` colors. */
export function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Presses Tab (or Shift+Tab) until the part `name` of `element` has focus, as a keyboard user would. */
export async function tabTo(element: HTMLElement, name: string, backwards = false, maxPresses = 12): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (shadow(element).activeElement === part(element, name)) return;
    await sendKeys({ press: backwards ? 'Shift+Tab' : 'Tab' });
  }
  if (shadow(element).activeElement !== part(element, name)) throw new Error(`${name} not reached with ${maxPresses} presses of Tab`);
}
