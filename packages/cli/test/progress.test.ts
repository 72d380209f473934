import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from '../src/progress.js';
import { screen as shown } from './screen.js';

/** A stand-in for stderr: records what is written, says whether it is a terminal. */
function terminal(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, screen: () => written.join('') };
}

describe('progress bar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('on a terminal, a message replaces the bar on its own line, then the bar comes back', () => {
    const { stream, screen } = terminal(true);
    const progress = createProgress(1_000, () => 500, stream);
    for (let i = 0; i < 1024; i++) progress.tick();
    expect(screen()).toMatch(/^\r\[#+\.+\]  50% 1,024 conversations/);
    const before = screen().length;

    progress.message('baton replay: line 7: not valid JSON');
    const after = screen().slice(before);
    // Carriage return and erase-line first: the message never continues the bar's line.
    expect(after.startsWith('\r\x1b[K' + 'baton replay: line 7: not valid JSON\n')).toBe(true);
    expect(after).toMatch(/\n\r\[#+\.+\]  50% 1,024 conversations/);
  });

  it('steps aside for output to another stream on the same terminal, and not once it is done', () => {
    const { stream, screen } = terminal(true);
    const progress = createProgress(1_000, () => 500, stream);
    // Standard output on the same terminal: its writes land on the same screen.
    const writeDecision = () => stream.write('{"id":"c1"}\n');

    progress.around(writeDecision);
    expect(screen()).toBe('{"id":"c1"}\n');
    for (let i = 0; i < 1024; i++) progress.tick();
    const before = screen().length;
    expect(progress.around(writeDecision)).toBe(true);
    expect(screen().slice(before)).toMatch(/^\r\x1b\[K\{"id":"c1"\}\n\r\[#+\.+\]  50% 1,024 conversations, [\d,]+\/s \x1b\[K$/);

    progress.done();
    const finished = screen().length;
    progress.around(writeDecision);
    expect(screen().slice(finished)).toBe('{"id":"c1"}\n');
  });

  it('before the bar is drawn, and off a terminal, a message is written as it is', () => {
    const tty = terminal(true);
    createProgress(10, () => 0, tty.stream).message('first');
    expect(tty.screen()).toBe('first\n');

    const pipe = terminal(false);
    const progress = createProgress(10, () => 0, pipe.stream);
    for (let i = 0; i < 2048; i++) progress.tick();
    progress.message('an error');
    progress.done();
    expect(pipe.screen()).toBe('an error\n');
  });

  it('a shorter redraw leaves nothing of the longer one behind', () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const { stream, screen } = terminal(true);
    const progress = createProgress(null, () => 0, stream);
    vi.setSystemTime(100);
    for (let i = 0; i < 1024; i++) progress.tick();
    expect(shown(screen())).toEqual(['1,024 conversations, 10,240/s ']);
    // The rate falls to four digits: the line gets shorter and must not keep the old tail.
    vi.setSystemTime(1_000);
    for (let i = 0; i < 1024; i++) progress.tick();
    expect(shown(screen())).toEqual(['2,048 conversations, 2,048/s ']);
    progress.done();
    expect(shown(screen())).toEqual(['2,048 conversations, 2,048/s ', '']);
  });
});
