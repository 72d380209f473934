import * as z from 'zod';
import {
  HANDOFF_KINDS,
  SEVERITIES,
  SchemaError,
  TRIGGER_IDS,
  problemsOf,
  safeParseWith,
  teamNameSchema,
  idSchema,
  type ParseResult,
  type Route,
  type Severity,
} from '@baton/protocol';
import { MAX_AGENT_TOKEN_TTL_MS } from './auth/agent-token.js';

// ---- building blocks -----------------------------------------------------------------------

const DURATION_UNITS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const durationError = 'expected a duration such as 90s, 15m, 4h or 1d (a bare number means minutes)';

/** `15m`, `1h`, `90s`, `1d`, or a number of minutes; parsed to milliseconds. */
export const durationSchema = z
  .union([z.number({ error: durationError }).positive({ error: durationError }), z.string({ error: durationError })], { error: durationError })
  .transform((value, ctx) => {
    if (typeof value === 'number') return Math.round(value * 60_000);
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(value);
    if (!match || Number(match[1]) <= 0) {
      ctx.addIssue({ code: 'custom', message: durationError });
      return z.NEVER;
    }
    return Math.round(Number(match[1]) * DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS]);
  });

export function parseDuration(value: string | number): number {
  const result = durationSchema.safeParse(value);
  if (!result.success) throw new SchemaError('duration', problemsOf(result.error));
  return result.data;
}

const originSchema = z.string().refine(
  (value) => {
    if (value === '*') return true;
    try {
      return new URL(value).origin === value;
    } catch {
      return false;
    }
  },
  { error: 'expected an origin such as https://shop.example.com (scheme, host and optional port; no path or trailing slash), or "*"' },
);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const timeOfDaySchema = z
  .string({ error: 'expected a time such as 09:00' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'expected a 24-hour time such as 09:00 or 17:30' });

export const timezoneSchema = z
  .string({ error: 'expected an IANA time zone such as Europe/Paris' })
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'expected an IANA time zone such as Europe/Paris or America/New_York' },
  );

const windowSchema = z
  .strictObject({
    /** The days a window starts on; an overnight window (22:00-06:00) runs into the next day. */
    days: z.array(z.enum(WEEKDAYS, { error: `expected days among ${WEEKDAYS.join(', ')}` })).min(1).default([...WEEKDAYS]),
    from: timeOfDaySchema,
    to: timeOfDaySchema,
  })
  .refine((window) => window.from !== window.to, { error: 'expected from and to to differ', path: ['to'] });

/** Opening times in a time zone: a list of weekly windows. */
export const scheduleSchema = z.strictObject({
  timezone: timezoneSchema.default('UTC'),
  windows: z.array(windowSchema).min(1, { error: 'expected at least one window' }),
});
export type Schedule = z.output<typeof scheduleSchema>;

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1, { error: 'expected at least one value' })]).transform((value) =>
    (Array.isArray(value) ? value : [value]) as z.output<T>[],
  );

// ---- sections ------------------------------------------------------------------------------

export const siteSchema = z
  .strictObject({
    /** The public key the widget sends in its handshake. */
    key: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { error: 'expected a site key of letters, digits, "_" or "-"' }),
    name: z.string().optional(),
    /** Pages allowed to connect, e.g. https://shop.example.com. */
    origins: z.array(originSchema).min(1, { error: 'expected at least one allowed origin' }),
    /** Verifies `identity.signature` = HMAC-SHA256 of customerId (with a tier: of `JSON.stringify([customerId, tier])`), keyed with identitySecret. Keep it on your backend. */
    identitySecret: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
    /** Refuse anonymous visitors. */
    requireIdentity: z.boolean().default(false),
  })
  .refine((site) => !site.requireIdentity || site.identitySecret !== undefined, {
    error: 'requireIdentity needs an identitySecret to verify identities with',
    path: ['requireIdentity'],
  });
export type SiteConfig = z.output<typeof siteSchema>;

const routeConfigSchema = z
  .strictObject({
    team: teamNameSchema.optional(),
    agent: idSchema.optional(),
    supervisors: z.literal(true, { error: 'expected supervisors: true' }).optional(),
  })
  .refine((route) => [route.team, route.agent, route.supervisors].filter((v) => v !== undefined).length <= 1, {
    error: 'expected at most one of team, agent or supervisors (leave all out to route to any agent)',
  })
  .transform((route): Route => {
    if (route.team !== undefined) return { to: 'team', team: route.team };
    if (route.agent !== undefined) return { to: 'agent', agent: route.agent };
    if (route.supervisors) return { to: 'supervisors' };
    return { to: 'anyone' };
  });

const severitySchema = z.enum(SEVERITIES, { error: `expected one of ${SEVERITIES.join(', ')}` });

export const routingMatchSchema = z.strictObject({
  kind: oneOrMany(z.enum(HANDOFF_KINDS, { error: `expected one of ${HANDOFF_KINDS.join(', ')}` })).optional(),
  trigger: oneOrMany(z.enum(TRIGGER_IDS, { error: `expected one of ${TRIGGER_IDS.join(', ')}` })).optional(),
  /** Topic rule ids from the policy, such as legal or fraud. */
  rule: oneOrMany(z.string().min(1)).optional(),
  severity: oneOrMany(severitySchema).optional(),
  /** The policy's route hint. */
  team: oneOrMany(teamNameSchema).optional(),
  /** The verified customer's tier. */
  tier: oneOrMany(teamNameSchema).optional(),
  /** Matches only inside these hours. */
  time: scheduleSchema.optional(),
});
export type RoutingMatch = z.output<typeof routingMatchSchema>;

export const routingRuleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected a rule id of letters, digits, "_" or "-"' }).optional(),
  /** Leave out (or empty) for the catch-all. */
  match: routingMatchSchema.default({}),
  /** `{ team }`, `{ agent }`, `{ supervisors: true }`, or left out for any agent. */
  route: routeConfigSchema.default({ to: 'anyone' }),
  /** Notification channel ids to tell about escalations this rule routes. */
  notify: z.array(z.string()).default([]),
});
export type RoutingRuleInput = z.input<typeof routingRuleSchema>;
export type RoutingRule = z.output<typeof routingRuleSchema> & { id: string };

export const NOTIFICATION_EVENTS = ['escalation.created', 'sla.warning', 'sla.breached'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const channelSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected a channel id of letters, digits, "_" or "-"' }),
  /** `webhook`: Baton's JSON body; `slack`: a Slack-compatible incoming webhook (`{ text }`). */
  type: z.enum(['webhook', 'slack'], { error: 'expected type webhook or slack' }),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  /** Webhook only: signs each body, header `X-Baton-Signature: sha256=<hex HMAC>`. */
  secret: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
  events: z.array(z.enum(NOTIFICATION_EVENTS, { error: `expected events among ${NOTIFICATION_EVENTS.join(', ')}` })).min(1).default([...NOTIFICATION_EVENTS]),
});
export type ChannelConfig = z.output<typeof channelSchema>;

const perSeverity = (defaults: Record<Severity, number>) =>
  z
    .strictObject({
      critical: durationSchema.default(defaults.critical),
      high: durationSchema.default(defaults.high),
      medium: durationSchema.default(defaults.medium),
      low: durationSchema.default(defaults.low),
    })
    .prefault({});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const slaSchema = z
  .strictObject({
    /** Time for a reviewer to decide on a held reply. */
    review: perSeverity({ critical: 15 * MINUTE, high: HOUR, medium: 4 * HOUR, low: 24 * HOUR }),
    /** Live takeover: time to the agent's first message. */
    takeover: perSeverity({ critical: 2 * MINUTE, high: 5 * MINUTE, medium: 10 * MINUTE, low: 30 * MINUTE }),
    /** Messages left while offline: time to pick them up. */
    followUp: perSeverity({ critical: 4 * HOUR, high: 8 * HOUR, medium: 24 * HOUR, low: 72 * HOUR }),
  })
  .prefault({});
export type SlaConfig = z.output<typeof slaSchema>;

/** Agent tokens and where the desk is served from. */
const agentsSchema = z.strictObject({
  /** Signs and verifies agent tokens (HS256). */
  secret: z.string({ error: 'expected the agent token secret (or set BATON_AGENT_SECRET)' }).min(32, {
    error: 'expected at least 32 characters: a shorter HS256 key is guessable',
  }),
  /** Origins the agent desk is served from. */
  origins: z.array(originSchema).default([]),
  /** Lifetime of tokens `baton token` signs: 1 s to 30 days (a leaked token lives until it expires). */
  tokenTtl: durationSchema
    .pipe(z.number().min(1_000, { error: 'expected at least 1s' }).max(MAX_AGENT_TOKEN_TTL_MS, { error: 'expected at most 30d: a leaked token stays valid until it expires' }))
    .default(12 * HOUR),
});

// ---- the document --------------------------------------------------------------------------

export const RELAY_CONFIG_VERSION = 1;

export const relayConfigSchema = z
  .strictObject({
    version: z.literal(RELAY_CONFIG_VERSION, { error: `expected version ${RELAY_CONFIG_VERSION}` }).default(RELAY_CONFIG_VERSION),
    host: z.string().min(1).optional(),
    port: z.number().int().min(0).max(65_535).optional(),
    sites: z.array(siteSchema).min(1, { error: 'expected at least one site' }),
    // Left out, the section is read as `{}`, so a missing secret is reported by its path just as with
    // `agents: {}` (the cast: prefault's type asks for a complete section).
    agents: agentsSchema.prefault({} as z.input<typeof agentsSchema>),
    /** When people are there to answer; outside these hours customers get `offline`. Left out: always open. */
    hours: scheduleSchema.optional(),
    /** First match wins; the last rule must be a catch-all. */
    routing: z.array(routingRuleSchema).min(1).default([{ id: 'everyone', match: {}, route: { to: 'anyone' }, notify: [] }]),
    sla: slaSchema,
    notifications: z.array(channelSchema).default([]),
    limits: z
      .strictObject({
        /** The socket.io packet limit; bigger packets close the connection. */
        maxPayloadBytes: z.number().int().min(1_024).max(1_048_576).default(64 * 1024),
        rateLimit: z
          .strictObject({
            /** Commands a socket may send at once. */
            burst: z.number().int().min(1).default(30),
            /** Commands per second it earns back. */
            perSecond: z.number().positive().default(10),
          })
          .prefault({}),
      })
      .prefault({}),
    queue: z
      .strictObject({
        /** Wait estimates start from this until real handle times come in. */
        defaultHandleTime: durationSchema.default(5 * MINUTE),
        /** Weight of the newest handle time in the running average (0..1). */
        smoothing: z.number().gt(0).max(1).default(0.3),
        /**
         * How long customers waiting live keep their place once nobody online can take them (the
         * last such agent left, or the relay restarted) before they are told `offline`.
         */
        noAgentGrace: durationSchema.default(MINUTE),
      })
      .prefault({}),
    http: z
      .strictObject({
        /** When set, `/metrics` requires `Authorization: Bearer <metricsToken>`. */
        metricsToken: z.string().min(16).optional(),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    const siteKeys = new Set<string>();
    config.sites.forEach((site, index) => {
      if (siteKeys.has(site.key)) ctx.addIssue({ code: 'custom', path: ['sites', index, 'key'], message: `duplicate site key "${site.key}"` });
      siteKeys.add(site.key);
    });
    const channelIds = new Set<string>();
    config.notifications.forEach((channel, index) => {
      if (channelIds.has(channel.id)) ctx.addIssue({ code: 'custom', path: ['notifications', index, 'id'], message: `duplicate channel id "${channel.id}"` });
      channelIds.add(channel.id);
    });
    const ruleIds = new Set<string>();
    config.routing.forEach((rule, index) => {
      const isLast = index === config.routing.length - 1;
      const catchAll = Object.keys(rule.match).length === 0;
      if (catchAll && !isLast) {
        ctx.addIssue({ code: 'custom', path: ['routing', index, 'match'], message: 'a catch-all rule must come last: the rules after it would never match' });
      }
      if (!catchAll && isLast) {
        ctx.addIssue({ code: 'custom', path: ['routing', index], message: 'the last routing rule must be a catch-all (no match) so every escalation has somewhere to go' });
      }
      if (rule.id !== undefined) {
        if (ruleIds.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['routing', index, 'id'], message: `duplicate routing rule id "${rule.id}"` });
        ruleIds.add(rule.id);
      }
      rule.notify.forEach((channel, at) => {
        if (!config.notifications.some((c) => c.id === channel)) {
          ctx.addIssue({ code: 'custom', path: ['routing', index, 'notify', at], message: `no notification channel with id "${channel}"` });
        }
      });
    });
  })
  .transform((config) => ({
    ...config,
    routing: config.routing.map((rule, index): RoutingRule => ({ ...rule, id: rule.id ?? `rule-${index + 1}` })),
  }));

/** A config document as written (YAML or JSON). */
export type RelayConfigInput = z.input<typeof relayConfigSchema>;
/** A validated config with every default filled in. */
export type RelayConfig = z.output<typeof relayConfigSchema>;

export function safeParseRelayConfig(input: unknown): ParseResult<RelayConfig> {
  return safeParseWith(relayConfigSchema, input);
}

/** Validates a config document; throws a `SchemaError` naming each path and problem. */
export function parseRelayConfig(input: unknown): RelayConfig {
  const result = relayConfigSchema.safeParse(input);
  if (!result.success) throw new SchemaError('relay config', problemsOf(result.error));
  return result.data;
}

/** The development secret: public, so anyone can forge tokens with it. Never use it in production. */
export const DEVELOPMENT_AGENT_SECRET = 'baton-development-agent-secret-not-for-production';
export const DEVELOPMENT_IDENTITY_SECRET = 'baton-development-identity-secret';

const DEVELOPMENT_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
  'http://localhost:8787',
  'http://127.0.0.1:8787',
];

/** What `baton relay` runs without `--config`: site key `demo`, localhost origins, the development secret. */
export function developmentConfig(): RelayConfig {
  return parseRelayConfig({
    sites: [{ key: 'demo', name: 'Baton demo', origins: DEVELOPMENT_ORIGINS, identitySecret: DEVELOPMENT_IDENTITY_SECRET }],
    agents: { secret: DEVELOPMENT_AGENT_SECRET, origins: DEVELOPMENT_ORIGINS, tokenTtl: '24h' },
  });
}
