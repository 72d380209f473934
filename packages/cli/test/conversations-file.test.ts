import { describe, expect, it } from 'vitest';
import { MAX_IDS_REMEMBERED, MAX_REPEATS_REPORTED, readConversations, type LineSource } from '../src/conversations-file.js';

/** A line source over conversations with the given ids, in one batch. */
function conversationsWithIds(ids: string[]): LineSource {
  const lines = ids.map((id) => JSON.stringify({ id, messages: [] }));
  return {
    batches: (async function* () {
      yield lines;
    })(),
    size: null,
    bytesRead: () => 0,
  };
}

async function warningsFor(ids: string[]): Promise<string[]> {
  const warnings: string[] = [];
  await readConversations(conversationsWithIds(ids), 'test.jsonl', {
    onConversation: () => {},
    onBadLine: (lineNumber, message) => {
      throw new Error(`line ${lineNumber} is bad: ${message}`);
    },
    onWarning: (lineNumber, message) => warnings.push(`line ${lineNumber}: ${message}`),
  });
  return warnings;
}

describe('repeated conversation ids', () => {
  it('remembers a bounded number of ids, so memory stays flat however long the file', async () => {
    const distinct = Array.from({ length: MAX_IDS_REMEMBERED + 1 }, (_, i) => `c${i}`);
    const last = distinct.at(-1)!;
    // The first id was remembered; the one past the bound was not, so its repeat goes unnoticed.
    expect(await warningsFor([...distinct, 'c0', last])).toEqual([
      `line ${MAX_IDS_REMEMBERED + 2}: conversation id "c0" is also on line 1; both are replayed`,
    ]);
  });

  it('remembers a long id by its digest, and shows only its start', async () => {
    const long = `conversation-${'x'.repeat(200)}`;
    const warnings = await warningsFor([long, `${long}y`, long]);
    expect(warnings).toEqual([`line 3: conversation id "${long.slice(0, 80)}…" is also on line 1; both are replayed`]);
  });

  it(`reports the first ${MAX_REPEATS_REPORTED} repeats one by one, then stops saying so`, async () => {
    const ids = Array.from({ length: MAX_REPEATS_REPORTED + 50 }, (_, i) => `c${i}`);
    const warnings = await warningsFor([...ids, ...ids]);
    expect(warnings).toHaveLength(MAX_REPEATS_REPORTED);
    expect(warnings.at(-1)).toBe(
      `line ${ids.length + MAX_REPEATS_REPORTED}: conversation id "c${MAX_REPEATS_REPORTED - 1}" is also on line ${MAX_REPEATS_REPORTED}; both are replayed (further repeated ids are not reported)`,
    );
  });
});
