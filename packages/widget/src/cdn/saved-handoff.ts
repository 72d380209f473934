// A page reloaded in the middle of a handoff must come back to it (same queue place, same agent)
// without waiting for a click: the loader upgrades at once when the SDK saved one in progress.
// Reads the SDK's saved state (sdk/handoff.storage.ts) without importing it, to keep the loader small.

/** The SDK's default storage key for a site (HandoffOptions.storageKey). */
const storageKey = (siteKey: string) => `baton.handoff.${siteKey}`;

/** True when sessionStorage holds a conversation for this element's site that is past the bot phase or has human lines. */
export function hasSavedHandoff(host: HTMLElement): boolean {
  const siteKey = host.getAttribute('site-key');
  if (!siteKey) return false;
  try {
    const raw = sessionStorage.getItem(storageKey(siteKey));
    if (!raw) return false;
    const saved = JSON.parse(raw) as { machine?: { value?: unknown }; lines?: unknown[] };
    const value = saved.machine?.value;
    const phase = typeof value === 'string' ? value : Object.keys(value ?? {})[0];
    return (phase !== undefined && phase !== 'bot') || (saved.lines?.length ?? 0) > 0;
  } catch {
    // Storage blocked (sandboxed iframe, privacy mode) or unreadable: nothing to resume.
    return false;
  }
}
