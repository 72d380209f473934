import type { EscalationView, ResolutionAction } from '@baton/protocol';
import type { ConnectionState, RejectedEvent } from '../connection/desk.connection.js';

const init = { bubbles: true, composed: true } as const;

/** The desk's connection changed (online, reconnecting, refused token…). */
export class BatonDeskConnectionEvent extends Event {
  static readonly type = 'baton-desk-connection';
  constructor(
    readonly state: ConnectionState,
    readonly detail: { code: string; message: string } | null = null,
  ) {
    super(BatonDeskConnectionEvent.type, init);
  }
}

/** A claim finished: `won`, or `lost` to `winner` in a race, or `failed`. */
export class BatonDeskClaimEvent extends Event {
  static readonly type = 'baton-desk-claim';
  constructor(
    readonly escalationId: string,
    readonly outcome: 'won' | 'lost' | 'failed',
    readonly winner: string | null = null,
  ) {
    super(BatonDeskClaimEvent.type, init);
  }
}

/** The agent resolved (or passed on) an escalation; `escalation` is the relay's view after it. */
export class BatonDeskResolveEvent extends Event {
  static readonly type = 'baton-desk-resolve';
  constructor(
    readonly action: ResolutionAction,
    readonly escalation: EscalationView,
  ) {
    super(BatonDeskResolveEvent.type, init);
  }
}

/** The relay sent something that failed the protocol schemas; it was not rendered. */
export class BatonDeskRejectedEvent extends Event {
  static readonly type = 'baton-desk-rejected';
  constructor(readonly rejected: RejectedEvent) {
    super(BatonDeskRejectedEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baton-desk-connection': BatonDeskConnectionEvent;
    'baton-desk-claim': BatonDeskClaimEvent;
    'baton-desk-resolve': BatonDeskResolveEvent;
    'baton-desk-rejected': BatonDeskRejectedEvent;
  }
}
