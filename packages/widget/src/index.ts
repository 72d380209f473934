// @baton/widget: the headless SDK, the <baton-handoff> and <baton-chat> elements (registered on import),
// their typed DOM events and the locale tables.
export * from './sdk/index.js';
export { BatonHandoff } from './handoff/baton-handoff.js';
export { BatonChat } from './chat/baton-chat.js';
export type { BotAdapter, BotReply, ChatHistoryEntry } from './chat/chat.component.js';
export * from './events.js';
export { LOCALES, matchLanguage, type Language, type LocaleStrings } from './locales/index.js';
export { previewViews, type PreviewName } from './preview/preview-views.js';
