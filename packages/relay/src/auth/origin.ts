/**
 * Browsers always send `Origin` on cross-origin requests and WebSocket upgrades, so an allowlist
 * stops other websites from using a public site key. Requests without it come from non-browser
 * clients, which could forge any origin anyway; they are let through and must still authenticate.
 */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined || origin === '') return true;
  return allowed.includes('*') || allowed.includes(origin);
}
