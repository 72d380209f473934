/** One piece of a held reply in the redaction editor: a word (removable) or the space between words. */
export interface ReplyToken {
  kind: 'word' | 'space';
  text: string;
}

/** Splits a reply into words and the whitespace between them; joining the texts gives the reply back. */
export function tokenize(text: string): ReplyToken[] {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => ({ kind: /^\s+$/.test(part) ? 'space' : 'word', text: part }));
}

/** Word indices from `from` to `to` (either order), for shift-click range selection. */
export function wordRange(tokens: readonly ReplyToken[], from: number, to: number): number[] {
  const [start, end] = from <= to ? [from, to] : [to, from];
  const range: number[] = [];
  for (let i = start; i <= end; i++) if (tokens[i]?.kind === 'word') range.push(i);
  return range;
}

/**
 * The reply as the customer will receive it: each run of removed words (with the spaces inside
 * the run) becomes one marker; everything else is kept byte for byte.
 */
export function applyRedaction(tokens: readonly ReplyToken[], removed: ReadonlySet<number>, marker: string): string {
  let out = '';
  let pendingSpace = '';
  let inRemovedRun = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'space') {
      pendingSpace += token.text;
      return;
    }
    if (removed.has(index)) {
      if (!inRemovedRun) out += pendingSpace + marker;
      inRemovedRun = true;
    } else {
      out += pendingSpace + token.text;
      inRemovedRun = false;
    }
    pendingSpace = '';
  });
  return out + pendingSpace;
}
