import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { HandoffPhase, ObservedMessage } from '../sdk/handoff.types.js';
import { HandoffElement } from '../shared/handoff-element.js';
import { handoffElementStyles } from '../shared/handoff-element.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { handoffStyles } from './handoff.styles.js';

/**
 * @summary Drops human handoff into an existing chat UI: an always-visible "Talk to a person" control,
 * an honest transfer status, and the conversation with the person who took over.
 *
 * The host feeds its chat with `observe()` and pauses its bot on `baton-bot-pause` until `baton-bot-resume`.
 * Without `handoff` or `preview`, the element creates a handoff from `relay` + `site-key` when connected and
 * disposes it when disconnected.
 *
 * @slot contact-routes - The host's other ways to reach it (phone, email, help centre), shown when nobody can take over.
 *
 * @event {BatonBotPauseEvent} baton-bot-pause - A human has the conversation: stop the bot answering.
 * @event {BatonBotResumeEvent} baton-bot-resume - Back with the bot: it may answer again.
 * @event {BatonEscalateEvent} baton-escalate - The conversation is being handed to a person (`decision`).
 * @event {BatonHumanRequestEvent} baton-human-request - The customer pressed "Talk to a person".
 * @event {BatonReplyReleasedEvent} baton-reply-released - A reviewer released the held bot reply: show `text`.
 * @event {BatonReplyBlockedEvent} baton-reply-blocked - A reviewer blocked the held bot reply.
 * @event {BatonAgentMessageEvent} baton-agent-message - The agent wrote (`text`, `agentName`).
 * @event {BatonStatusEvent} baton-status - The phase changed (`phase`, `previous`); also once, with `resumed`, when the element takes up a handoff already under way (after a reload).
 * @event {BatonConnectionEvent} baton-connection - The link to the relay changed (`connection`).
 * @event {BatonErrorEvent} baton-error - Something failed (`code`, `message`).
 *
 * @csspart base - The element's wrapper.
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
 * @csspart messages - The list of lines of the human conversation.
 * @csspart message - One line.
 * @csspart message-customer - A line the customer wrote.
 * @csspart message-agent - A line of the person who took over.
 * @csspart message-system - A notice about the conversation (joined, ended, …).
 * @csspart sender - Who wrote a line.
 * @csspart text - What a line says.
 * @csspart retry-button - Re-send a line that was not delivered.
 * @csspart typing - "… is typing".
 * @csspart composer - The form the customer writes to the person with.
 * @csspart composer-input - Its text area.
 * @csspart send-button - Its send button.
 *
 * @cssproperty --baton-color-bg - Background.
 * @cssproperty --baton-color-surface - Secondary surfaces.
 * @cssproperty --baton-color-text - Text.
 * @cssproperty --baton-color-muted - Secondary text.
 * @cssproperty --baton-color-border - Field and button borders.
 * @cssproperty --baton-color-accent - Primary buttons and the customer's bubbles.
 * @cssproperty --baton-color-on-accent - Text on the accent color.
 * @cssproperty --baton-color-customer-bg - Customer bubble background.
 * @cssproperty --baton-color-customer-text - Customer bubble text.
 * @cssproperty --baton-color-agent-bg - Agent bubble background.
 * @cssproperty --baton-color-agent-text - Agent bubble text.
 * @cssproperty --baton-color-notice-bg - Status area background.
 * @cssproperty --baton-color-notice-text - Status area text.
 * @cssproperty --baton-color-danger - Errors.
 * @cssproperty --baton-color-focus - Focus ring.
 * @cssproperty --baton-font - Font family.
 * @cssproperty --baton-font-size - Base font size.
 * @cssproperty --baton-radius - Corner radius.
 * @cssproperty --baton-gap - Spacing between items.
 * @cssproperty --baton-duration - Transition duration (0 under reduced motion).
 */
export class BatonHandoff extends HandoffElement {
  static override styles = [tokens, handoffElementStyles, handoffStyles];

  /**
   * Feeds one message of the host's chat (the customer's words or the bot's reply) to the escalation
   * policy. Resolves once the policy has read it, with the phase it left: ask the bot about a customer
   * message only when that is `bot` (a message in a language not loaded yet may first wait up to 3 s
   * for its pack). Null when no handoff reads it (`preview`, no `relay`). Never rejects.
   */
  observe(message: ObservedMessage): Promise<HandoffPhase | null> {
    return this.observeMessage(message);
  }

  protected override render() {
    const lines = this.view.lines;
    return html`<div part="base" class="base" lang=${this.localization.language} dir=${this.localization.direction ?? nothing}>
      ${this.renderHumanButton()} ${this.renderLiveRegion()} ${this.renderStatus()}
      ${lines.length > 0
        ? html`<ol part="messages" class="messages" role="log" aria-label=${this.t.conversationLabel}>
            ${repeat(
              lines,
              (line) => line.id,
              (line) => this.renderLine(line.role, line.text, this.senderOf(line), line),
            )}
          </ol>`
        : nothing}
      ${this.renderAgentTyping()} ${this.isHumanPhase() ? this.renderComposer() : nothing}
    </div>`;
  }
}
