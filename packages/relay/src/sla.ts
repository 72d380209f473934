import type { HandoffKind, Severity } from '@baton/protocol';
import type { RelayContext } from './context.js';
import { DeadlineTimer, RETRY_AFTER_FAILURE_MS } from './deadline-timer.js';
import { audienceRooms } from './escalations.js';
import { factsOf } from './facts.js';
import { RELAY_ACTOR, type EscalationPatch, type EscalationRecord, type NewAuditEntry, type NewEvent, type SlaWindow } from './store/store.js';

/**
 * SLA windows per severity: `sla:warning` when half the window is left, `sla:breached` at the end
 * with auto-reassignment to the next routing target. Deadlines live in the store; one timer is
 * armed for the earliest, so after a restart the same query picks up where the last process left
 * off (late deadlines fire at once).
 */
export class SlaService {
  private readonly timer: DeadlineTimer;

  constructor(private readonly ctx: RelayContext) {
    this.timer = new DeadlineTimer(ctx, () => this.fire(), 'SLA processing failed');
  }

  /** A fresh window starting at `start` for this kind of escalation. */
  windowFor(kind: HandoffKind, severity: Severity, followUp: boolean, start: number): SlaWindow {
    const targets = followUp ? this.ctx.config.sla.followUp : kind === 'review' ? this.ctx.config.sla.review : this.ctx.config.sla.takeover;
    const targetMs = targets[severity];
    return { targetMs, startedAt: start, warnAt: start + Math.floor(targetMs / 2), dueAt: start + targetMs, warned: false };
  }

  /**
   * A new or moved window: arms the timer earlier if this deadline comes first. No store query, so
   * it is cheap on every handoff; a timer that fires for a window met meanwhile finds nothing due.
   */
  consider(window: SlaWindow | null) {
    if (window === null || this.timer.stopped) return;
    if (this.timer.covers(window.warned ? window.dueAt : window.warnAt)) return;
    void this.reschedule();
  }

  /** Re-reads the earliest deadline and arms the timer for it. */
  reschedule(): Promise<void> {
    return this.timer.enqueue(() => this.arm(), 'SLA scheduling failed');
  }

  stop() {
    this.timer.stop();
  }

  /** Resolves once queued SLA work is done (tests and shutdown). */
  idle(): Promise<void> {
    return this.timer.idle();
  }

  private async arm(minimumDelayMs = 0) {
    if (this.timer.stopped) return;
    this.timer.armFor(await this.ctx.store.nextSlaAt(), minimumDelayMs);
  }

  private async fire() {
    if (this.timer.stopped) return;
    const now = this.ctx.clock.now();
    let failed = false;
    for (const escalation of await this.ctx.store.slaDue(now)) {
      if (!escalation.sla) continue;
      try {
        if (escalation.sla.dueAt <= now) await this.breach(escalation, now);
        else if (!escalation.sla.warned) await this.warn(escalation, now);
      } catch (error) {
        failed = true;
        this.ctx.logger.error('SLA step failed', { escalationId: escalation.id, error: String(error) });
      }
    }
    // After a failure, retry in a second rather than spinning on the same overdue deadline.
    await this.arm(failed ? RETRY_AFTER_FAILURE_MS : 0);
  }

  private async warn(e: EscalationRecord, now: number) {
    const sla = e.sla!;
    const result = await this.ctx.escalations.update(e.id, {
      at: now,
      expect: { slaStartedAt: sla.startedAt },
      set: { sla: { ...sla, warned: true } },
      audit: [{ ...RELAY_ACTOR, action: 'sla_warning', escalationId: e.id, conversationId: e.conversationId, detail: { dueAt: new Date(sla.dueAt).toISOString(), severity: e.severity } }],
    });
    if (!result.applied) return;
    const updated = result.escalation;
    this.ctx.metrics.slaWarnings.inc({ severity: e.severity });
    this.ctx.agents.to(audienceOf(updated)).emit('sla:warning', {
      escalationId: e.id,
      conversationId: e.conversationId,
      kind: e.kind,
      severity: e.severity,
      dueAt: new Date(sla.dueAt).toISOString(),
      remainingMs: Math.max(0, sla.dueAt - now),
      at: new Date(now).toISOString(),
    });
    this.ctx.escalations.announce(updated, 'sla_warning');
    this.ctx.notifier.notify('sla.warning', updated, this.ctx.router.channelsOf(updated.routingRule), { remainingMs: Math.max(0, sla.dueAt - now) });
  }

  private async breach(e: EscalationRecord, now: number) {
    const sla = e.sla!;
    const next = this.ctx.router.next({ ruleId: e.routingRule, route: e.route }, factsOf(e), now);
    const audit: NewAuditEntry[] = [
      { ...RELAY_ACTOR, action: 'sla_breach', escalationId: e.id, conversationId: e.conversationId, durationMs: now - sla.startedAt, detail: { dueAt: new Date(sla.dueAt).toISOString(), severity: e.severity } },
    ];
    const events: NewEvent[] = [];
    let set: EscalationPatch;
    if (next) {
      audit.push({ ...RELAY_ACTOR, action: 'reassign', escalationId: e.id, conversationId: e.conversationId, note: 'SLA breached', detail: { from: e.route, to: next.route, rule: next.ruleId, releasedFrom: e.assignee } });
      set = {
        slaBreaches: e.slaBreaches + 1,
        route: next.route,
        routingRule: next.ruleId,
        status: 'queued',
        assignee: null,
        claimedAt: null,
        sla: this.windowFor(e.kind, e.severity, e.followUp, now),
      };
      if (e.status === 'assigned' && e.kind === 'takeover') {
        events.push(this.ctx.escalations.statusEvent({ ...e, status: 'queued', assignee: null, route: next.route }));
      }
    } else {
      set = { slaBreaches: e.slaBreaches + 1, sla: null };
    }
    const result = await this.ctx.escalations.update(e.id, {
      at: now,
      expect: { slaStartedAt: sla.startedAt, status: ['queued', 'assigned'] },
      set,
      events,
      audit,
    });
    if (!result.applied) return;
    const updated = result.escalation;
    this.ctx.metrics.slaBreaches.inc({ severity: e.severity });
    const rooms = new Set([...audienceOf(updated), ...audienceOf(e)]);
    this.ctx.agents.to([...rooms]).emit('sla:breached', {
      escalationId: e.id,
      conversationId: e.conversationId,
      kind: e.kind,
      severity: e.severity,
      dueAt: new Date(sla.dueAt).toISOString(),
      at: new Date(now).toISOString(),
      reassignedTo: next ? next.route : null,
    });
    this.ctx.escalations.publish(updated, result.events);
    if (next) this.ctx.escalations.announce(updated, 'reassigned', e);
    const channels = new Set([...this.ctx.router.channelsOf(e.routingRule), ...(next ? this.ctx.router.channelsOf(next.ruleId) : [])]);
    this.ctx.notifier.notify('sla.breached', updated, [...channels], { reassignedTo: next ? next.route : null, previousRoute: e.route });
  }
}

function audienceOf(e: EscalationRecord): string[] {
  return audienceRooms(e.route, e.assignee?.id ?? null);
}
