export { createRelay, type Relay, type RelayOptions } from './relay.js';
export {
  relayConfigSchema,
  parseRelayConfig,
  safeParseRelayConfig,
  developmentConfig,
  parseDuration,
  DEVELOPMENT_AGENT_SECRET,
  DEVELOPMENT_IDENTITY_SECRET,
  NOTIFICATION_EVENTS,
  type RelayConfig,
  type RelayConfigInput,
  type RoutingRule,
  type SiteConfig,
  type ChannelConfig,
  type NotificationEvent,
  type Schedule,
} from './config.schema.js';
export { ManualClock, systemClock, systemTimers, silentLogger, jsonLogger, type Clock, type Timers, type Logger, type RelayDeps } from './deps.js';
export type * from './store/store.js';
export { AUDIT_ACTIONS } from './store/store.js';
export { SqliteStore, StoreInUseError, StoreLockLostError, createSqliteStore, type SqliteStoreOptions } from './store/sqlite.store.js';
export { MAX_AGENT_TOKEN_TTL_MS, signAgentToken, verifyAgentToken, agentIdFromName, type AgentTokenInput } from './auth/agent-token.js';
export { signCustomerIdentity, signedIdentityText, verifyCustomerIdentity } from './auth/identity.js';
export { DEFAULT_RETRY, backoffDelay, type RetryPolicy } from './notifier.js';
export { withinSchedule } from './schedule.js';
export { Router, type RoutingFacts, type RouteChoice } from './routing.js';
export type { RelayServer, CustomerSocketData, AgentSocketData, SocketData } from './types.js';
