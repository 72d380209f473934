import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { FloatingController } from '../controllers/floating.controller.js';
import { BatonErrorEvent, BatonHideEvent, BatonShowEvent } from '../events.js';
import type { HandoffEvent, HandoffPhase, HandoffView } from '../sdk/handoff.types.js';
import { HandoffElement } from '../shared/handoff-element.js';
import { handoffElementStyles } from '../shared/handoff-element.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { chatStyles } from './chat.styles.js';
import { readBotLines, readUnread, writeBotLines, writeUnread, type BotLine } from './chat.storage.js';

/** What the host's bot answers. `confidence` (0..1) and `intent` feed the escalation policy. */
export interface BotReply {
  text: string;
  confidence?: number;
  intent?: string;
}

/** One earlier line of the conversation, oldest first, as the bot adapter receives it. */
export interface ChatHistoryEntry {
  role: 'customer' | 'bot' | 'agent' | 'system';
  text: string;
}

/** The host's AI: called with each customer message while the bot has the conversation. */
export type BotAdapter = (text: string, history: readonly ChatHistoryEntry[]) => Promise<BotReply>;

type RenderedLine = { key: string; role: ChatHistoryEntry['role']; text: string; sender: string; at: number; line?: HandoffView['lines'][number] };

const FULLSCREEN_QUERY = '(max-width: 480px)';
/** The conversation keeps following its newest line while the customer is within this of the bottom. */
const FOLLOW_SLACK_PX = 32;

let nextLineId = 0;

/**
 * @summary A complete chat for sites without one: a launcher with an unread badge and a floating panel
 * where the customer talks to the host's bot (`bot` adapter) and, when needed, to a person.
 *
 * The bot never answers while a person has the conversation. "Talk to a person" and the transfer status stay
 * in view above the scrolling conversation. On small viewports the panel fills the screen and is modal: focus
 * stays inside until it closes. Without `handoff` or `preview`, the element creates a handoff from `relay` +
 * `site-key` when connected and disposes it when disconnected.
 *
 * @slot contact-routes - The host's other ways to reach it, shown when nobody can take over.
 *
 * @event {BatonShowEvent} baton-show - The panel opened.
 * @event {BatonHideEvent} baton-hide - The panel closed.
 * @event {BatonBotPauseEvent} baton-bot-pause - A human has the conversation: the bot stops answering.
 * @event {BatonBotResumeEvent} baton-bot-resume - Back with the bot.
 * @event {BatonEscalateEvent} baton-escalate - The conversation is being handed to a person (`decision`).
 * @event {BatonHumanRequestEvent} baton-human-request - The customer pressed "Talk to a person".
 * @event {BatonReplyReleasedEvent} baton-reply-released - A reviewer released the held bot reply (`text`).
 * @event {BatonReplyBlockedEvent} baton-reply-blocked - A reviewer blocked the held bot reply.
 * @event {BatonAgentMessageEvent} baton-agent-message - The agent wrote (`text`, `agentName`).
 * @event {BatonStatusEvent} baton-status - The phase changed (`phase`, `previous`); also once, with `resumed`, when the element takes up a handoff already under way (after a reload).
 * @event {BatonConnectionEvent} baton-connection - The link to the relay changed (`connection`).
 * @event {BatonErrorEvent} baton-error - Something failed, e.g. the bot adapter threw (`code`, `message`).
 *
 * @csspart launcher - The round button that opens and closes the panel.
 * @csspart badge - The unread count on the launcher.
 * @csspart panel - The floating panel (a dialog).
 * @csspart header - The panel's title bar.
 * @csspart title - The panel's title.
 * @csspart close-button - Closes the panel.
 * @csspart body - The scrolling area with the messages.
 * @csspart human-button - The "Talk to a person" button.
 * @csspart status - The transfer status area.
 * @csspart status-text - One sentence of the status.
 * @csspart reason - Why the conversation was escalated.
 * @csspart cancel-button - Cancel the handoff and go back to the assistant.
 * @csspart restart-button - "Back to the assistant" after the conversation ended, or while nobody can take over.
 * @csspart leave-form - The leave-a-message form shown offline.
 * @csspart leave-input - Its fields.
 * @csspart leave-button - Its submit button.
 * @csspart leave-confirmation - "We've got your message".
 * @csspart leave-error - The form's error.
 * @csspart counter - "N characters left" under the composer or the leave-a-message field near its limit.
 * @csspart contact-routes - Wrapper of the `contact-routes` slot.
 * @csspart messages - The message list.
 * @csspart message - One message.
 * @csspart message-customer - A message the customer wrote.
 * @csspart message-bot - A reply of the assistant.
 * @csspart message-agent - A message of the person who took over.
 * @csspart message-system - A notice about the conversation (joined, ended, …).
 * @csspart sender - Who wrote a message.
 * @csspart text - What a message says.
 * @csspart retry-button - Re-send a message that was not delivered.
 * @csspart typing - "… is typing".
 * @csspart composer - The form the customer writes with.
 * @csspart composer-input - Its text area.
 * @csspart send-button - Its send button.
 *
 * @cssproperty --baton-launcher-size - Diameter of the launcher (default 3.5rem).
 * @cssproperty --baton-launcher-offset - Distance of the launcher from the viewport's bottom and end edges.
 * @cssproperty --baton-panel-width - Width of the panel.
 * @cssproperty --baton-panel-height - Height of the panel.
 * @cssproperty --baton-z-index - Stacking order of launcher and panel.
 * @cssproperty --baton-color-bg - Background.
 * @cssproperty --baton-color-surface - Secondary surfaces.
 * @cssproperty --baton-color-text - Text.
 * @cssproperty --baton-color-muted - Secondary text.
 * @cssproperty --baton-color-border - Borders.
 * @cssproperty --baton-color-accent - Launcher, header, primary buttons.
 * @cssproperty --baton-color-on-accent - Text on the accent color.
 * @cssproperty --baton-color-customer-bg - Customer bubble background.
 * @cssproperty --baton-color-customer-text - Customer bubble text.
 * @cssproperty --baton-color-bot-bg - Bot bubble background.
 * @cssproperty --baton-color-bot-text - Bot bubble text.
 * @cssproperty --baton-color-agent-bg - Agent bubble background.
 * @cssproperty --baton-color-agent-text - Agent bubble text.
 * @cssproperty --baton-color-notice-bg - Status area background.
 * @cssproperty --baton-color-notice-text - Status area text.
 * @cssproperty --baton-color-badge-bg - Unread badge background.
 * @cssproperty --baton-color-badge-text - Unread badge text.
 * @cssproperty --baton-color-danger - Errors.
 * @cssproperty --baton-color-focus - Focus ring.
 * @cssproperty --baton-font - Font family.
 * @cssproperty --baton-font-size - Base font size.
 * @cssproperty --baton-radius - Corner radius.
 * @cssproperty --baton-gap - Spacing between items.
 * @cssproperty --baton-duration - Transition duration (0 under reduced motion).
 */
export class BatonChat extends HandoffElement {
  static override styles = [tokens, handoffElementStyles, chatStyles];

  /** The host's bot. Without one the chat still hands over to people. */
  @property({ attribute: false }) bot: BotAdapter | undefined;

  /** Whether the panel is shown. Prefer `show()` / `hide()`, which also move focus and wait for the transition. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Messages that arrived while the panel was closed; kept across reloads with the bot lines. */
  @state() private unread = 0;
  @state() private botTyping = false;
  @state() private botLines: BotLine[] = [];

  @query('.launcher') private launcher!: HTMLButtonElement;
  @query('.panel') private panel!: HTMLElement;
  @query('.body') private body!: HTMLElement;

  #botPaused = false;
  #renderedCount = 0;
  /** The customer is at (or near) the newest line: keep it in view when the panel's layout changes. */
  #followNewest = true;
  /** How many agent lines of the handoff the unread count has taken into account. */
  #countedAgentLines: number | null = null;
  /** What the page counted before a reload, for the first view of the resumed handoff; then null. */
  #agentLinesBeforeReload: number | null = null;
  /** While it matches, the open panel fills the viewport, and so is modal. */
  readonly #fullscreen = matchMedia(FULLSCREEN_QUERY);
  readonly #onViewportChange = () => this.requestUpdate();
  /** Where bot lines and the unread count are saved now (null: nowhere, e.g. in a preview). */
  #linesSite: string | null = null;
  /** The site whose saved lines `botLines` was last read from; kept while no site is set. */
  #linesLoadedFrom: string | null = null;

  readonly #floating = new FloatingController(this, () => (this.launcher && this.panel ? { reference: this.launcher, floating: this.panel } : null), {
    placement: 'top-end',
    distance: 12,
    fullscreenQuery: FULLSCREEN_QUERY,
  });

  /** Opens the panel and moves focus into it; resolves when the opening transition has ended. */
  async show(): Promise<void> {
    if (this.open) return;
    this.open = true;
    await this.updateComplete;
    this.emit(new BatonShowEvent());
    await this.#transitionEnd();
  }

  /** Closes the panel and returns focus to the launcher; resolves when the closing transition has ended. */
  async hide(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.updateComplete;
    this.emit(new BatonHideEvent());
    await this.#transitionEnd();
    // Positioning stops only once the panel has faded out, so it does not jump while closing.
    if (!this.open) this.#floating.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#fullscreen.addEventListener('change', this.#onViewportChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#fullscreen.removeEventListener('change', this.#onViewportChange);
    this.#botPaused = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // First, so the handoff's first view is compared with what was counted before a reload.
    this.#restoreSession();
    super.willUpdate(changed);
    if (changed.has('open') && this.open) this.unread = 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('open') && this.open) {
      this.#floating.start();
      // Focus follows the customer opening the panel, never a panel that starts open with the page.
      if (changed.get('open') === false) {
        (this.renderRoot.querySelector<HTMLElement>('.composer textarea') ?? this.renderRoot.querySelector<HTMLElement>('.close-button'))?.focus();
      }
    }
    if (changed.has('open') && !this.open && changed.get('open') === true && this.#focusInside()) this.launcher.focus();
    if (changed.has('unread')) this.#saveUnread();
    // A new line, or anything else that moved the layout (the status growing shrinks the conversation):
    // the newest line stays in view, unless the customer has scrolled up to read.
    const count = this.botLines.length + this.view.lines.length;
    if (count !== this.#renderedCount || this.#followNewest) {
      this.#renderedCount = count;
      this.body.scrollTop = this.body.scrollHeight;
    }
  }

  protected override viewChanged(view: HandoffView, previous: HandoffView | null): void {
    const agentLines = view.lines.filter((line) => line.role === 'agent').length;
    // A handoff just taken up after a reload: lines caught up since the page last counted are news too.
    const counted = previous ? this.#countedAgentLines : this.#agentLinesBeforeReload;
    this.#agentLinesBeforeReload = null;
    if (!this.open && counted !== null && agentLines > counted) this.unread += agentLines - counted;
    if (agentLines === this.#countedAgentLines) return;
    this.#countedAgentLines = agentLines;
    this.#saveUnread();
  }

  protected override focusOnReturn(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.composer textarea');
  }

  protected override handoffEvent(event: HandoffEvent): void {
    if (event.type === 'bot.pause') this.#botPaused = true;
    else if (event.type === 'bot.resume') this.#botPaused = false;
    else if (event.type === 'bot.reply.released') this.#addBotLine('bot', event.text);
  }

  /** The bot is not asked again by itself: the customer is invited to go on. */
  protected override get returnedText(): string {
    return this.t.backWithAssistantAskAgain;
  }

  protected override sendText(text: string): void {
    if (this.view.phase !== 'bot') {
      super.sendText(text);
      return;
    }
    this.#addBotLine('customer', text);
    const history = this.#lines().map(({ role, text: said }) => ({ role, text: said }));
    void this.#askBot(text, history, this.observeMessage({ role: 'customer', text }));
  }

  /** Asks the bot once the policy has read the customer's words (after their language pack, if it had to load). */
  async #askBot(text: string, history: readonly ChatHistoryEntry[], read: Promise<HandoffPhase | null>): Promise<void> {
    await read;
    // The customer's words may just have escalated the conversation: then the bot stays quiet.
    if (!this.bot || !this.isConnected || !this.#botMayAnswer()) return;
    this.botTyping = true;
    let reply: BotReply;
    try {
      reply = await this.bot(text, history);
    } catch (error) {
      this.#addBotLine('system', this.t.botFailed);
      this.emit(new BatonErrorEvent('bot_failed', error instanceof Error ? error.message : String(error)));
      return;
    } finally {
      this.botTyping = false;
    }
    // A person may have taken over while the bot was thinking.
    if (!this.isConnected || !this.#botMayAnswer()) return;
    const observed: BotReply = { text: reply.text };
    if (reply.confidence !== undefined) observed.confidence = reply.confidence;
    if (reply.intent !== undefined) observed.intent = reply.intent;
    // With a handoff the policy decides: the reply shows when it announces `bot.reply.released`, at once
    // or after a review, and never if it hands over instead. Without one (preview, no relay) it shows as is.
    if (this.handoffExpected) this.observeMessage({ role: 'bot', ...observed });
    else this.#addBotLine('bot', reply.text);
  }

  #botMayAnswer(): boolean {
    return !this.#botPaused && this.view.phase === 'bot';
  }

  #saveUnread(): void {
    if (this.#linesSite !== null) writeUnread(this.#linesSite, { count: this.unread, agentLines: this.#countedAgentLines });
  }

  #addBotLine(role: BotLine['role'], text: string): void {
    this.botLines = [...this.botLines, { id: `l${nextLineId++}`, role, text, at: Date.now() }];
    if (!this.open && role === 'bot') this.unread++;
    if (this.#linesSite !== null) writeBotLines(this.#linesSite, this.botLines);
  }

  /**
   * Reads back what the bot and the customer said before a reload (the handoff restores only its own
   * part) and the unread count.
   */
  #restoreSession(): void {
    const site = !this.preview && this.siteKey ? this.siteKey : null;
    this.#linesSite = site;
    if (site === null || site === this.#linesLoadedFrom) return;
    const first = this.#linesLoadedFrom === null;
    this.#linesLoadedFrom = site;
    const restored = readBotLines(site).map((line) => ({ ...line, id: `l${nextLineId++}` }));
    // Lines said before the element first knew its site stay, after the saved ones; another site's lines go.
    this.botLines = first ? [...restored, ...this.botLines] : restored;
    if (first && this.botLines.length > restored.length) writeBotLines(site, this.botLines);
    const unread = readUnread(site);
    this.unread = unread.count + (first ? this.unread : 0);
    this.#agentLinesBeforeReload = unread.agentLines;
  }

  /** Bot-side and human-side lines in the order they were said. */
  #lines(): RenderedLine[] {
    const t = this.t;
    const fromBot: RenderedLine[] = this.botLines.map((line) => ({
      key: line.id,
      role: line.role,
      text: line.text,
      sender: line.role === 'customer' ? t.you : t.assistant,
      at: line.at,
    }));
    const fromHuman: RenderedLine[] = this.view.lines.map((line) => ({ key: line.id, role: line.role, text: line.text, sender: this.senderOf(line), at: line.at, line }));
    return [...fromBot, ...fromHuman].sort((a, b) => a.at - b.at);
  }

  #focusInside(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active !== null && this.panel.contains(active);
  }

  #transitionEnd(): Promise<void> {
    const style = getComputedStyle(this.panel);
    const seconds = (value: string) => Math.max(0, ...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1) || 0));
    const ms = (seconds(style.transitionDuration) + seconds(style.transitionDelay)) * 1000;
    if (ms === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.panel.removeEventListener('transitionend', onEnd);
        resolve();
      };
      const onEnd = (event: TransitionEvent) => {
        if (event.target === this.panel && event.propertyName === 'opacity') done();
      };
      // A transition that never runs (display changes, background tabs) must not leave the promise hanging.
      const timer = setTimeout(done, ms + 50);
      this.panel.addEventListener('transitionend', onEnd);
    });
  }

  #onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      void this.hide();
    } else if (event.key === 'Tab' && this.open && this.#fullscreen.matches) {
      this.#keepFocusInside(event);
    }
  }

  /**
   * The full-screen panel is modal: Tab past its last control comes back to its first, and Shift+Tab the
   * other way. Both ends are its own controls (the close button; the composer's Send or the status's last
   * button), never the page's slotted contact routes, which sit in between.
   */
  #keepFocusInside(event: KeyboardEvent): void {
    const controls = [...this.panel.querySelectorAll<HTMLElement>('button:not(:disabled), textarea')];
    const [from, to] = event.shiftKey ? [controls[0], controls.at(-1)] : [controls.at(-1), controls[0]];
    if (event.composedPath()[0] !== from) return;
    event.preventDefault();
    to?.focus();
  }

  #onBodyScroll(): void {
    const body = this.body;
    this.#followNewest = body.scrollHeight - body.scrollTop - body.clientHeight <= FOLLOW_SLACK_PX;
  }

  protected override render() {
    const t = this.t;
    const lines = this.#lines();
    const launcherLabel = this.open ? t.closeChat : this.unread > 0 ? `${t.openChat} (${t.unread(this.unread)})` : t.openChat;
    const composing = this.view.phase !== 'offline' && this.view.phase !== 'ended';
    return html`${this.renderLiveRegion()}
      <button
        type="button"
        part="launcher"
        class="launcher"
        lang=${this.localization.language}
        aria-label=${launcherLabel}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => void (this.open ? this.hide() : this.show())}
      >
        ${svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>`}
        ${this.unread > 0 ? html`<span part="badge" class="badge" aria-hidden="true">${this.unread}</span>` : nothing}
      </button>
      <div
        id="panel"
        part="panel"
        class="panel ${this.open ? 'open' : ''}"
        role="dialog"
        aria-modal=${this.open && this.#fullscreen.matches ? 'true' : nothing}
        lang=${this.localization.language}
        dir=${this.localization.direction ?? nothing}
        aria-labelledby="title"
        ?inert=${!this.open}
        @keydown=${(event: KeyboardEvent) => this.#onPanelKeydown(event)}
      >
        <div part="header" class="header">
          <h2 id="title" part="title" class="title">${t.chatTitle}</h2>
          <button type="button" part="close-button" class="close-button" aria-label=${t.closeChat} @click=${() => void this.hide()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="handoff-bar">${this.renderHumanButton()} ${this.renderStatus()}</div>
        <div part="body" class="body" @scroll=${() => this.#onBodyScroll()}>
          <ol part="messages" class="messages" role="log" aria-label=${t.conversationLabel}>
            ${repeat(
              lines,
              (line) => line.key,
              (line) => this.renderLine(line.role, line.text, line.sender, line.line),
            )}
          </ol>
          ${this.botTyping ? html`<p part="typing" class="typing muted">${t.assistantTyping}</p>` : nothing} ${this.renderAgentTyping()}
        </div>
        ${composing ? this.renderComposer() : nothing}
      </div>`;
  }
}

