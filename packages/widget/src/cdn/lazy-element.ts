// A thin host element for the script-tag build. It renders only the always-visible control, and on
// first interaction imports the full implementation, mounts it inside its own shadow root and hands
// everything over: attributes, properties set so far, queued method calls, slots, parts and focus.
// Events of the implementation are bubbling and composed, so they reach the page through this host.
import type { ElementApi } from './element-api.js';
import { loaderStyles } from './loader.styles.js';

export interface LazyElementOptions {
  api: ElementApi;
  /** Imports the implementation, registers it, and returns the tag it registered it under. */
  load: () => Promise<string>;
  /** The control's part name, the same in the stand-in and the implementation (focus follows it across). */
  controlPart: string;
  /** Renders the always-visible control (a real button carrying `controlPart`) into `frame`. */
  renderControl: (frame: HTMLElement) => HTMLButtonElement;
  /** Labels the control once attributes are known (connected, or `locale`/`lang` changed). */
  labelControl: (control: HTMLButtonElement, host: HTMLElement) => void;
  /** What pressing the control means, replayed on the implementation once it has rendered. */
  activate: (impl: HTMLElement) => unknown;
  /**
   * Properties (or their attributes) that change what the element shows, so setting one loads the
   * implementation at once (`preview`, `open`). Configuration (`bot`, `policy`, `relay`, …) is only stored.
   */
  loadOn: readonly string[];
  /** A saved conversation in progress (page reload mid-handoff) upgrades at once instead of waiting. */
  resumable?: (host: HTMLElement) => boolean;
}

/** Attributes that belong to the host element itself, not to the implementation. */
const HOST_ONLY = new Set(['id', 'class', 'style', 'slot', 'part', 'exportparts', 'tabindex']);

type PendingCall = { method: string; args: unknown[]; settle: (value: unknown) => void; fail: (error: unknown) => void };

export function defineLazyElement(tag: string, options: LazyElementOptions): CustomElementConstructor {
  const { api } = options;
  let implTag: string | undefined;
  let loading: Promise<string> | undefined;
  const waiting = new Set<LazyElement>();

  function loadImplementation(): Promise<string> {
    loading ??= options.load().then(
      (registered) => {
        implTag = registered;
        for (const host of waiting) host.upgrade();
        waiting.clear();
        return registered;
      },
      (error: unknown) => {
        // A failed chunk request (offline, CDN hiccup) may be retried by the next interaction.
        loading = undefined;
        for (const host of waiting) host.loadFailed(error);
        waiting.clear();
        throw error;
      },
    );
    return loading;
  }

  class LazyElement extends HTMLElement {
    static {
      for (const name of api.properties) {
        Object.defineProperty(this.prototype, name, {
          configurable: true,
          enumerable: true,
          get(this: LazyElement) {
            return this.#impl ? (this.#impl as unknown as Record<string, unknown>)[name] : this.#properties.get(name);
          },
          set(this: LazyElement, value: unknown) {
            if (this.#impl) {
              (this.#impl as unknown as Record<string, unknown>)[name] = value;
              return;
            }
            this.#properties.set(name, value);
            if (options.loadOn.includes(name)) this.#request();
          },
        });
      }
      for (const method of api.methods) {
        Object.defineProperty(this.prototype, method, {
          configurable: true,
          writable: true,
          value(this: LazyElement, ...args: unknown[]) {
            return this.#call(method, args);
          },
        });
      }
    }

    readonly #root: ShadowRoot;
    /** Holds the control, then the implementation; resets what the page's CSS could make them inherit. */
    readonly #frame = document.createElement('div');
    readonly #control: HTMLButtonElement;
    #impl: HTMLElement | undefined;
    /** Properties set before the implementation arrived (a page may set them before or after defining). */
    readonly #properties = new Map<string, unknown>();
    readonly #pending: PendingCall[] = [];
    #activated = false;
    readonly #attributes = new MutationObserver((records) => {
      for (const { attributeName } of records) {
        if (!attributeName) continue;
        if (this.#impl) this.#copyAttribute(this.#impl, attributeName);
        else if (options.loadOn.includes(attributeName)) this.#request();
        else options.labelControl(this.#control, this);
      }
    });

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [loaderStyles()];
      this.#frame.className = 'frame';
      this.#root.append(this.#frame);
      this.#control = options.renderControl(this.#frame);
      // Intent (pointer over, focus) starts the download; a press is also replayed once it is in.
      const start = () => this.#request();
      this.#control.addEventListener('pointerenter', start);
      this.#control.addEventListener('focus', start);
      this.#control.addEventListener('click', () => {
        this.#activated = true;
        this.#control.setAttribute('aria-busy', 'true');
        this.#request();
      });
    }

    connectedCallback(): void {
      // Properties assigned before this element was upgraded sit on the instance and shadow the accessors.
      for (const name of api.properties) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = (this as unknown as Record<string, unknown>)[name];
          delete (this as unknown as Record<string, unknown>)[name];
          (this as unknown as Record<string, unknown>)[name] = value;
        }
      }
      this.#attributes.observe(this, { attributes: true });
      if (this.#impl) return;
      options.labelControl(this.#control, this);
      const shows = options.loadOn.some((name) => this.#properties.has(name) || this.hasAttribute(name));
      if (implTag || shows || this.#pending.length > 0 || options.resumable?.(this)) this.#request();
    }

    disconnectedCallback(): void {
      this.#attributes.disconnect();
      waiting.delete(this);
    }

    /** @internal Called by the loader once the implementation is registered. */
    upgrade(): void {
      if (this.#impl || !implTag || !this.isConnected) return;
      const hadFocus = this.#root.activeElement === this.#control;
      const impl = document.createElement(implTag);
      for (const { name } of this.attributes) this.#copyAttribute(impl, name);
      if (api.parts.length > 0) impl.setAttribute('exportparts', api.parts.join(', '));
      for (const slot of api.slots) {
        const forward = document.createElement('slot');
        if (slot) {
          forward.name = slot;
          forward.slot = slot;
        }
        impl.append(forward);
      }
      for (const [name, value] of this.#properties) (impl as unknown as Record<string, unknown>)[name] = value;
      this.#properties.clear();
      this.#control.remove();
      this.#frame.append(impl);
      this.#impl = impl;
      for (const call of this.#pending.splice(0)) {
        try {
          call.settle((impl as unknown as Record<string, (...args: unknown[]) => unknown>)[call.method]!(...call.args));
        } catch (error) {
          call.fail(error);
        }
      }
      const activated = this.#activated;
      // Lit renders in a microtask: wait for it so focus has somewhere to go.
      void Promise.resolve((impl as { updateComplete?: Promise<unknown> }).updateComplete).then(() => {
        if (hadFocus || activated) impl.shadowRoot?.querySelector<HTMLElement>(`[part~="${options.controlPart}"]`)?.focus();
        if (activated) options.activate(impl);
      });
    }

    /** @internal Called by the loader when the implementation could not be fetched. */
    loadFailed(error: unknown): void {
      this.#control.removeAttribute('aria-busy');
      this.#activated = false;
      for (const call of this.#pending.splice(0)) call.fail(error);
      // The same shape as BatonErrorEvent (which lives in the chunk that failed): the host can offer its other routes.
      const message = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(Object.assign(new Event('baton-error', { bubbles: true, composed: true }), { code: 'load_failed', message }));
    }

    #request(): void {
      if (this.#impl) return;
      if (implTag) {
        this.upgrade();
        return;
      }
      if (!this.isConnected) return;
      waiting.add(this);
      loadImplementation().catch(() => {
        // Reported through loadFailed(); the control stays usable and the next press retries.
      });
    }

    #call(method: string, args: unknown[]): unknown {
      if (this.#impl) return (this.#impl as unknown as Record<string, (...args: unknown[]) => unknown>)[method]!(...args);
      return new Promise((settle, fail) => {
        this.#pending.push({ method, args, settle, fail });
        this.#request();
      });
    }

    #copyAttribute(impl: HTMLElement, name: string): void {
      if (HOST_ONLY.has(name)) return;
      const value = this.getAttribute(name);
      if (value === null) impl.removeAttribute(name);
      else impl.setAttribute(name, value);
    }
  }

  customElements.define(tag, LazyElement);
  return LazyElement;
}
