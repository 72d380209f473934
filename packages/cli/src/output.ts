/** Streams whose reader went away (EPIPE: `baton replay --json f.jsonl | head -1`). */
const brokenPipes = new WeakSet<NodeJS.WritableStream>();
const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Turns a closed pipe on `stream` from a crash with a stack trace into a quiet stop: later writes
 * are dropped and `isBrokenPipe` tells long-running commands to stop. Any other write error (a full
 * disk, say) ends the process with a one-line message. Safe to call more than once.
 */
export function guardOutput(stream: NodeJS.WritableStream = process.stdout): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      brokenPipes.add(stream);
      return;
    }
    if (brokenPipes.has(stream)) return;
    brokenPipes.add(stream);
    if (stream !== process.stderr) process.stderr.write(`baton: cannot write output: ${error.message}\n`);
    process.exit(1);
  });
}

export function isBrokenPipe(stream: NodeJS.WritableStream = process.stdout): boolean {
  return brokenPipes.has(stream);
}

/** Wraps each write to the stream: a progress bar on the same terminal steps aside (see progress.ts). */
export type WriteAround = <T>(write: () => T) => T;

/**
 * Line output that respects backpressure, so a million lines neither block nor pile up in memory.
 * Lines are batched, but a batch never waits longer than the current turn of the event loop:
 * results already computed reach the reader even if a later input takes long or the process dies.
 */
export function createOutput(stream: NodeJS.WritableStream = process.stdout, around: WriteAround = (write) => write()) {
  guardOutput(stream);
  let buffer = '';
  let scheduled = false;
  let drained: Promise<void> | undefined;
  const write = () => {
    scheduled = false;
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (isBrokenPipe(stream)) return;
    if (!around(() => stream.write(chunk)) && !drained) {
      drained = new Promise<void>((resolve) => {
        // A pipe that breaks while full never drains: the error must release the writer too.
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          drained = undefined;
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    }
  };
  return {
    /** True once the reader has gone away; callers stop producing. */
    get closed() {
      return isBrokenPipe(stream);
    },
    /** Queues one line; returns a promise only when the caller must wait for the reader. */
    line(text: string): Promise<void> | undefined {
      if (isBrokenPipe(stream)) return undefined;
      buffer += text + '\n';
      if (buffer.length >= 1 << 16) write();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(write);
      }
      return drained;
    },
    async flush() {
      write();
      await drained;
    },
  };
}
