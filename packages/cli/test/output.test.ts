import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createOutput } from '../src/output.js';

describe('line output', () => {
  it('hands lines to the stream by the next turn of the event loop, without an explicit flush', async () => {
    const stream = new PassThrough();
    let received = '';
    stream.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const out = createOutput(stream);
    void out.line('{"id":"c1"}');
    void out.line('{"id":"c2"}');
    await nextTurn();
    await nextTurn();
    expect(received).toBe('{"id":"c1"}\n{"id":"c2"}\n');
  });

  it('makes each write through `around`, so a progress bar on the same terminal can step aside', async () => {
    const stream = new PassThrough();
    let received = '';
    stream.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const out = createOutput(stream, (write) => {
      stream.write('<bar cleared>');
      const accepted = write();
      stream.write('<bar drawn>');
      return accepted;
    });
    void out.line('{"id":"c1"}');
    await out.flush();
    await nextTurn();
    expect(received).toBe('<bar cleared>{"id":"c1"}\n<bar drawn>');
  });

  it('makes the writer wait while the reader is behind, and releases it when the pipe breaks', async () => {
    const stream = new PassThrough({ highWaterMark: 16 });
    const out = createOutput(stream);
    let waiting: Promise<void> | undefined;
    for (let i = 0; i < 5_000 && !waiting; i++) waiting = out.line('x'.repeat(100));
    expect(waiting).toBeInstanceOf(Promise);
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await waiting;
    expect(out.closed).toBe(true);
    expect(out.line('more')).toBeUndefined();
    await out.flush();
  });
});
