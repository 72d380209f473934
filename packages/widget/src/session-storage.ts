/** The tab's `sessionStorage`, or null where reading it throws (sandboxed frames, some privacy modes). */
export function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
