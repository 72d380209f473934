import './zod-jitless.js';
export { BatonDesk } from './desk/baton-desk.js';
export { BatonDeskAnalytics } from './analytics/baton-desk-analytics.js';
export { BatonDeskClaimEvent, BatonDeskConnectionEvent, BatonDeskRejectedEvent, BatonDeskResolveEvent } from './desk/desk.events.js';
export { DeskConnection, type ConnectionState, type DeskConnectionHandlers, type RejectedEvent } from './connection/desk.connection.js';
export {
  QueueStore,
  cardStatus,
  isClaimable,
  compareUrgency,
  slaState,
  DEFAULT_FILTER,
  QUEUE_SCOPES,
  STATUS_FILTERS,
  CARD_STATUSES,
  type CardStatus,
  type QueueFilter,
  type QueueScope,
  type SlaLevel,
  type SlaState,
  type StatusFilter,
} from './queue/queue.store.js';
export { applyRedaction, tokenize, type ReplyToken } from './review/redaction.js';
export { DESK_LOCALES, type DeskStrings } from './locales/index.js';
