/**
 * The lines a terminal shows for a transcript: a carriage return goes back to the start of the
 * line, ESC [ K erases the rest of it. Enough of a terminal for a progress bar and the lines
 * written around it.
 */
export function screen(transcript: string): string[] {
  return transcript.split('\n').map((raw) => {
    let cells: string[] = [];
    let column = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === '\r') column = 0;
      else if (raw.startsWith('\x1b[K', i)) {
        cells = cells.slice(0, column);
        i += 2;
      } else cells[column++] = raw[i]!;
    }
    return cells.join('');
  });
}
