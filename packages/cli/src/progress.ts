/**
 * A one-line progress bar on `stream` (stderr), drawn only when it is a terminal and at most ten
 * times a second. Messages go through `message()`, which clears the bar first so each message
 * starts on its own line, then redraws it.
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
    stream.write(`\r${bar}${count.toLocaleString('en')} conversations, ${rate.toLocaleString('en')}/s `);
    visible = true;
  };
  return {
    tick() {
      count++;
      if ((count & 1023) === 0) draw();
    },
    /** Writes one line (an error about a bad input line, say) without mixing it into the bar. */
    message(text: string) {
      // Carriage return, then erase to the end of the line: the message replaces the bar.
      stream.write(`${visible ? '\r\x1b[K' : ''}${text}\n`);
      if (visible) draw(true);
    },
    done() {
      draw(true);
      if (tty) stream.write('\n');
    },
  };
}
