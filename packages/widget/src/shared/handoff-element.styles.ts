import { css } from 'lit';

/** The status area, conversation lines and composer both customer elements share. */
export const handoffElementStyles = css`
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border-radius: calc(var(--_baton-radius) / 1.5);
    padding: 8px 14px;
    border: 1px solid var(--_baton-color-border);
    background: var(--_baton-color-bg);
    color: var(--_baton-color-text);
    transition: background-color var(--_baton-duration) ease;
  }
  button.primary,
  .human-button {
    background: var(--_baton-color-accent);
    border-color: var(--_baton-color-accent);
    color: var(--_baton-color-on-accent);
    font-weight: 600;
  }
  button.secondary {
    background: var(--_baton-color-surface);
  }
  button.link {
    border: 0;
    padding: 0 4px;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  button[disabled] {
    cursor: default;
    opacity: 0.7;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_baton-color-muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_baton-color-danger);
  }
  .status {
    display: flex;
    flex-direction: column;
    gap: var(--_baton-gap);
    padding: 12px;
    border-radius: var(--_baton-radius);
    background: var(--_baton-color-notice-bg);
    color: var(--_baton-color-notice-text);
  }
  .status .muted {
    color: inherit;
  }
  .status button {
    align-self: flex-start;
  }
  .leave-form {
    display: flex;
    flex-direction: column;
    gap: var(--_baton-gap);
  }
  .leave-form label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  input,
  textarea {
    border: 1px solid var(--_baton-color-border);
    border-radius: calc(var(--_baton-radius) / 1.5);
    padding: 8px;
    background: var(--_baton-color-bg);
    color: var(--_baton-color-text);
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_baton-gap);
  }
  .message {
    display: flex;
    flex-direction: column;
    max-width: 85%;
    padding: 8px 12px;
    border-radius: var(--_baton-radius);
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .message.customer {
    align-self: flex-end;
    background: var(--_baton-color-customer-bg);
    color: var(--_baton-color-customer-text);
  }
  .message.agent {
    align-self: flex-start;
    background: var(--_baton-color-agent-bg);
    color: var(--_baton-color-agent-text);
  }
  .message.bot {
    align-self: flex-start;
    background: var(--_baton-color-bot-bg);
    color: var(--_baton-color-bot-text);
  }
  .message.system {
    align-self: center;
    max-width: 100%;
    color: var(--_baton-color-muted);
    font-size: 0.875em;
  }
  .sender {
    font-size: 0.75em;
    font-weight: 600;
  }
  .message .delivery {
    font-size: 0.75em;
    color: inherit;
  }
  .composer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_baton-gap);
    align-items: flex-end;
  }
  .composer .counter {
    flex-basis: 100%;
  }
  .counter:empty {
    display: none;
  }
  .composer textarea {
    flex: 1;
    resize: none;
    min-height: 40px;
  }
  .typing {
    font-style: italic;
  }
`;
