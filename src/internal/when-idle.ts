/** Runs `run` when the browser is idle (Safari has no requestIdleCallback); returns a cancel function. */
export function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in globalThis) {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(run, 50);
  return () => {
    clearTimeout(timer);
  };
}
