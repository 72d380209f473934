// What the pages need from `pnpm start`: where the relay is and the demo agents' tokens (Vite env,
// see demo/server.ts), plus the URL switches the pages share.
import type { PolicyInput } from '@baton/protocol';

export const RELAY_URL = import.meta.env.VITE_BATON_RELAY ?? 'http://localhost:8787';
export const SITE_KEY = 'demo';

/** The signed token of demo agent 1 or 2, or undefined when the page runs without `pnpm start`. */
export function agentToken(agent: 1 | 2): string | undefined {
  return agent === 1 ? import.meta.env.VITE_BATON_AGENT_TOKEN : import.meta.env.VITE_BATON_AGENT_TOKEN_2;
}

const params = new URLSearchParams(location.search);

/**
 * The policy the customer pages run: review on, so the bot's unsure refund answer is held for a
 * teammate. `?transfer=cold` makes every trigger a cold transfer (queue only, no transcript).
 */
export function customerPolicy(): PolicyInput {
  const transfer = params.get('transfer') === 'cold' ? 'cold' : undefined;
  const policy: PolicyInput = { version: 1, name: 'northwind-storefront', review: { enabled: true, floor: 0.3 } };
  if (transfer) {
    policy.triggers = {
      explicit_request: { transfer },
      low_confidence: { transfer },
      sentiment: { transfer },
      repeat_contact: { transfer },
      loop: { transfer },
      inactivity: { transfer },
    };
  }
  return policy;
}

/** How long the simulated bot "types" before it answers; `?bot-delay=0` makes tests fast. */
export function botDelayMs(): number {
  const value = Number(params.get('bot-delay'));
  return params.has('bot-delay') && Number.isFinite(value) && value >= 0 ? value : 650;
}

/** The locale for the customer elements: `?locale=es`, else the browser's. */
export function pageLocale(): string | undefined {
  return params.get('locale') ?? undefined;
}
