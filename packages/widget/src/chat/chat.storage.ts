import { sessionStore } from '../session-storage.js';

/** A line said while the bot had the conversation (the human part lives in the handoff's view). */
export interface BotLine {
  id: string;
  role: 'customer' | 'bot' | 'system';
  text: string;
  at: number;
}

/** Enough of a long chat to read back after a reload, without filling the session's storage. */
export const STORED_BOT_LINES = 200;

const ROLES = new Set<string>(['customer', 'bot', 'system']);

/** Where `<baton-chat>` keeps its bot-phase lines; beside the handoff's own `baton.handoff.<siteKey>`. */
export const chatStorageKey = (siteKey: string) => `baton.chat.${siteKey}`;

/** The bot-phase lines saved for this site, oldest first; anything unreadable counts as none. */
export function readBotLines(siteKey: string): Array<Omit<BotLine, 'id'>> {
  try {
    const raw = sessionStore()?.getItem(chatStorageKey(siteKey));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (line): line is Omit<BotLine, 'id'> =>
        typeof line === 'object' && line !== null && ROLES.has(line.role) && typeof line.text === 'string' && typeof line.at === 'number',
    );
  } catch {
    return [];
  }
}

export function writeBotLines(siteKey: string, lines: readonly BotLine[]): void {
  try {
    const kept = lines.slice(-STORED_BOT_LINES).map(({ role, text, at }) => ({ role, text, at }));
    sessionStore()?.setItem(chatStorageKey(siteKey), JSON.stringify(kept));
  } catch {
    // Quota exceeded or storage disabled: the chat goes on, its bot part just won't survive a reload.
  }
}

/** The launcher's unread count, and how many agent lines of the handoff it has taken into account. */
export interface UnreadState {
  count: number;
  /** Null until a handoff was shown: then there is nothing to compare its lines with. */
  agentLines: number | null;
}

const unreadKey = (siteKey: string) => `baton.chat.${siteKey}.unread`;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** The unread state saved for this site; anything unreadable counts as nothing unread. */
export function readUnread(siteKey: string): UnreadState {
  try {
    const { count, agentLines } = JSON.parse(sessionStore()?.getItem(unreadKey(siteKey)) ?? '{}') as Partial<UnreadState>;
    return { count: isCount(count) ? count : 0, agentLines: isCount(agentLines) ? agentLines : null };
  } catch {
    // Not JSON, or JSON null.
    return { count: 0, agentLines: null };
  }
}

export function writeUnread(siteKey: string, state: UnreadState): void {
  try {
    sessionStore()?.setItem(unreadKey(siteKey), JSON.stringify(state));
  } catch {
    // As for the lines: the chat goes on, the badge just won't survive a reload.
  }
}
