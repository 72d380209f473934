import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What each desk shortcut does; the host supplies the behaviour. */
export interface ShortcutActions {
  next(): void;
  previous(): void;
  claim(): void;
  reply(): void;
  resolve(): void;
  help(): void;
}

/** Keys in the order the help overlay lists them. */
export const SHORTCUT_KEYS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['c', 'claim'],
  ['r', 'reply'],
  ['e', 'resolve'],
  ['?', 'help'],
] as const satisfies ReadonlyArray<readonly [string, keyof ShortcutActions]>;

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True when a key press belongs to a text field (or a native control), here or elsewhere on the page. */
function isTyping(event: KeyboardEvent): boolean {
  const origin = event.composedPath()[0];
  if (!(origin instanceof HTMLElement)) return false;
  return TYPING_TAGS.has(origin.tagName) || origin.isContentEditable;
}

/**
 * Single-key shortcuts (j/k, c, r, e, ?). They listen on the whole document while the host is
 * connected, so they keep working when focus fell back to the page body (after an action removed
 * the focused control, or on page load). They stay quiet while the agent types in any field or
 * holds a modifier, so writing "jk" in a reply never moves the selection, and leave key presses
 * inside another element of the same kind (a second desk) to that one.
 */
export class ShortcutsController implements ReactiveController {
  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event) || this.#belongsToAnother(event)) return;
    const entry = SHORTCUT_KEYS.find(([key]) => key === event.key);
    if (!entry) return;
    event.preventDefault();
    this.actions[entry[1]]();
  };

  #document: Document | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: ShortcutActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#document = this.host.ownerDocument;
    this.#document.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    this.#document?.removeEventListener('keydown', this.#onKeyDown);
    this.#document = null;
  }

  #belongsToAnother(event: KeyboardEvent): boolean {
    const tag = this.host.localName;
    return event.composedPath().some((node) => node !== this.host && node instanceof HTMLElement && node.localName === tag);
  }
}
