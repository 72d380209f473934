// One typed class per DOM event the elements dispatch. All bubble and cross shadow roots (composed),
// so a host listening on `document` hears them too.
import type { ConnectionState, HandoffPhase, HandoffView } from './sdk/handoff.types.js';

const init: EventInit = { bubbles: true, composed: true };

type Decision = NonNullable<HandoffView['decision']>;

/** A human now has (or is about to take) the conversation: the host must stop its bot answering. */
export class BatonBotPauseEvent extends Event {
  static readonly eventName = 'baton-bot-pause';
  constructor() {
    super(BatonBotPauseEvent.eventName, init);
  }
}

/** The conversation is back with the bot: the host may answer again. */
export class BatonBotResumeEvent extends Event {
  static readonly eventName = 'baton-bot-resume';
  constructor() {
    super(BatonBotResumeEvent.eventName, init);
  }
}

/** The policy (or the customer) decided to hand the conversation to a person. */
export class BatonEscalateEvent extends Event {
  static readonly eventName = 'baton-escalate';
  constructor(readonly decision: Decision) {
    super(BatonEscalateEvent.eventName, init);
  }
}

/** The customer pressed "Talk to a person" (dispatched in every phase, also in `preview`). */
export class BatonHumanRequestEvent extends Event {
  static readonly eventName = 'baton-human-request';
  constructor(readonly phase: HandoffPhase) {
    super(BatonHumanRequestEvent.eventName, init);
  }
}

/** A reviewer let a held bot reply through (`edited` when they redacted it): show `text` to the customer. */
export class BatonReplyReleasedEvent extends Event {
  static readonly eventName = 'baton-reply-released';
  constructor(
    readonly text: string,
    readonly edited: boolean,
  ) {
    super(BatonReplyReleasedEvent.eventName, init);
  }
}

/** A reviewer blocked the held bot reply: never show it. */
export class BatonReplyBlockedEvent extends Event {
  static readonly eventName = 'baton-reply-blocked';
  constructor() {
    super(BatonReplyBlockedEvent.eventName, init);
  }
}

/** The agent wrote to the customer. */
export class BatonAgentMessageEvent extends Event {
  static readonly eventName = 'baton-agent-message';
  constructor(
    readonly text: string,
    readonly agentName: string | null,
  ) {
    super(BatonAgentMessageEvent.eventName, init);
  }
}

/**
 * The handoff moved to another phase; or, with `resumed`, the element took up a handoff already under
 * way (a page reloaded mid-handoff), so the host learns where it stands (`previous` is then `phase`).
 */
export class BatonStatusEvent extends Event {
  static readonly eventName = 'baton-status';
  constructor(
    readonly phase: HandoffPhase,
    readonly previous: HandoffPhase,
    readonly resumed = false,
  ) {
    super(BatonStatusEvent.eventName, init);
  }
}

/** The link to the relay changed (online, reconnecting, unreachable). */
export class BatonConnectionEvent extends Event {
  static readonly eventName = 'baton-connection';
  constructor(readonly connection: ConnectionState) {
    super(BatonConnectionEvent.eventName, init);
  }
}

/** Something failed that the customer may not see (a refused command, a bot adapter that threw). */
export class BatonErrorEvent extends Event {
  static readonly eventName = 'baton-error';
  constructor(
    readonly code: string,
    readonly message: string,
  ) {
    super(BatonErrorEvent.eventName, init);
  }
}

/** `<baton-chat>` panel opened or closed. */
export class BatonShowEvent extends Event {
  static readonly eventName = 'baton-show';
  constructor() {
    super(BatonShowEvent.eventName, init);
  }
}

export class BatonHideEvent extends Event {
  static readonly eventName = 'baton-hide';
  constructor() {
    super(BatonHideEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'baton-bot-pause': BatonBotPauseEvent;
    'baton-bot-resume': BatonBotResumeEvent;
    'baton-escalate': BatonEscalateEvent;
    'baton-human-request': BatonHumanRequestEvent;
    'baton-reply-released': BatonReplyReleasedEvent;
    'baton-reply-blocked': BatonReplyBlockedEvent;
    'baton-agent-message': BatonAgentMessageEvent;
    'baton-status': BatonStatusEvent;
    'baton-connection': BatonConnectionEvent;
    'baton-error': BatonErrorEvent;
    'baton-show': BatonShowEvent;
    'baton-hide': BatonHideEvent;
  }
}
