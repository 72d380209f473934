import { describe, expect, it } from 'vitest';
import { HANDOFF_STATUSES } from '@baton/protocol';
import { DESK_LOCALES } from '../src/locales/index.js';

describe('desk locales', () => {
  it('label every handoff status in every language (no raw codes in the transcript)', () => {
    for (const [language, strings] of Object.entries(DESK_LOCALES)) {
      for (const status of HANDOFF_STATUSES) {
        const label = strings.handoffStatuses[status];
        expect(label, `${language} ${status}`).toBeTruthy();
        expect(label, `${language} ${status}`).not.toBe(status);
      }
    }
  });
});
