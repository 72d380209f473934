// The full implementation chunk of the script-tag build, imported by the loader on first interaction.
// It registers the real elements under internal tags; the loader's <baton-handoff> and <baton-chat>
// host them in their shadow roots. Subclasses, because one class can back only one tag.
import { BatonChat } from '../chat/chat.component.js';
import { BatonHandoff } from '../handoff/handoff.component.js';

export const HANDOFF_IMPL_TAG = 'baton-handoff-impl';
export const CHAT_IMPL_TAG = 'baton-chat-impl';

function define(tag: string, base: CustomElementConstructor): string {
  if (!customElements.get(tag)) customElements.define(tag, class extends base {});
  return tag;
}

export function defineHandoffImplementation(): string {
  return define(HANDOFF_IMPL_TAG, BatonHandoff);
}

export function defineChatImplementation(): string {
  return define(CHAT_IMPL_TAG, BatonChat);
}
