import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The relay's Prometheus instruments, on a registry of its own so two relays in one process stay apart. */
export class RelayMetrics {
  readonly registry = new Registry();
  readonly connections: Gauge<'namespace'>;
  readonly agentsOnline: Gauge;
  readonly queueDepth: Gauge<'kind'>;
  readonly commands: Histogram<'namespace' | 'command'>;
  readonly commandErrors: Counter<'namespace' | 'command' | 'code'>;
  readonly escalations: Counter<'kind' | 'trigger' | 'severity' | 'status'>;
  readonly claims: Counter<'outcome'>;
  readonly resolutions: Counter<'action'>;
  readonly messages: Counter<'from'>;
  readonly slaWarnings: Counter<'severity'>;
  readonly slaBreaches: Counter<'severity'>;
  readonly notifications: Counter<'channel' | 'outcome'>;
  readonly handshakeRejections: Counter<'namespace' | 'code'>;

  private readonly timers = new Map<string, () => () => void>();

  /** A started timer for one command; the labelled child is looked up once per command name. */
  startCommandTimer(namespace: string, command: string): () => void {
    const key = `${namespace}\u0000${command}`;
    let start = this.timers.get(key);
    if (!start) {
      const child = this.commands.labels(namespace, command);
      start = () => child.startTimer();
      this.timers.set(key, start);
    }
    return start();
  }

  constructor(collect: { connections: (namespace: string) => number; queueDepth: () => Promise<Record<string, number>> }, defaults = true) {
    const registers = [this.registry];
    if (defaults) collectDefaultMetrics({ register: this.registry, prefix: 'baton_relay_' });
    this.connections = new Gauge({
      name: 'baton_connections',
      help: 'Connected sockets per namespace',
      labelNames: ['namespace'],
      registers,
      collect() {
        for (const namespace of ['customer', 'agent']) this.set({ namespace }, collect.connections(namespace));
      },
    });
    this.agentsOnline = new Gauge({ name: 'baton_agents_online', help: 'Distinct agents connected', registers });
    this.queueDepth = new Gauge({
      name: 'baton_queue_depth',
      help: 'Escalations waiting to be claimed, per kind',
      labelNames: ['kind'],
      registers,
      async collect() {
        const depth = await collect.queueDepth();
        for (const kind of ['takeover', 'review']) this.set({ kind }, depth[kind] ?? 0);
      },
    });
    this.commands = new Histogram({
      name: 'baton_command_duration_seconds',
      help: 'Time from a command arriving to its ack',
      labelNames: ['namespace', 'command'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.commandErrors = new Counter({ name: 'baton_command_errors_total', help: 'Commands answered with an error, by code', labelNames: ['namespace', 'command', 'code'], registers });
    this.escalations = new Counter({ name: 'baton_escalations_total', help: 'Escalations created', labelNames: ['kind', 'trigger', 'severity', 'status'], registers });
    this.claims = new Counter({ name: 'baton_claims_total', help: 'Claim attempts by outcome', labelNames: ['outcome'], registers });
    this.resolutions = new Counter({ name: 'baton_resolutions_total', help: 'Resolutions by action', labelNames: ['action'], registers });
    this.messages = new Counter({ name: 'baton_messages_total', help: 'Chat messages relayed', labelNames: ['from'], registers });
    this.slaWarnings = new Counter({ name: 'baton_sla_warnings_total', help: 'SLA warnings (50% of the window left)', labelNames: ['severity'], registers });
    this.slaBreaches = new Counter({ name: 'baton_sla_breaches_total', help: 'SLA deadlines missed', labelNames: ['severity'], registers });
    this.notifications = new Counter({ name: 'baton_notifications_total', help: 'Webhook delivery attempts by outcome', labelNames: ['channel', 'outcome'], registers });
    this.handshakeRejections = new Counter({ name: 'baton_handshake_rejections_total', help: 'Refused connections by reason', labelNames: ['namespace', 'code'], registers });
  }
}
