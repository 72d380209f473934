import { BatonHandoff } from './handoff.component.js';

export { BatonHandoff };

if (!customElements.get('baton-handoff')) customElements.define('baton-handoff', BatonHandoff);

declare global {
  interface HTMLElementTagNameMap {
    'baton-handoff': BatonHandoff;
  }
}
