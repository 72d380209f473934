/** A one-line progress bar on stderr, drawn only when stderr is a terminal and at most ten times a second. */
export function createProgress(total: number | null, read: () => number) {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let count = 0;
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
    process.stderr.write(`\r${bar}${count.toLocaleString('en')} conversations, ${rate.toLocaleString('en')}/s `);
  };
  return {
    tick() {
      count++;
      if ((count & 1023) === 0) draw();
    },
    done() {
      draw(true);
      if (tty) process.stderr.write('\n');
    },
  };
}
