/**
 * "The first screen is up": the map framed, or a page without a map shown. What the first
 * screen does not need (the full atlas, the search index, the detail panel's code) waits for it
 * and then for an idle moment, so it never competes with drawing the map a person came for.
 */
let markUp: () => void = () => {};
const up = new Promise<void>((resolve) => {
  markUp = resolve;
});

/** Says the first screen is up (the map calls it once framed; pages without a map at once). */
export function markFirstScreenUp(): void {
  markUp();
}

/** If nothing says the first screen is up by then (a page that forgot), go on anyway. */
const FALLBACK_MS = 4000;

/**
 * Runs `task` once, in an idle moment after the first screen is up. Returns a function that
 * cancels it if it has not run.
 */
export function afterFirstScreen(task: () => void): () => void {
  let done = false;
  let cancelIdle = () => {};
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const whenIdle = () => {
    if (done) return;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: 2000 });
      cancelIdle = () => window.cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(run, 200);
      cancelIdle = () => window.clearTimeout(id);
    }
  };
  const fallback = window.setTimeout(whenIdle, FALLBACK_MS);
  void up.then(() => {
    window.clearTimeout(fallback);
    whenIdle();
  });
  return () => {
    done = true;
    window.clearTimeout(fallback);
    cancelIdle();
  };
}
