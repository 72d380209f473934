// Browser side of scripts/wtr-relay-plugin.ts: start a real relay from a component test.
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestRelay {
  id: string;
  /** http://127.0.0.1:PORT: pass to createHandoff({ relay }) or <baton-desk relay>. */
  url: string;
  siteKey: string;
  /** A signed agent token for the desk or a raw /agent socket. */
  token(options?: { name?: string; agentId?: string; role?: 'agent' | 'supervisor'; teams?: string[] }): Promise<string>;
  /** HMAC of a customer id with the site's identity secret (a verified identity). */
  identity(customerId: string): Promise<string>;
  /** Broadcasts a raw event (no validation) to every socket of a namespace: what a faulty relay might send. */
  emitRaw(namespace: 'agent' | 'customer', event: string, payload: unknown): Promise<void>;
  /** Stops the relay abruptly, keeping its SQLite file. */
  kill(): Promise<void>;
  /** Starts it again on the same port from the same file. */
  revive(): Promise<void>;
  /** Stops it and removes its files. */
  stop(): Promise<void>;
}

/** Starts a relay whose site `demo` allows this page's origin; `config` overrides fields of the relay config. */
export async function startRelay(config: Record<string, unknown> = {}): Promise<TestRelay> {
  const started = await executeServerCommand<{ id: string; url: string; siteKey: string }, unknown>('relay-start', { config });
  if (!started) throw new Error('relay-start is not available: is the baton-relay plugin in web-test-runner.config.mjs?');
  const { id } = started;
  return {
    ...started,
    async token(options = {}) {
      const result = await executeServerCommand<{ token: string }, unknown>('relay-token', { id, ...options });
      return result.token;
    },
    async identity(customerId) {
      const result = await executeServerCommand<{ signature: string }, unknown>('relay-identity', { id, customerId });
      return result.signature;
    },
    async emitRaw(namespace, event, payload) {
      await executeServerCommand('relay-emit', { id, namespace, event, payload });
    },
    async kill() {
      await executeServerCommand('relay-kill', { id });
    },
    async revive() {
      await executeServerCommand('relay-revive', { id });
    },
    async stop() {
      await executeServerCommand('relay-stop', { id });
    },
  };
}
