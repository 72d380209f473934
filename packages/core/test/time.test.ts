import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../src/time.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseTime', () => {
  it('agrees with Date.parse on message timestamps, valid or not', () => {
    const stamp = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.integer({ min: 0, max: 999 })),
      )
      .map(([y, mo, d, h, mi, s, ms]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}Z`);
    fc.assert(fc.property(stamp, (iso) => Object.is(parseTime(iso), Date.parse(iso))), { numRuns: 20_000 });
  });

  it('leaves other forms to Date.parse', () => {
    for (const iso of ['2026-03-01T10:00:00+02:00', '2026-03-01', '2026-03-01T10:00Z', '2026-03-01T10:00:00.5Z', '2026-03-0xT10:00:00Z', 'yesterday', '']) {
      expect(Object.is(parseTime(iso), Date.parse(iso)), iso).toBe(true);
    }
  });
});
