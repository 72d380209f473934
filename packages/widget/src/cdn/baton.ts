// Entry of the script-tag build (`dist/cdn/baton.js`):
//   <script type="module" src="https://…/baton.js"></script>
// Defines <baton-handoff> and <baton-chat> at once as light stand-ins showing their always-visible
// control; the full elements (Lit, the policy engine, socket.io) load on first interaction.
import type { BatonChat } from '../chat/chat.component.js';
import type { BatonHandoff } from '../handoff/handoff.component.js';
import { CHAT_API, HANDOFF_API } from './element-api.js';
import { defineLazyElement } from './lazy-element.js';
import { loaderLabel } from './loader.strings.js';
import { hasSavedHandoff } from './saved-handoff.js';

function button(frame: HTMLElement, part: string): HTMLButtonElement {
  const control = document.createElement('button');
  control.type = 'button';
  control.part.add(part);
  frame.append(control);
  return control;
}

/** A speech bubble, drawn with DOM calls: no markup strings anywhere in the loader. */
function chatIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
  svg.append(path);
  return svg;
}

if (!customElements.get('baton-handoff')) {
  defineLazyElement('baton-handoff', {
    api: HANDOFF_API,
    load: () => import('./elements.js').then((chunk) => chunk.defineHandoffImplementation()),
    controlPart: 'human-button',
    renderControl: (frame) => button(frame, 'human-button'),
    labelControl: (control, host) => {
      control.textContent = loaderLabel(host, 'human');
    },
    activate: (impl) => (impl as BatonHandoff).requestHuman(),
    loadOn: ['preview', 'handoff'],
    resumable: hasSavedHandoff,
  });
}

if (!customElements.get('baton-chat')) {
  defineLazyElement('baton-chat', {
    api: CHAT_API,
    load: () => import('./elements.js').then((chunk) => chunk.defineChatImplementation()),
    controlPart: 'launcher',
    renderControl: (frame) => {
      const control = button(frame, 'launcher');
      control.className = 'launcher';
      control.setAttribute('aria-expanded', 'false');
      control.append(chatIcon());
      return control;
    },
    labelControl: (control, host) => {
      control.setAttribute('aria-label', loaderLabel(host, 'launcher'));
    },
    activate: (impl) => (impl as BatonChat).show(),
    loadOn: ['preview', 'handoff', 'open'],
    resumable: hasSavedHandoff,
  });
}
