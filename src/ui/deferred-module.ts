import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * A chunk of code loaded on demand into React state, for what the first screen may or may not
 * need (the big picture's canvas, the detail panel). Not React.lazy: a Suspense boundary, once
 * its fallback shows, holds it for at least 300 ms (React's reveal throttle), which on the first
 * screen costs more than the chunk itself. `load()` starts it early (beside the app, at idle);
 * `useModule(wanted)` returns it once here, and a load that fails goes to the nearest error
 * boundary. What arrives renders in one task, its effects and what they set included (React
 * Flow hands its nodes to the store in an effect): the big picture's canvas was otherwise
 * painted once empty, and came ≈ 20 ms later (docs/performance.md).
 */
export function deferredModule<M>(importer: () => Promise<M>): {
  load: () => Promise<M>;
  useModule: (wanted: boolean) => M | undefined;
} {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const load = () =>
    (pending ??= importer().then(
      (m) => (loaded = m),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function useModule(wanted: boolean): M | undefined {
    const [module, setModule] = useState(loaded);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      if (!wanted || module) return undefined;
      let live = true;
      load().then(
        (m) => {
          if (live) flushSync(() => setModule(() => m));
        },
        (e: unknown) => live && setError(e),
      );
      return () => {
        live = false;
      };
    }, [wanted, module]);
    if (error) throw error;
    return module;
  }
  return { load, useModule };
}
