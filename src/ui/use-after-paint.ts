import { useEffect, useState } from 'react';

/**
 * False until `ready` has been true through one painted frame, then true for good. For what a
 * screen can show a frame later without anyone missing it (the map's overview and dot grid):
 * rendered after the frame that shows the rest, it is not work that delays that frame.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    let timer = 0;
    // A frame's callbacks run before it paints; a task queued from one runs after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setAfter(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}
