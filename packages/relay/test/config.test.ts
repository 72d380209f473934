import { describe, expect, it } from 'vitest';
import { Router, developmentConfig, parseDuration, parseRelayConfig, safeParseRelayConfig, withinSchedule } from '../src/index.js';
import { testConfig } from './harness.js';

describe('relay config', () => {
  it('fills defaults: catch-all routing, SLA windows from DESIGN.md, 64 KB payloads', () => {
    const config = parseRelayConfig(testConfig());
    expect(config.routing).toEqual([{ id: 'everyone', match: {}, route: { to: 'anyone' }, notify: [] }]);
    expect(config.sla.review).toEqual({ critical: 15 * 60_000, high: 3_600_000, medium: 4 * 3_600_000, low: 24 * 3_600_000 });
    expect(config.limits.maxPayloadBytes).toBe(65_536);
  });

  it('names the path and problem for each mistake', () => {
    const result = safeParseRelayConfig({
      sites: [{ key: 'shop', origins: ['https://shop.example/'] }],
      agents: { secret: 'short' },
      routing: [{ match: {} }, { id: 'legal', match: { rule: 'legal' }, route: { team: 'legal', agent: 'x' }, notify: ['nope'] }],
      sla: { review: { high: '1 hour' } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['sites.0.origins.0']).toMatch(/expected an origin such as https:\/\/shop.example.com/);
    expect(byPath['agents.secret']).toMatch(/at least 32 characters/);
    expect(byPath['routing.1.route']).toMatch(/at most one of team, agent or supervisors/);
    expect(byPath['sla.review.high']).toMatch(/expected a duration such as 90s, 15m, 4h or 1d/);
  });

  it('asks for the agent secret by path whether the agents section is empty or left out', () => {
    const sites = [{ key: 'shop', origins: ['https://shop.example'] }];
    const expected = [{ path: 'agents.secret', message: 'expected the agent token secret (or set BATON_AGENT_SECRET)' }];
    for (const document of [{ sites, agents: {} }, { sites }]) {
      const result = safeParseRelayConfig(document);
      expect(!result.ok && result.problems).toEqual(expected);
    }
  });

  it('requires a catch-all last and known notification channels', () => {
    const result = safeParseRelayConfig(testConfig({ routing: [{ id: 'legal', match: { rule: 'legal' }, notify: ['slack'] }] }));
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'routing.0: the last routing rule must be a catch-all (no match) so every escalation has somewhere to go',
      'routing.0.notify.0: no notification channel with id "slack"',
    ]);
    const early = safeParseRelayConfig(testConfig({ routing: [{ id: 'all' }, { id: 'rest' }] }));
    expect(!early.ok && early.problems[0]).toEqual({ path: 'routing.0.match', message: 'a catch-all rule must come last: the rules after it would never match' });
  });

  it('parses durations: units, and bare numbers as minutes', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration(15)).toBe(900_000);
    expect(() => parseDuration('soon')).toThrow(/expected a duration/);
  });

  it('the development config has site demo, localhost origins and a long dev secret', () => {
    const config = developmentConfig();
    expect(config.sites[0]).toMatchObject({ key: 'demo', origins: expect.arrayContaining(['http://localhost:5173']) });
    expect(config.agents.origins).toContain('http://localhost:5173');
  });
});

describe('routing', () => {
  const config = parseRelayConfig(
    testConfig({
      routing: [
        { id: 'vip-night', match: { tier: 'vip', time: { timezone: 'America/New_York', windows: [{ from: '22:00', to: '06:00' }] } }, route: { agent: 'night-owl' } },
        { id: 'safety', match: { rule: 'safety', severity: ['critical', 'high'] }, route: { supervisors: true } },
        { id: 'legal', match: { rule: 'legal' }, route: { team: 'legal' } },
        { id: 'reviews', match: { kind: 'review' }, route: { team: 'reviewers' } },
        { id: 'everyone' },
      ],
    }),
  );
  const router = new Router(config.routing);
  const facts = { kind: 'takeover' as const, trigger: 'topic' as const, rule: null, severity: 'medium' as const, team: null, tier: null };
  const noonUtc = Date.UTC(2026, 0, 7, 12, 0);

  it('first match wins, catch-all last', () => {
    expect(router.first({ ...facts, rule: 'legal' }, noonUtc)).toEqual({ ruleId: 'legal', route: { to: 'team', team: 'legal' } });
    expect(router.first({ ...facts, rule: 'safety', severity: 'critical' }, noonUtc)).toEqual({ ruleId: 'safety', route: { to: 'supervisors' } });
    expect(router.first({ ...facts, rule: 'safety', severity: 'low' }, noonUtc).ruleId).toBe('everyone');
    expect(router.first({ ...facts, kind: 'review' }, noonUtc).ruleId).toBe('reviews');
  });

  it('matches time of day in the rule’s time zone, across midnight', () => {
    const vip = { ...facts, tier: 'vip' };
    expect(router.first(vip, Date.UTC(2026, 0, 7, 4, 0)).ruleId).toBe('vip-night'); // 23:00 in New York
    expect(router.first(vip, Date.UTC(2026, 0, 7, 10, 30)).ruleId).toBe('vip-night'); // 05:30
    expect(router.first(vip, Date.UTC(2026, 0, 7, 11, 0)).ruleId).toBe('everyone'); // 06:00
  });

  it('next: the following matching rule, then supervisors, then nowhere', () => {
    const legal = { ...facts, rule: 'legal' };
    expect(router.next({ ruleId: 'legal', route: { to: 'team', team: 'legal' } }, legal, noonUtc)).toEqual({ ruleId: 'everyone', route: { to: 'anyone' } });
    expect(router.next({ ruleId: 'everyone', route: { to: 'anyone' } }, legal, noonUtc)).toEqual({ ruleId: null, route: { to: 'supervisors' } });
    expect(router.next({ ruleId: null, route: { to: 'supervisors' } }, legal, noonUtc)).toBeNull();
  });

  it('schedules: weekday windows in a zone', () => {
    const office = { timezone: 'Europe/Paris', windows: [{ days: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const, 'fri' as const], from: '09:00', to: '18:00' }] };
    expect(withinSchedule(office, Date.UTC(2026, 0, 9, 8, 0))).toBe(true); // Friday 09:00 Paris
    expect(withinSchedule(office, Date.UTC(2026, 0, 9, 17, 0))).toBe(false); // Friday 18:00
    expect(withinSchedule(office, Date.UTC(2026, 0, 10, 10, 0))).toBe(false); // Saturday
  });
});
