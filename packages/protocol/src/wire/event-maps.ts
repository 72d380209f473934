import type * as z from 'zod';
import type { Ack } from './ack.schema.js';
import { agentCommands, agentEvents } from './agent.schema.js';
import { customerCommands, customerEvents } from './customer.schema.js';

/** A command: what the client sends and what the ack carries besides `ok`. */
export interface CommandSpec {
  request: z.ZodType;
  result: z.ZodObject;
}

/** socket.io listen/emit map for commands: `(payload, ack) => void`, derived from the zod registry. */
export type CommandEvents<Registry extends Record<string, CommandSpec>> = {
  [Name in keyof Registry]: (
    payload: z.input<Registry[Name]['request']>,
    ack: (result: Ack<z.output<Registry[Name]['result']>>) => void,
  ) => void;
};

/** socket.io map for broadcasts: `(payload) => void`, derived from the zod registry. */
export type BroadcastEvents<Registry extends Record<string, z.ZodType>> = {
  [Name in keyof Registry]: (payload: z.output<Registry[Name]>) => void;
};

export type CustomerCommands = typeof customerCommands;
export type AgentCommands = typeof agentCommands;
export type CustomerCommandName = keyof CustomerCommands;
export type AgentCommandName = keyof AgentCommands;

/** Payload as the client writes it (defaults optional) and as the relay reads it (defaults filled). */
export type CommandInput<Registry extends Record<string, CommandSpec>, Name extends keyof Registry> = z.input<Registry[Name]['request']>;
export type CommandPayload<Registry extends Record<string, CommandSpec>, Name extends keyof Registry> = z.output<Registry[Name]['request']>;
export type CommandResult<Registry extends Record<string, CommandSpec>, Name extends keyof Registry> = z.output<Registry[Name]['result']>;
export type CommandAck<Registry extends Record<string, CommandSpec>, Name extends keyof Registry> = Ack<CommandResult<Registry, Name>>;

/** `/customer`: what the widget emits. */
export type CustomerClientToServerEvents = CommandEvents<CustomerCommands>;
/** `/customer`: what the relay emits to the widget. */
export type CustomerServerToClientEvents = BroadcastEvents<typeof customerEvents>;
/** `/agent`: what the desk emits. */
export type AgentClientToServerEvents = CommandEvents<AgentCommands>;
/** `/agent`: what the relay emits to the desk. */
export type AgentServerToClientEvents = BroadcastEvents<typeof agentEvents>;

/** Both namespaces, for `Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>`. */
export type ClientToServerEvents = CustomerClientToServerEvents & AgentClientToServerEvents;
export type ServerToClientEvents = CustomerServerToClientEvents & AgentServerToClientEvents;

/** Relay nodes talk through the store, not through adapter events. */
export type InterServerEvents = Record<never, never>;

export type CustomerEventName = keyof typeof customerEvents;
export type AgentEventName = keyof typeof agentEvents;
export type CustomerEventPayload<Name extends CustomerEventName> = z.output<(typeof customerEvents)[Name]>;
export type AgentEventPayload<Name extends AgentEventName> = z.output<(typeof agentEvents)[Name]>;
