import { BatonChat } from './chat.component.js';

export { BatonChat };

if (!customElements.get('baton-chat')) customElements.define('baton-chat', BatonChat);

declare global {
  interface HTMLElementTagNameMap {
    'baton-chat': BatonChat;
  }
}
