import { css } from 'lit';

// `.handoff-bar` holds "Talk to a person" and the status above the scrolling conversation (`.body`), so
// both stay in view; a tall status (the leave-a-message form) scrolls within its half of the panel.
export const chatStyles = css`
  :host {
    position: fixed;
    inset-block-end: var(--baton-launcher-offset, 20px);
    inset-inline-end: var(--baton-launcher-offset, 20px);
    z-index: var(--_baton-z-index);
  }
  :host([hidden]) {
    display: none;
  }
  .launcher {
    position: relative;
    display: grid;
    place-items: center;
    width: var(--baton-launcher-size, 56px);
    height: var(--baton-launcher-size, 56px);
    padding: 0;
    border-radius: 50%;
    border: 0;
    background: var(--_baton-color-accent);
    color: var(--_baton-color-on-accent);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  .launcher svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
  .badge {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -4px;
    min-width: 20px;
    height: 20px;
    padding: 0 5px;
    border-radius: 10px;
    background: var(--_baton-color-badge-bg);
    color: var(--_baton-color-badge-text);
    font-size: 12px;
    font-weight: 700;
    line-height: 20px;
    text-align: center;
  }
  .panel {
    position: fixed;
    display: flex;
    flex-direction: column;
    width: var(--baton-panel-width, min(384px, calc(100vw - 16px)));
    height: var(--baton-panel-height, min(576px, calc(100vh - 96px)));
    background: var(--_baton-color-bg);
    color: var(--_baton-color-text);
    border: 1px solid var(--_baton-color-border);
    border-radius: var(--_baton-radius);
    box-shadow: 0 12px 32px rgb(0 0 0 / 0.25);
    overflow: hidden;
    opacity: 0;
    transform: translateY(8px);
    visibility: hidden;
    /* Visibility flips after the fade so the closing panel stays painted until it has faded out. */
    transition:
      opacity var(--_baton-duration) ease,
      transform var(--_baton-duration) ease,
      visibility 0s linear var(--_baton-duration);
  }
  .panel.open {
    opacity: 1;
    transform: none;
    visibility: visible;
    transition:
      opacity var(--_baton-duration) ease,
      transform var(--_baton-duration) ease,
      visibility 0s linear 0s;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_baton-gap);
    padding: 12px 16px;
    background: var(--_baton-color-accent);
    color: var(--_baton-color-on-accent);
  }
  .title {
    margin: 0;
    font-size: 16px;
  }
  .close-button {
    border: 0;
    background: transparent;
    color: inherit;
    font-size: 20px;
    line-height: 1;
    padding: 4px 8px;
  }
  .close-button:focus-visible {
    outline-color: currentColor;
  }
  .handoff-bar,
  .body {
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_baton-gap) * 1.5);
    padding: 12px;
  }
  .handoff-bar {
    flex-shrink: 0;
    max-height: 50%;
    padding-block-end: 0;
  }
  .body {
    flex: 1;
  }
  .human-button {
    align-self: flex-start;
  }
  .composer {
    padding: 12px;
    border-block-start: 1px solid var(--_baton-color-border);
  }
  @media (max-width: 480px) {
    .panel {
      inset: 0;
      width: 100vw;
      height: 100dvh;
      border: 0;
      border-radius: 0;
    }
  }
`;
