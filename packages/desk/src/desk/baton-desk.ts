import '../zod-jitless.js';
import { BatonDesk } from './desk.component.js';

export { BatonDesk };

if (!customElements.get('baton-desk')) customElements.define('baton-desk', BatonDesk);

declare global {
  interface HTMLElementTagNameMap {
    'baton-desk': BatonDesk;
  }
}
