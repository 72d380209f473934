import type { OfflineReason } from '../sdk/handoff.types.js';

/** Every string the elements show, for one language. Functions take the parts that vary. */
export interface LocaleStrings {
  talkToPerson: string;
  /** Accessible name of the status area. */
  statusLabel: string;
  escalating: string;
  warm: string;
  cold: string;
  queuePosition: (position: number) => string;
  queueUnknown: string;
  waitMinutes: (minutes: number) => string;
  waitUnderMinute: string;
  agentJoined: (name: string) => string;
  agentTyping: (name: string) => string;
  reasonLabel: (label: string) => string;
  reviewPending: string;
  reviewReleased: string;
  reviewRedacted: string;
  reviewBlocked: string;
  offline: Record<OfflineReason, string>;
  offlineLeaveMessage: string;
  messageLabel: string;
  nameLabel: string;
  emailLabel: string;
  sendMessage: string;
  leftMessage: string;
  leaveMessageFailed: string;
  otherRoutes: string;
  reconnecting: string;
  /** The link has stayed down a while during a handoff: the customer keeps their place. */
  reconnectingStalled: string;
  humanRequestPending: string;
  cancel: string;
  ended: string;
  endedWith: (name: string) => string;
  backToAssistant: string;
  /** After a person handed the conversation back, or the customer cancelled the handoff. */
  backWithAssistant: string;
  /** The same in <baton-chat>, whose bot is not re-asked: invites the customer to go on. */
  backWithAssistantAskAgain: string;
  composerLabel: string;
  composerPlaceholder: string;
  /** Shown under a text field near its length limit. */
  charactersLeft: (count: number) => string;
  send: string;
  sending: string;
  notDelivered: string;
  retry: string;
  you: string;
  assistant: string;
  agentFallbackName: string;
  conversationLabel: string;
  /** <baton-chat> */
  openChat: string;
  closeChat: string;
  chatTitle: string;
  unread: (count: number) => string;
  assistantTyping: string;
  botFailed: string;
}
