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

/** True when a key press belongs to a text field (or a native control), not to the shortcuts. */
function isTyping(event: KeyboardEvent): boolean {
  const origin = event.composedPath()[0];
  if (!(origin instanceof HTMLElement)) return false;
  return TYPING_TAGS.has(origin.tagName) || origin.isContentEditable;
}

/**
 * Single-key shortcuts on the host (j/k, c, r, e, ?). They stay quiet while the agent types in a
 * field or holds a modifier, so writing "jk" in a reply never moves the selection.
 */
export class ShortcutsController implements ReactiveController {
  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
    const entry = SHORTCUT_KEYS.find(([key]) => key === event.key);
    if (!entry) return;
    event.preventDefault();
    this.actions[entry[1]]();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: ShortcutActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeyDown);
  }
}
