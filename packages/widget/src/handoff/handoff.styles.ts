import { css } from 'lit';

export const handoffStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_baton-gap) * 1.5);
    color: var(--_baton-color-text);
  }
  .human-button {
    align-self: flex-start;
  }
`;
