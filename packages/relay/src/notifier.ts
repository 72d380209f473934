import { createHmac } from 'node:crypto';
import { describeRoute, triggerLabel } from '@baton/protocol';
import type { ChannelConfig, NotificationEvent } from './config.schema.js';
import type { RelayContext } from './context.js';
import type { TimerHandle } from './deps.js';
import type { EscalationRecord, NotificationRecord } from './store/store.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; each further retry waits `factor` times longer. */
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /** Per request. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 2_000, factor: 4, maxDelayMs: 15 * 60_000, timeoutMs: 5_000 };

/** The delay before attempt `attempt + 1` after `attempt` failed ones. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** Math.max(0, attempt - 1));
}

/**
 * Deliveries under way to one channel at most. Each channel has its own lane, so a receiver that
 * hangs until the timeout holds up this many of its own deliveries and nobody else's.
 */
const DELIVERIES_PER_CHANNEL = 4;

const SEVERITY_WORD = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.max(1, Math.round(ms / 1000))}s`;
  if (minutes < 90) return `${minutes} min`;
  return `${Math.round(minutes / 60)} h`;
}

/**
 * Webhooks for new escalations and SLA warnings and breaches. A notification is written to the
 * store first and delivered in the background with backoff, so a slow or failing endpoint never
 * holds up a command, and a restart resumes the deliveries still pending. Channels are delivered
 * independently (see `DELIVERIES_PER_CHANNEL`). Failures end up in the store with the last error.
 */
export class Notifier {
  private readonly channels: ReadonlyMap<string, ChannelConfig>;
  /** Ids of the notifications being delivered, by channel. */
  private readonly lanes = new Map<string, Set<number>>();
  private readonly deliveries = new Set<Promise<void>>();
  private timer: TimerHandle | null = null;
  private armedFor: number | null = null;
  private scanning: Promise<void> | null = null;
  /** A kick came while a scan was running: what it announced may have been written after the scan read. */
  private scanAgain = false;
  private stopped = false;

  constructor(
    private readonly ctx: RelayContext,
    private readonly policy: RetryPolicy,
  ) {
    this.channels = new Map(ctx.config.notifications.map((c) => [c.id, c]));
  }

  /** Queues `event` about `escalation` for each listed channel that subscribes to it. Never throws. */
  notify(event: NotificationEvent, escalation: EscalationRecord, channelIds: readonly string[], extra: Record<string, unknown> = {}) {
    const channels = channelIds.map((id) => this.channels.get(id)).filter((c): c is ChannelConfig => c !== undefined && c.events.includes(event));
    if (channels.length === 0) return;
    const now = this.ctx.clock.now();
    void (async () => {
      for (const channel of channels) {
        const deliveryId = this.ctx.ids();
        const body = channel.type === 'slack' ? slackBody(event, escalation, extra) : webhookBody(event, deliveryId, now, escalation, extra);
        await this.ctx.store.enqueueNotification({ deliveryId, channelId: channel.id, event, escalationId: escalation.id, body: JSON.stringify(body), createdAt: now });
      }
      this.kick();
    })().catch((error) => this.ctx.logger.error('could not queue a notification', { event, escalationId: escalation.id, error: String(error) }));
  }

  /** Starts what is due now where its channel has room, then arms a timer for the next retry. */
  kick() {
    if (this.stopped) return;
    if (this.scanning) {
      this.scanAgain = true;
      return;
    }
    this.scanning = this.scan().finally(() => {
      this.scanning = null;
      if (this.scanAgain) {
        this.scanAgain = false;
        this.kick();
      }
    });
  }

  /** Resolves when no delivery is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.scanning || this.deliveries.size > 0) await Promise.all([this.scanning, ...this.deliveries]);
  }

  stop() {
    this.stopped = true;
    if (this.timer !== null) this.ctx.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async scan() {
    try {
      // Twice a lane's width per channel: its deliveries under way come back too, and are skipped.
      const due = await this.ctx.store.dueNotifications(this.ctx.clock.now(), 2 * DELIVERIES_PER_CHANNEL);
      for (const notification of due) {
        if (this.stopped) break;
        const lane = this.laneOf(notification.channelId);
        if (lane.size < DELIVERIES_PER_CHANNEL && !lane.has(notification.id)) this.start(notification, lane);
      }
      await this.arm();
    } catch (error) {
      this.ctx.logger.error('notification delivery loop failed', { error: String(error) });
    }
  }

  private laneOf(channelId: string): Set<number> {
    let lane = this.lanes.get(channelId);
    if (!lane) {
      lane = new Set();
      this.lanes.set(channelId, lane);
    }
    return lane;
  }

  private start(notification: NotificationRecord, lane: Set<number>) {
    lane.add(notification.id);
    const delivery: Promise<void> = this.deliver(notification)
      .catch((error: unknown) => this.ctx.logger.error('could not record a notification attempt', { deliveryId: notification.deliveryId, error: String(error) }))
      .finally(() => {
        lane.delete(notification.id);
        this.deliveries.delete(delivery);
        // A place in the lane is free for the channel's next due notification.
        this.kick();
      });
    this.deliveries.add(delivery);
  }

  private async arm() {
    if (this.stopped) return;
    // Notifications due already are either under way or waiting for a place in their lane, which a
    // finishing delivery frees (and kicks): the timer is for retries still to come.
    const next = await this.ctx.store.nextNotificationAt(this.ctx.clock.now());
    if (next === this.armedFor && this.timer !== null) return;
    if (this.timer !== null) this.ctx.timers.clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = next;
    if (next === null) return;
    this.timer = this.ctx.timers.setTimeout(() => {
      this.timer = null;
      this.armedFor = null;
      this.kick();
    }, Math.max(0, next - this.ctx.clock.now()));
  }

  private async deliver(notification: NotificationRecord) {
    const channel = this.channels.get(notification.channelId);
    const attempts = notification.attempts + 1;
    try {
      if (!channel) throw new Error(`channel "${notification.channelId}" is no longer configured`);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'baton-relay',
        'x-baton-event': notification.event,
        'x-baton-delivery': notification.deliveryId,
      };
      if (channel.type === 'webhook' && channel.secret) {
        headers['x-baton-signature'] = `sha256=${createHmac('sha256', channel.secret).update(notification.body).digest('hex')}`;
      }
      const response = await this.ctx.fetch(channel.url, {
        method: 'POST',
        headers,
        body: notification.body,
        signal: AbortSignal.timeout(this.policy.timeoutMs),
      });
      // Drain the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await this.ctx.store.updateNotification(notification.id, { status: 'delivered', attempts, deliveredAt: this.ctx.clock.now(), lastError: null, nextAttemptAt: null });
      this.ctx.metrics.notifications.inc({ channel: notification.channelId, outcome: 'delivered' });
    } catch (error) {
      const message = error instanceof Error ? (error.name === 'TimeoutError' ? `timed out after ${this.policy.timeoutMs} ms` : error.message) : String(error);
      const giveUp = attempts >= this.policy.attempts || !channel;
      await this.ctx.store.updateNotification(notification.id, {
        status: giveUp ? 'failed' : 'pending',
        attempts,
        lastError: message,
        nextAttemptAt: giveUp ? null : this.ctx.clock.now() + backoffDelay(this.policy, attempts),
      });
      this.ctx.metrics.notifications.inc({ channel: notification.channelId, outcome: giveUp ? 'failed' : 'retry' });
      const fields = { channel: notification.channelId, deliveryId: notification.deliveryId, attempts, error: message };
      if (giveUp) this.ctx.logger.error('notification failed for good', fields);
      else this.ctx.logger.warn('notification failed; will retry', fields);
    }
  }
}

function escalationSummary(e: EscalationRecord) {
  return {
    id: e.id,
    conversationId: e.conversationId,
    siteKey: e.siteKey,
    kind: e.kind,
    trigger: e.trigger,
    triggerLabel: triggerLabel(e.trigger),
    rule: e.rule,
    severity: e.severity,
    transfer: e.transfer,
    status: e.status,
    reason: e.decision.reason,
    route: e.route,
    routingRule: e.routingRule,
    followUp: e.followUp,
    createdAt: new Date(e.createdAt).toISOString(),
    sla: e.sla ? { dueAt: new Date(e.sla.dueAt).toISOString(), breaches: e.slaBreaches } : null,
  };
}

/** Baton's own JSON body: the event, a delivery id for de-duplication, and the escalation without transcript. */
function webhookBody(event: NotificationEvent, deliveryId: string, now: number, e: EscalationRecord, extra: Record<string, unknown>) {
  return { event, deliveryId, at: new Date(now).toISOString(), escalation: escalationSummary(e), ...extra };
}

/** A Slack incoming-webhook body: one line of mrkdwn. */
function slackBody(event: NotificationEvent, e: EscalationRecord, extra: Record<string, unknown>) {
  const what = `${SEVERITY_WORD[e.severity]} ${e.kind === 'review' ? 'review' : 'takeover'}: ${triggerLabel(e.trigger)}${e.rule ? ` (${e.rule})` : ''}`;
  const where = describeRoute(e.route);
  let text: string;
  if (event === 'escalation.created') {
    text = e.status === 'offline'
      ? `:zzz: ${what} - nobody was available; the customer was offered to leave a message. Conversation \`${e.conversationId}\`.`
      : `:rotating_light: ${what} - waiting for ${where}. Conversation \`${e.conversationId}\`. ${e.decision.reason}`;
  } else if (event === 'sla.warning') {
    text = `:hourglass_flowing_sand: SLA warning - ${what} for ${where} is due in ${formatDuration(Number(extra.remainingMs ?? 0))}. Escalation \`${e.id}\`.`;
  } else {
    const moved = extra.reassignedTo ? ` Reassigned to ${describeRoute(extra.reassignedTo as EscalationRecord['route'])}.` : '';
    text = `:red_circle: SLA breached - ${what}, escalation \`${e.id}\`.${moved}`;
  }
  // The reason and rule come from the customer's browser: escaped, they cannot @channel or plant links.
  return { text: escapeSlack(text) };
}

/** Slack's three control characters (https://api.slack.com/reference/surfaces/formatting#escaping); our own wording uses none. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
