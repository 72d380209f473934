import { describe, expect, it } from 'vitest';
import { applyRedaction, tokenize, wordRange } from '../src/review/redaction.js';

const REPLY = 'Your premium plan includes a full refund within 30 days; I have started it for you.';
const words = (text: string) => tokenize(text).flatMap((token, index) => (token.kind === 'word' ? [[token.text, index] as const] : []));
const indexOf = (text: string, word: string) => words(text).find(([w]) => w === word)![1];

describe('redaction editor logic', () => {
  it('tokenizes without losing a character', () => {
    const text = '  two  spaces\nand a newline ';
    expect(tokenize(text).map((t) => t.text).join('')).toBe(text);
  });

  it('returns the text unchanged when nothing is removed', () => {
    expect(applyRedaction(tokenize(REPLY), new Set(), '[removed]')).toBe(REPLY);
  });

  it('replaces a removed word with the marker and a run of removed words with one marker', () => {
    const tokens = tokenize(REPLY);
    const run = wordRange(tokens, indexOf(REPLY, 'I'), indexOf(REPLY, 'you.'));
    const removed = new Set([indexOf(REPLY, 'premium'), ...run]);
    expect(applyRedaction(tokens, removed, '[removed]')).toBe('Your [removed] plan includes a full refund within 30 days; [removed]');
  });

  it('keeps separate markers for runs separated by a kept word', () => {
    const text = 'call 555 now or 666 later';
    const tokens = tokenize(text);
    expect(applyRedaction(tokens, new Set([indexOf(text, '555'), indexOf(text, '666')]), '[x]')).toBe('call [x] now or [x] later');
  });

  it('selects a range in either direction, words only', () => {
    const tokens = tokenize('a b c d');
    expect(wordRange(tokens, 6, 2)).toEqual([2, 4, 6]);
  });
});
