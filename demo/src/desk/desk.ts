// The agent desk, signed in as a demo agent: `?agent=2` is the second one, so a second tab is a
// second agent (claim races, hand-offs between agents).
import '@baton/desk';
import { agentToken, RELAY_URL } from '../shared/demo-env.js';

const params = new URLSearchParams(location.search);
const second = params.get('agent') === '2';
const who = document.querySelector<HTMLElement>('#desk-who')!;
const token = agentToken(second ? 2 : 1);

// A fresh element with relay and token set before it joins the page, so it connects once, signed in.
const desk = document.createElement('baton-desk');
desk.relay = RELAY_URL;
if (token) desk.token = token;
const locale = params.get('locale');
if (locale) desk.locale = locale;
document.querySelector('baton-desk')!.replaceWith(desk);

if (token) {
  const other = document.createElement('a');
  other.href = second ? '/desk.html' : '/desk.html?agent=2';
  other.target = '_blank';
  other.textContent = second ? 'Open agent 1 in a new tab' : 'Open a second agent in a new tab';
  who.append(`${second ? 'Second demo agent' : 'Demo agent'} · `, other);
} else {
  who.textContent = 'No demo token: run `pnpm start`, or paste one from `pnpm baton token --name You`.';
}
