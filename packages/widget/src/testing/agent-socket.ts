import { io, type Socket } from 'socket.io-client';
import type { TestRelay } from '../../../../test/browser/relay.js';
import { WIRE_PROTOCOL_VERSION } from '../sdk/index.js';

/** A raw `/agent` socket on a test relay, connected: the agent on the other side of a browser test. */
export async function agentSocket(relay: TestRelay, token: Parameters<TestRelay['token']>[0] = { name: 'Ada Agent' }): Promise<Socket> {
  const socket = io(`${relay.url}/agent`, { forceNew: true, transports: ['websocket'], auth: { protocolVersion: WIRE_PROTOCOL_VERSION, token: await relay.token(token) } });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** The id of the next escalation the agent is told of. */
export const nextCard = (agent: Socket) => new Promise<string>((resolve) => agent.once('escalation:created', (card: { escalation: { id: string } }) => resolve(card.escalation.id)));
