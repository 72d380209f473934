import type { RelayConfig, SiteConfig } from './config.schema.js';
import type { ResolvedDeps } from './deps.js';
import type { Escalations } from './escalations.js';
import type { RelayMetrics } from './metrics.js';
import type { Notifier } from './notifier.js';
import type { Presence, PresenceBroadcast } from './presence.js';
import type { QueueService } from './queue.js';
import type { Router } from './routing.js';
import type { SlaService } from './sla.js';
import type { AgentNamespace, CustomerNamespace } from './types.js';
import type { UnstaffedSweep } from './unstaffed.js';

/** What every handler factory receives: the injected deps plus the relay's shared services. */
export interface RelayContext extends ResolvedDeps {
  config: RelayConfig;
  sites: ReadonlyMap<string, SiteConfig>;
  customers: CustomerNamespace;
  agents: AgentNamespace;
  presence: Presence;
  presenceBroadcast: PresenceBroadcast;
  router: Router;
  metrics: RelayMetrics;
  escalations: Escalations;
  queue: QueueService;
  sla: SlaService;
  notifier: Notifier;
  unstaffed: UnstaffedSweep;
}

/** A failure the caller can act on; the command wrapper turns it into an error ack. */
export class CommandFailure extends Error {
  constructor(
    readonly code: import('@baton/protocol').ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CommandFailure';
  }
}

export const conversationRoom = (conversationId: string) => `conv:${conversationId}`;
export const agentRoom = (agentId: string) => `agent:${agentId}`;
export const teamRoom = (team: string) => `team:${team}`;
export const ALL_AGENTS_ROOM = 'agents';
export const SUPERVISORS_ROOM = 'supervisors';
