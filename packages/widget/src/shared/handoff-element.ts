import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Summarizer } from '@baton/core';
import type { ContactDetails } from '@baton/protocol';
import {
  BatonAgentMessageEvent,
  BatonBotPauseEvent,
  BatonBotResumeEvent,
  BatonConnectionEvent,
  BatonErrorEvent,
  BatonEscalateEvent,
  BatonHumanRequestEvent,
  BatonReplyBlockedEvent,
  BatonReplyReleasedEvent,
  BatonStatusEvent,
} from '../events.js';
import { localTriggerLabel, type LocaleStrings } from '../locales/index.js';
import type {
  ChatLine,
  CustomerIdentity,
  Handoff,
  HandoffEvent,
  HandoffOptions,
  HandoffPhase,
  HandoffView,
  ObservedMessage,
} from '../sdk/handoff.types.js';
import { HandoffController } from '../controllers/handoff.controller.js';
import { MAX_MESSAGE_CHARS } from '@baton/protocol/vocabulary';
import { BatonElement } from './base-element.js';

/** Phases in which the customer writes to the human side. */
const HUMAN_PHASES: ReadonlySet<HandoffPhase> = new Set(['queued', 'reviewing', 'connected', 'reconnecting']);
const CANCELLABLE_PHASES: ReadonlySet<HandoffPhase> = new Set(['escalating', 'queued', 'connected', 'reconnecting']);
/** Phases a person handing the conversation back, or the customer cancelling or going back, returns to the bot from. */
const RETURNABLE_PHASES: ReadonlySet<HandoffPhase> = new Set([...CANCELLABLE_PHASES, 'offline']);
/** A text field shows how many characters are left once fewer than this many are. */
const COUNTER_FROM = MAX_MESSAGE_CHARS / 10;
/** Customer typing goes quiet after this long without a keystroke. */
const TYPING_IDLE_MS = 3_000;
/** A refused connection is final (`refused` with the link `unreachable`): a message left could never reach the relay. */
const canLeaveMessage = (view: HandoffView) => view.offline?.reason !== 'refused' || view.connection !== 'unreachable';

const CONFIG_PROPERTIES = ['handoff', 'preview', 'relay', 'siteKey', 'policy', 'identity', 'summarize'] as const;

/**
 * The part both customer elements share: where the `Handoff` comes from (`preview`, `handoff`, or one
 * created from `relay` + `site-key`), turning its announcements into `baton-*` DOM events, and the
 * templates of the transfer status, the human conversation and the composer.
 */
export abstract class HandoffElement extends BatonElement {
  /** The relay's base URL, e.g. `https://relay.example.com`. */
  @property() relay: string | undefined;

  /** The site key the relay knows this site by. */
  @property({ attribute: 'site-key' }) siteKey: string | undefined;

  /** Escalation policy: a policy document, a compiled policy, or unset for the default policy. */
  @property({ attribute: false }) policy: HandoffOptions['policy'];

  /** A verified customer identity signed by the host's backend. */
  @property({ attribute: false }) identity: CustomerIdentity | undefined;

  /** The host's own summarizer for warm transfers. */
  @property({ attribute: false }) summarize: Summarizer | undefined;

  /** An existing headless `Handoff` to render; the element then neither creates nor disposes one. */
  @property({ attribute: false }) handoff: Handoff | undefined;

  /** Renders this fixed state with no relay and no SDK (state galleries, design reviews). */
  @property({ attribute: false }) preview: HandoffView | undefined;

  /** The polite live region's text: changes when the status meaningfully changes, not on every tick. */
  @state() private announcement = '';
  @state() private leaveState: 'idle' | 'sending' | 'failed' = 'idle';
  /** Back with the bot after a person handed the conversation back or the customer cancelled: said until the customer goes on. */
  @state() private returned = false;

  readonly #controller = new HandoffController(this);
  #owned: Handoff | null = null;
  /** What the owned handoff was (or is being) created from; a change makes a new one. */
  #ownedConfig: unknown[] | null = null;
  #previousView: HandoffView | null = null;
  #previousSource: Handoff | null = null;
  #previousWasPreview = false;
  #subscriptions: Array<() => void> = [];
  /** Bumped whenever the source changes, so a creation still loading the SDK knows it is stale. */
  #generation = 0;
  #needsSync = false;
  #pendingHuman = false;
  #pendingObserved: Array<{ message: ObservedMessage; read: (phase: HandoffPhase | null) => void }> = [];
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #typing = false;
  #announcedKey = '';
  /** The customer pressed Cancel or "Back to the assistant": that button goes away with the handoff, and focus with it. */
  #refocusOnReturn = false;

  /** What the element renders: the preview, else the handoff's view (a plain bot conversation before one exists). */
  protected get view(): HandoffView {
    return this.preview ?? this.#controller.view;
  }

  /** The handoff this element drives; null in `preview` or before it exists. */
  get #active(): Handoff | null {
    return this.#controller.handoff;
  }

  protected get t(): LocaleStrings {
    return this.localization.strings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#needsSync = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTyping();
    // Let go only if the element stayed out: a move within the page (remove, then insert, as frameworks
    // do when reordering) keeps its handoff and socket.
    queueMicrotask(() => {
      if (!this.isConnected) this.#detach();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.#needsSync || CONFIG_PROPERTIES.some((key) => changed.has(key))) {
      this.#needsSync = false;
      this.#sync();
    }
    const view = this.view;
    if (view !== this.#previousView) {
      const previous = this.#previousView;
      const sameHandoff = previous !== null && this.#active !== null && this.#active === this.#previousSource;
      if (this.#active) this.viewChanged(view, sameHandoff ? previous : null);
      // A preview that moves from one state to the next shows what the customer would see after that change.
      const samePreview = previous !== null && Boolean(this.preview) && this.#previousWasPreview;
      if (!(sameHandoff || samePreview) || view.phase !== 'bot') this.returned = false;
      else if (this.#returnedFrom(view, previous)) this.returned = true;
      this.#previousView = view;
      this.#previousSource = this.#active;
      this.#previousWasPreview = Boolean(this.preview);
    }
    this.#announce();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#refocusOnReturn || this.view.phase !== 'bot') return;
    this.#refocusOnReturn = false;
    // Only if focus was lost with the button, never taken from where the customer has moved it since.
    if ((this.renderRoot as ShadowRoot).activeElement === null && document.activeElement === document.body) this.focusOnReturn()?.focus();
  }

  /** Where focus goes once the customer is back with the bot; <baton-chat> picks its composer. */
  protected focusOnReturn(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.human-button');
  }

  /**
   * The bot has the conversation again because a person handed it back, or the customer cancelled or
   * went back while nobody could take over; not because a review was decided (that has its own line)
   * or the customer restarted after the end.
   */
  #returnedFrom(view: HandoffView, previous: HandoffView): boolean {
    return view.phase === 'bot' && RETURNABLE_PHASES.has(previous.phase) && view.review?.state === previous.review?.state;
  }

  /** What the status says once the conversation is back with the bot; <baton-chat> also invites the customer to go on. */
  protected get returnedText(): string {
    return this.t.backWithAssistant;
  }

  /** True when a handoff drives this element, or will once the SDK has loaded (not in `preview`). */
  protected get handoffExpected(): boolean {
    return !this.preview && (this.#active !== null || (this.isConnected && Boolean(this.handoff ?? (this.relay && this.siteKey))));
  }

  /**
   * Feeds the host's chat into the policy; held until the handoff exists. Resolves once the policy
   * has read the message, with the phase it left; null when no policy reads it (preview, no relay,
   * or the handoff went away first).
   */
  protected observeMessage(message: ObservedMessage): Promise<HandoffPhase | null> {
    // The customer went on: "back with the assistant" is no longer news.
    if (message.role === 'customer') this.returned = false;
    if (this.#active) return this.#active.observe(message);
    if (!this.handoffExpected) return Promise.resolve(null);
    return new Promise((resolve) => this.#pendingObserved.push({ message, read: resolve }));
  }

  /**
   * Hooks for subclasses: every announcement of the active handoff, and every new view of it, with the
   * one before; `previous` is null on the first view of a handoff just taken up (a reload resumes one).
   */
  protected handoffEvent(_event: HandoffEvent): void {}
  protected viewChanged(_view: HandoffView, _previous: HandoffView | null): void {}

  #sync(): void {
    if (this.preview) {
      this.#detach();
      return;
    }
    if (this.handoff) {
      if (this.#active === this.handoff) return;
      this.#detach();
      this.#attach(this.handoff);
      return;
    }
    const config = [this.relay, this.siteKey, this.policy, this.identity, this.summarize];
    if (this.#ownedConfig?.every((value, index) => value === config[index])) return;
    this.#detach();
    if (this.isConnected && this.relay && this.siteKey) {
      this.#ownedConfig = config;
      void this.#create(this.#generation);
    }
  }

  async #create(generation: number): Promise<void> {
    try {
      // Loaded on demand: a preview or a host-provided handoff never pays for the machine and socket.
      const { createHandoff } = await import('../sdk/index.js');
      if (generation !== this.#generation || !this.isConnected || !this.relay || !this.siteKey) return;
      const options: HandoffOptions = { relay: this.relay, siteKey: this.siteKey };
      if (this.policy !== undefined) options.policy = this.policy;
      if (this.identity) options.identity = this.identity;
      if (this.summarize) options.summarize = this.summarize;
      const handoff = createHandoff(options);
      this.#owned = handoff;
      this.#attach(handoff);
    } catch (error) {
      this.emit(new BatonErrorEvent('handoff_create_failed', error instanceof Error ? error.message : String(error)));
    }
  }

  #attach(handoff: Handoff): void {
    this.#controller.handoff = handoff;
    this.#subscriptions = [
      handoff.on('bot.pause', (event) => {
        this.handoffEvent(event);
        this.emit(new BatonBotPauseEvent());
      }),
      handoff.on('bot.resume', (event) => {
        this.handoffEvent(event);
        this.emit(new BatonBotResumeEvent());
      }),
      handoff.on('escalated', (event) => this.emit(new BatonEscalateEvent(event.decision))),
      handoff.on('bot.reply.released', (event) => {
        this.handoffEvent(event);
        this.emit(new BatonReplyReleasedEvent(event.text, event.edited));
      }),
      handoff.on('bot.reply.blocked', (event) => {
        this.handoffEvent(event);
        this.emit(new BatonReplyBlockedEvent());
      }),
      handoff.on('agent.message', (event) => this.emit(new BatonAgentMessageEvent(event.text, this.view.agent?.name ?? null))),
      handoff.on('phase.changed', (event) => this.emit(new BatonStatusEvent(event.phase, event.previous))),
      handoff.on('connection.changed', (event) => this.emit(new BatonConnectionEvent(event.connection))),
      handoff.on('error', (event) => this.emit(new BatonErrorEvent(event.code, event.message))),
    ];
    // A handoff taken up mid-way (after a reload) changes no phase: tell the host where it stands.
    const { phase } = handoff.getView();
    if (phase !== 'bot') this.emit(new BatonStatusEvent(phase, phase, true));
    for (const { message, read } of this.#pendingObserved.splice(0)) void handoff.observe(message).then(read);
    if (this.#pendingHuman) {
      this.#pendingHuman = false;
      handoff.requestHuman();
    }
  }

  #detach(): void {
    this.#generation++;
    for (const unsubscribe of this.#subscriptions.splice(0)) unsubscribe();
    for (const { read } of this.#pendingObserved.splice(0)) read(null);
    this.#owned?.dispose();
    this.#owned = null;
    this.#ownedConfig = null;
    this.#controller.handoff = null;
  }

  #announce(): void {
    const view = this.view;
    const sentences = this.statusSentences(view, false);
    if (view.offline?.leftMessages) sentences.push(this.t.leftMessage);
    const text = sentences.join(' ');
    if (text === this.#announcedKey) return;
    this.#announcedKey = text;
    this.announcement = text;
  }

  /** The status in words; `withWait` adds the estimated wait, which the live region leaves out (it ticks). */
  protected statusSentences(view: HandoffView, withWait: boolean): string[] {
    const t = this.t;
    const agentName = view.agent?.name ?? t.agentFallbackName;
    const out: string[] = [];
    if (view.connection === 'reconnecting' || view.phase === 'reconnecting') out.push(t.reconnecting);
    if (view.stalled) out.push(t.reconnectingStalled);
    switch (view.phase) {
      case 'bot':
        if (this.returned) out.push(this.returnedText);
        break;
      case 'escalating':
        out.push(t.escalating);
        break;
      case 'queued':
        if (view.transfer) out.push(view.transfer === 'warm' ? t.warm : t.cold);
        out.push(view.queue?.position != null ? t.queuePosition(view.queue.position) : t.queueUnknown);
        if (withWait && view.queue?.estimatedWaitMs != null) out.push(this.waitText(view.queue.estimatedWaitMs));
        break;
      case 'reviewing':
        out.push(t.reviewPending);
        break;
      case 'connected':
        out.push(t.agentJoined(agentName));
        break;
      case 'offline':
        out.push(t.offline[view.offline?.reason ?? 'unreachable']);
        if (canLeaveMessage(view)) out.push(t.offlineLeaveMessage);
        break;
      case 'ended':
        out.push(view.agent ? t.endedWith(view.agent.name) : t.ended);
        break;
      default:
        break;
    }
    if (view.review && view.review.state !== 'pending') {
      out.push({ released: t.reviewReleased, redacted: t.reviewRedacted, blocked: t.reviewBlocked }[view.review.state]);
    }
    if (view.humanRequestPending) out.push(t.humanRequestPending);
    return out;
  }

  protected waitText(ms: number): string {
    const minutes = Math.round(ms / 60_000);
    return minutes < 1 ? this.t.waitUnderMinute : this.t.waitMinutes(minutes);
  }

  /** "Talk to a person": the same as pressing the always-visible control. Honoured in every phase. */
  requestHuman(): void {
    this.emit(new BatonHumanRequestEvent(this.view.phase));
    if (this.preview) return;
    if (this.#active) this.#active.requestHuman();
    else this.#pendingHuman = true;
  }

  /** Sends the composer's text to the human side; <baton-chat> overrides it to talk to its bot too. */
  protected sendText(text: string): void {
    this.#stopTyping();
    this.#active?.send(text);
  }

  /**
   * "N characters left" under a text field once it nears MAX_MESSAGE_CHARS, where it stops taking more.
   * Written straight into the field's counter, which has no binding: it changes with every keystroke.
   */
  #countDown(field: HTMLTextAreaElement): void {
    const left = MAX_MESSAGE_CHARS - field.value.length;
    field.form!.querySelector('.counter')!.textContent = left < COUNTER_FROM ? this.t.charactersLeft(left) : '';
  }

  #onComposerInput(event: Event): void {
    this.#countDown(event.currentTarget as HTMLTextAreaElement);
    if (!this.#active || !HUMAN_PHASES.has(this.view.phase)) return;
    if (!this.#typing) {
      this.#typing = true;
      this.#active.setTyping(true);
    }
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#stopTyping(), TYPING_IDLE_MS);
  }

  #stopTyping(): void {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
    if (!this.#typing) return;
    this.#typing = false;
    this.#active?.setTyping(false);
  }

  #onComposerKeydown(event: KeyboardEvent): void {
    // Enter sends, Shift+Enter starts a new line; never while an IME is composing.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
  }

  #onComposerSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('text') as HTMLTextAreaElement;
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    this.#countDown(input);
    this.sendText(text);
  }

  async #onLeaveMessage(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const text = field('message');
    if (!text || this.leaveState === 'sending') return;
    const contact: ContactDetails = {};
    if (field('name')) contact.name = field('name');
    if (field('email')) contact.email = field('email');
    if (!this.#active) return;
    this.leaveState = 'sending';
    try {
      await this.#active.leaveMessage(text, contact);
      form.reset();
      this.#countDown(form.elements.namedItem('message') as HTMLTextAreaElement);
      this.leaveState = 'idle';
    } catch (error) {
      this.leaveState = 'failed';
      this.emit(new BatonErrorEvent('leave_message_failed', error instanceof Error ? error.message : String(error)));
    }
  }

  protected renderHumanButton(): TemplateResult {
    return html`<button type="button" part="human-button" class="human-button" @click=${() => this.requestHuman()}>
      ${this.t.talkToPerson}
    </button>`;
  }

  protected renderLiveRegion(): TemplateResult {
    const { language, direction } = this.localization;
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" lang=${language} dir=${direction ?? nothing}>${this.announcement}</div>`;
  }

  /** Cancel or "Back to the assistant": back with the bot, and focus to where the customer goes on. */
  #backToAssistant(leave: (handoff: Handoff) => void): void {
    if (!this.#active) return;
    this.#refocusOnReturn = true;
    leave(this.#active);
  }

  /** The transfer status area; empty (and hidden) while the bot has the conversation with nothing to report. */
  protected renderStatus(): TemplateResult | typeof nothing {
    const view = this.view;
    const t = this.t;
    const sentences = this.statusSentences(view, true);
    const showReason = view.decision && (view.phase === 'escalating' || view.phase === 'queued');
    if (sentences.length === 0 && view.phase !== 'offline') return nothing;
    return html`<section part="status" class="status" data-phase=${view.phase} aria-label=${t.statusLabel}>
      ${sentences.map((sentence) => html`<p part="status-text">${sentence}</p>`)}
      ${showReason && view.decision ? html`<p part="reason" class="muted">${t.reasonLabel(localTriggerLabel(view.decision.trigger, this.localization.language))}</p>` : nothing}
      ${view.phase === 'offline' ? this.#renderOffline() : nothing}
      ${view.stalled ? this.#renderContactRoutes() : nothing}
      ${CANCELLABLE_PHASES.has(view.phase) && view.decision?.kind !== 'review'
        ? html`<button type="button" part="cancel-button" class="secondary" @click=${() => this.#backToAssistant((handoff) => handoff.cancel())}>${t.cancel}</button>`
        : nothing}
      ${view.phase === 'offline' || view.phase === 'ended'
        ? html`<button type="button" part="restart-button" class="secondary" @click=${() => this.#backToAssistant((handoff) => handoff.restart())}>${t.backToAssistant}</button>`
        : nothing}
    </section>`;
  }

  #renderOffline(): TemplateResult {
    const t = this.t;
    if (!canLeaveMessage(this.view)) return this.#renderContactRoutes();
    return html`<form part="leave-form" class="leave-form" @submit=${(event: SubmitEvent) => void this.#onLeaveMessage(event)}>
        <label>${t.messageLabel}<textarea part="leave-input" name="message" rows="3" required maxlength=${MAX_MESSAGE_CHARS} aria-describedby="leave-counter" @input=${(event: Event) => this.#countDown(event.currentTarget as HTMLTextAreaElement)}></textarea></label>
        <span id="leave-counter" part="counter" class="counter muted"></span>
        <label>${t.nameLabel}<input part="leave-input" name="name" autocomplete="name" /></label>
        <label>${t.emailLabel}<input part="leave-input" name="email" type="email" autocomplete="email" /></label>
        <button type="submit" part="leave-button" class="primary" ?disabled=${this.leaveState === 'sending'}>${t.sendMessage}</button>
        ${this.view.offline?.leftMessages ? html`<p part="leave-confirmation">${t.leftMessage}</p>` : nothing}
        ${this.leaveState === 'failed' ? html`<p part="leave-error" class="error" role="alert">${t.leaveMessageFailed}</p>` : nothing}
      </form>
      ${this.#renderContactRoutes()}`;
  }

  /** The host's other ways to reach the team (its `contact-routes` slot). */
  #renderContactRoutes(): TemplateResult {
    return html`<div part="contact-routes" class="contact-routes">
      <p class="muted">${this.t.otherRoutes}</p>
      <slot name="contact-routes"></slot>
    </div>`;
  }

  /** One conversation line; `text` is always a text binding, never parsed as HTML. */
  protected renderLine(role: 'customer' | 'agent' | 'bot' | 'system', text: string, sender: string, line?: ChatLine): TemplateResult {
    const t = this.t;
    return html`<li part="message message-${role}" class="message ${role}" data-role=${role}>
      ${role === 'system' ? nothing : html`<span part="sender" class="sender">${sender}</span>`}
      <span part="text" class="text">${text}</span>
      ${line?.delivery === 'sending' ? html`<span class="delivery muted">${t.sending}</span>` : nothing}
      ${line?.delivery === 'failed'
        ? html`<span class="delivery error">${t.notDelivered}
            <button type="button" part="retry-button" class="link" @click=${() => this.#active?.retry(line.id)}>${t.retry}</button></span>`
        : nothing}
    </li>`;
  }

  protected senderOf(line: ChatLine): string {
    if (line.role === 'customer') return this.t.you;
    return line.agentName ?? this.view.agent?.name ?? this.t.agentFallbackName;
  }

  protected renderAgentTyping(): TemplateResult | typeof nothing {
    if (!this.view.agentTyping) return nothing;
    return html`<p part="typing" class="typing muted">${this.t.agentTyping(this.view.agent?.name ?? this.t.agentFallbackName)}</p>`;
  }

  protected isHumanPhase(): boolean {
    return HUMAN_PHASES.has(this.view.phase);
  }

  protected renderComposer(): TemplateResult {
    const t = this.t;
    return html`<form part="composer" class="composer" @submit=${(event: SubmitEvent) => this.#onComposerSubmit(event)}>
      <textarea
        part="composer-input"
        name="text"
        rows="1"
        maxlength=${MAX_MESSAGE_CHARS}
        aria-label=${t.composerLabel}
        aria-describedby="composer-counter"
        placeholder=${t.composerPlaceholder}
        @input=${(event: Event) => this.#onComposerInput(event)}
        @keydown=${(event: KeyboardEvent) => this.#onComposerKeydown(event)}
      ></textarea>
      <button type="submit" part="send-button" class="primary">${t.send}</button>
      <span id="composer-counter" part="counter" class="counter muted"></span>
    </form>`;
  }
}
