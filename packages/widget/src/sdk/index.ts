// The headless SDK: `createHandoff()` and the `HandoffView` contract everything customer-facing renders.
export { createHandoff } from './handoff.js';
export { initialHandoffView } from './handoff.view.js';
export { WIRE_PROTOCOL_VERSION } from './relay.transport.js';
export type {
  ChatLine,
  ConnectionState,
  CustomerIdentity,
  Handoff,
  HandoffEvent,
  HandoffEventType,
  HandoffOptions,
  HandoffPhase,
  HandoffView,
  ObservedMessage,
  OfflineReason,
  ReviewView,
} from './handoff.types.js';
