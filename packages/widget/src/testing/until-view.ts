import type { Handoff, HandoffView } from '../sdk/index.js';

/** Resolves with the first view that passes `predicate` (the current one included), for Node and browser tests. */
export function untilView(handoff: Handoff, predicate: (view: HandoffView) => boolean, what = 'a view', timeoutMs = 5_000): Promise<HandoffView> {
  if (predicate(handoff.getView())) return Promise.resolve(handoff.getView());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${what}; last view: ${JSON.stringify(handoff.getView())}`));
    }, timeoutMs);
    const stop = handoff.subscribe((view) => {
      if (!predicate(view)) return;
      clearTimeout(timer);
      stop();
      resolve(view);
    });
  });
}
