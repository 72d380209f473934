/** Buffered stdout that respects backpressure, so a million lines neither block nor pile up in memory. */
export function createOutput(stream: NodeJS.WritableStream = process.stdout) {
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  return {
    async line(text: string) {
      buffer += text + '\n';
      if (buffer.length >= 1 << 16) await flush();
    },
    flush,
  };
}
