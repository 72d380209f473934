import type { Namespace, Server, Socket } from 'socket.io';
import type {
  AgentClientToServerEvents,
  AgentIdentity,
  AgentServerToClientEvents,
  ClientToServerEvents,
  CustomerClientToServerEvents,
  CustomerServerToClientEvents,
  InterServerEvents,
  ServerToClientEvents,
} from '@baton/protocol';

/** Who is on a `/customer` socket, set once by the handshake middleware. */
export interface CustomerSocketData {
  kind: 'customer';
  siteKey: string;
  visitorId: string;
  /** Set only when the identity signature checked out. */
  customerId: string | null;
  tier: string | null;
  /** `c:<customerId>` for verified customers, else `v:<visitorId>`: the owner of their conversations. */
  ownerKey: string;
  /** Conversations this socket has proven it owns (ownership never changes), to skip the lookup next time. */
  owned?: Set<string>;
}

/** Who is on an `/agent` socket, from their verified token. */
export interface AgentSocketData {
  kind: 'agent';
  agent: AgentIdentity;
  /** Token expiry (epoch ms); commands after it are refused. */
  expiresAt: number;
}

export type SocketData = CustomerSocketData | AgentSocketData;

export type RelayServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type CustomerNamespace = Namespace<CustomerClientToServerEvents, CustomerServerToClientEvents, InterServerEvents, CustomerSocketData>;
export type AgentNamespace = Namespace<AgentClientToServerEvents, AgentServerToClientEvents, InterServerEvents, AgentSocketData>;
export type CustomerSocket = Socket<CustomerClientToServerEvents, CustomerServerToClientEvents, InterServerEvents, CustomerSocketData>;
export type AgentSocket = Socket<AgentClientToServerEvents, AgentServerToClientEvents, InterServerEvents, AgentSocketData>;
