import { fstatSync } from 'node:fs';

/**
 * A one-line progress bar on `stream` (stderr), drawn only when it is a terminal and at most ten
 * times a second. Messages go through `message()`, which clears the bar first so each message
 * starts on its own line, then redraws it; output to another stream on the same terminal goes
 * through `around()` for the same reason.
 */
export function createProgress(total: number | null, read: () => number, stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let last = 0;
  let count = 0;
  let visible = false;
  const started = Date.now();
  const draw = (force = false) => {
    if (!tty) return;
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const rate = Math.round(count / Math.max(0.001, (now - started) / 1000));
    const width = 30;
    const fraction = total ? Math.min(1, read() / total) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${(fraction * 100).toFixed(0).padStart(3)}% ` : '';
    // Erase to the end of the line after drawing: a shorter line (the rate falling from 10,000/s to
    // 9,990/s) would otherwise leave the tail of the longer one on screen.
    stream.write(`\r${bar}${count.toLocaleString('en')} conversations, ${rate.toLocaleString('en')}/s \x1b[K`);
    visible = true;
  };
  /**
   * Runs `write`, which writes whole lines to this stream or another one shown on the same terminal
   * (stdout), with the bar cleared first and redrawn after: otherwise the first line would continue
   * the bar's line, which ends without a newline.
   */
  const around = <T>(write: () => T): T => {
    if (!visible) return write();
    // Carriage return, then erase to the end of the line: what follows replaces the bar.
    stream.write('\r\x1b[K');
    const result = write();
    draw(true);
    return result;
  };
  return {
    tick() {
      count++;
      if ((count & 1023) === 0) draw();
    },
    /** Writes one line (an error about a bad input line, say) without mixing it into the bar. */
    message(text: string) {
      around(() => stream.write(`${text}\n`));
    },
    around,
    done() {
      draw(true);
      if (tty) stream.write('\n');
      visible = false;
    },
  };
}

/** Whether two streams show on one terminal: stdout and stderr of a command run in a shell, neither redirected. */
export function sameTerminal(a: { isTTY?: boolean; fd: number }, b: { isTTY?: boolean; fd: number }): boolean {
  if (!a.isTTY || !b.isTTY) return false;
  try {
    return fstatSync(a.fd).rdev === fstatSync(b.fd).rdev;
  } catch {
    return false;
  }
}
