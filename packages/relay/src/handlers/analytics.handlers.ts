import { agentCommands } from '@baton/protocol';
import { computeAnalytics } from '../analytics.js';
import type { CommandDefiner } from '../command.js';
import { CommandFailure, type RelayContext } from '../context.js';
import type { AgentSocket } from '../types.js';

const DAY = 86_400_000;

/** `/agent`: the figures DESIGN.md lists, for supervisors (they include colleagues' performance). */
export const analyticsHandlers = (ctx: RelayContext, command: CommandDefiner<typeof agentCommands, AgentSocket>) => {
  command('analytics:get', async (socket, { from, to, timezone }) => {
    if (socket.data.agent.role !== 'supervisor') throw new CommandFailure('forbidden', 'analytics are for supervisors');
    const end = to ? Date.parse(to) : ctx.clock.now();
    const start = from ? Date.parse(from) : end - 30 * DAY;
    if (start >= end) throw new CommandFailure('invalid_payload', 'expected from to be before to');
    return { analytics: await computeAnalytics(ctx.store, { from: start, to: end, timezone }) };
  });
};
