// Every state a customer can see, as fixed `HandoffView`s for `preview`: the widget's own preview
// views plus one escalation per trigger, so designers see each reason line in each locale.
import { previewViews, type HandoffView } from '@baton/widget';
import { TRIGGER_IDS, type TriggerId } from '@baton/protocol/vocabulary';

export interface GalleryState {
  /** Stable id: `data-state` on the tile, for tests and deep links. */
  id: string;
  group: 'Assistant' | 'Escalating' | 'Queued' | 'Connected' | 'Review' | 'Offline' | 'Connection' | 'After';
  title: string;
  note: string;
  view: HandoffView;
  /**
   * The view the tile shows first, before `view`: some lines only follow a change (back with the
   * assistant after a person), and a preview that moves from one state to the next shows them.
   */
  from?: HandoffView;
}

const ESCALATIONS: Record<TriggerId, Pick<NonNullable<HandoffView['decision']>, 'rule' | 'severity' | 'transfer' | 'reason'>> = {
  explicit_request: { rule: null, severity: 'medium', transfer: 'warm', reason: 'Asked for a person: "talk to a human"' },
  low_confidence: { rule: null, severity: 'medium', transfer: 'warm', reason: 'Low AI confidence: 0.18 below 0.5' },
  sentiment: { rule: null, severity: 'high', transfer: 'warm', reason: 'Negative sentiment: mean -0.61 over the last 2 customer messages' },
  topic: { rule: 'legal', severity: 'high', transfer: 'warm', reason: 'Policy topic "legal": matched "lawyer"' },
  repeat_contact: { rule: null, severity: 'medium', transfer: 'warm', reason: 'Repeat contact: "order_status" also yesterday' },
  loop: { rule: null, severity: 'medium', transfer: 'warm', reason: 'Conversation loop: intent "promo_code" 3 times in a row' },
  inactivity: { rule: null, severity: 'low', transfer: 'cold', reason: 'AI not responding: replied 42 s after the customer' },
};

const TRIGGER_TITLES: Record<TriggerId, string> = {
  explicit_request: 'Asked for a person',
  low_confidence: 'Low AI confidence',
  sentiment: 'Negative sentiment',
  topic: 'Policy topic (legal)',
  repeat_contact: 'Repeat contact',
  loop: 'Conversation loop',
  inactivity: 'AI not responding (cold)',
};

export const GALLERY_STATES: readonly GalleryState[] = [
  { id: 'bot', group: 'Assistant', title: 'Bot answering', note: 'Only the “Talk to a person” control: always visible.', view: previewViews.bot },
  ...TRIGGER_IDS.map(
    (trigger): GalleryState => ({
      id: `escalating-${trigger}`,
      group: 'Escalating',
      title: TRIGGER_TITLES[trigger],
      note: 'Building the summary and finding a person; the reason is shown.',
      view: {
        ...previewViews.escalating,
        decision: { trigger, kind: 'takeover', ...ESCALATIONS[trigger] },
        transfer: ESCALATIONS[trigger].transfer,
      },
    }),
  ),
  { id: 'queued-warm', group: 'Queued', title: 'Queued, warm transfer', note: '3rd in line, about 4 minutes; the agent sees the summary.', view: previewViews.queuedWarm },
  { id: 'queued-cold', group: 'Queued', title: 'Queued, cold transfer', note: 'Queue only: the customer is told nothing was shared.', view: previewViews.queuedCold },
  { id: 'connected', group: 'Connected', title: 'Connected', note: 'A person has the conversation; the bot is paused.', view: previewViews.connected },
  { id: 'agent-typing', group: 'Connected', title: 'Connected, agent typing', note: 'The typing line is announced politely.', view: previewViews.agentTyping },
  { id: 'send-failed', group: 'Connected', title: 'A message not delivered', note: 'Failed delivery with a retry.', view: previewViews.sendFailed },
  { id: 'review-pending', group: 'Review', title: 'Review pending', note: 'The AI reply is held while a teammate checks it.', view: previewViews.reviewing },
  { id: 'review-released', group: 'Review', title: 'Review: released', note: 'The reviewer allowed the reply.', view: previewViews.reviewReleased },
  { id: 'review-redacted', group: 'Review', title: 'Review: redacted', note: 'Allowed with parts removed.', view: previewViews.reviewRedacted },
  { id: 'review-blocked', group: 'Review', title: 'Review: blocked', note: 'The reply will not be shown.', view: previewViews.reviewBlocked },
  { id: 'offline-no-agent', group: 'Offline', title: 'Offline: no agent', note: 'Nobody online: leave a message, or other routes.', view: previewViews.offlineNoAgent },
  { id: 'offline-out-of-hours', group: 'Offline', title: 'Offline: out of hours', note: 'Outside opening hours.', view: previewViews.offlineOutOfHours },
  { id: 'offline-unreachable', group: 'Offline', title: 'Offline: relay unreachable', note: 'The request is kept and sent when the relay is back.', view: previewViews.offlineUnreachable },
  { id: 'offline-refused', group: 'Offline', title: 'Offline: request refused', note: 'The relay answered with an error: said plainly, nothing sent again by itself.', view: previewViews.offlineRefused },
  { id: 'offline-connection-refused', group: 'Offline', title: 'Offline: connection refused', note: 'The relay refused the site (unknown key, bad identity): other routes and the way back, no message form that could never arrive.', view: previewViews.offlineConnectionRefused },
  { id: 'message-left', group: 'Offline', title: 'Message left', note: 'The relay has the message.', view: previewViews.messageLeft },
  { id: 'reconnecting', group: 'Connection', title: 'Reconnecting', note: 'The link dropped mid-conversation; nothing is lost.', view: previewViews.reconnecting },
  {
    id: 'reconnecting-stalled',
    group: 'Connection',
    title: 'Still reconnecting',
    note: 'Down for 8 s or more: other contact routes and the way back to the assistant; the place in line is kept.',
    view: previewViews.reconnectingStalled,
  },
  { id: 'ended', group: 'After', title: 'Ended', note: 'The person closed the conversation; back to the assistant.', view: previewViews.ended },
  {
    id: 'handed-back',
    group: 'After',
    title: 'Back with the assistant',
    note: 'A person handed the conversation back; said until the customer writes again.',
    view: previewViews.bot,
    from: previewViews.connected,
  },
];
