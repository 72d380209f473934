import { describe, expect, it } from 'vitest';
import { parsePolicy, safeParsePolicy, SchemaError, POLICY_VERSION } from '../src/index.js';

describe('policy schema', () => {
  it('fills every default from a document holding only the version', () => {
    const policy = parsePolicy({ version: POLICY_VERSION });
    expect(policy.triggers.low_confidence.threshold).toBe(0.5);
    expect(policy.triggers.repeat_contact.windowHours).toBe(72);
    expect(policy.triggers.loop.count).toBe(3);
    expect(policy.triggers.inactivity.transfer).toBe('cold');
    expect(policy.triggers.sentiment.severity).toBe('high');
    expect(policy.languages).toEqual(['en', 'es', 'fr', 'de', 'pt', 'it']);
  });

  it('names the path and the problem for an out-of-range threshold', () => {
    const result = safeParsePolicy({ version: 1, triggers: { low_confidence: { threshold: 1.5 } } });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'triggers.low_confidence.threshold', message: 'expected a number between 0 and 1' }],
    });
  });

  it('rejects turning off explicit_request and says why', () => {
    expect(() => parsePolicy({ version: 1, triggers: { explicit_request: { enabled: false } } })).toThrowError(
      /triggers\.explicit_request\.enabled: explicit_request cannot be disabled/,
    );
  });

  it('rejects unknown keys so a typo never silently falls back to a default', () => {
    const result = safeParsePolicy({ version: 1, triggers: { loop: { cuont: 5 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'triggers.loop', message: expect.stringContaining('cuont') });
  });

  it('rejects an unknown version with the version it reads', () => {
    const result = safeParsePolicy({ version: 2 });
    expect(!result.ok && result.problems[0]?.message).toMatch(/expected policy version 1/);
  });

  it('rejects an invalid topic pattern, naming the rule and language', () => {
    const result = safeParsePolicy({ version: 1, topics: [{ id: 'x', patterns: { en: ['(unclosed'] } }] });
    expect(!result.ok && result.problems[0]?.path).toBe('topics.0.patterns.en.0');
  });

  it('rejects a review floor that leaves no room below the low-confidence threshold', () => {
    const result = safeParsePolicy({
      version: 1,
      triggers: { low_confidence: { threshold: 0.4 } },
      review: { enabled: true, floor: 0.6 },
    });
    expect(!result.ok && result.problems[0]?.path).toBe('review.floor');
  });

  it('rejects an unsupported language', () => {
    const result = safeParsePolicy({ version: 1, languages: ['en', 'xx'] });
    expect(!result.ok && result.problems[0]).toEqual({
      path: 'languages.1',
      message: 'expected a supported language: en, es, fr, de, pt, it',
    });
  });

  it('rejects duplicate topic rule ids', () => {
    const result = safeParsePolicy({ version: 1, topics: [{ id: 'a' }, { id: 'a' }] });
    expect(!result.ok && result.problems[0]).toEqual({ path: 'topics.1.id', message: 'duplicate topic rule id "a"' });
  });

  it('throws a SchemaError carrying each problem for tools', () => {
    try {
      parsePolicy({ version: 1, triggers: { sentiment: { window: 0 } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).problems).toEqual([
        { path: 'triggers.sentiment.window', message: 'expected a whole number of messages, at least 1' },
      ]);
    }
  });
});
