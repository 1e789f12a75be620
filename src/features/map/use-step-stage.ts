/**
 * A guided path's stage: the step's nodes gathered where the tools leave room, gliding from one
 * step to the next. Only the path pages stage their map, so this is their code, passed to the
 * map as `useStage` (src/app/path-walk-page.tsx), not part of the map's first screen.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Positions, Spotlight } from '../../model/scene';
import { stageStep, type StepFrame, type StepStage } from '../../model/step-layout';
import type { View } from '../../model/types';
import { prefersReducedMotion } from './draw';
import { GLIDE_MS, READABLE_ZOOM } from './use-camera';

/** A guided path's camera never goes closer than this: a few nodes at 15 px read well. */
const STEP_MAX_ZOOM = 1;

/**
 * The part of a guided path's map left for the step's nodes, in pixels from the pane's corner:
 * below the tools at the top left (the legend), left of the zoom controls, with a margin all round.
 */
function stepFrame(frame: HTMLElement): StepFrame | null {
  const pane = frame.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane || pane.width === 0 || pane.height === 0) return null;
  const margin = 16;
  const tools = frame.querySelector('.map-tools')?.getBoundingClientRect();
  const controls = frame.querySelector('.react-flow__controls')?.getBoundingClientRect();
  const top = tools && tools.height > 0 ? Math.max(margin, tools.bottom - pane.top + 12) : margin;
  const right =
    controls && controls.width > 0 ? Math.max(margin, pane.right - controls.left + 12) : margin;
  return {
    left: margin,
    top,
    width: Math.max(1, pane.width - margin - right),
    height: Math.max(1, pane.height - top - margin),
  };
}

/**
 * Positions that glide to each new target over GLIDE_MS (at once for readers who prefer less
 * motion), so a node that stays on stage from one step to the next moves rather than jumps,
 * and its relations move with it. A node new to the stage starts at its target.
 */
function useGlide(target: Positions | null): Positions | null {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  useEffect(() => {
    const from = shownRef.current;
    if (!target || !from || prefersReducedMotion()) {
      shownRef.current = target;
      setShown(target);
      return;
    }
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      const eased = 1 - (1 - t) ** 3;
      const next: Record<string, { x: number; y: number }> = {};
      for (const [id, to] of Object.entries(target)) {
        const at = from[id] ?? to;
        next[id] = { x: at.x + (to.x - at.x) * eased, y: at.y + (to.y - at.y) * eased };
      }
      shownRef.current = next;
      setShown(next);
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return shown;
}

/**
 * A guided path's step: its nodes gathered to fit the part of the pane the tools leave, at a
 * readable zoom kept for the whole path (see stageStep); the path's other nodes wait off stage.
 * `glide` is where the staged nodes are drawn now, on their way to the step's places.
 */
export function useStepStage(
  spotlight: Spotlight | undefined,
  view: View,
  frameRef: RefObject<HTMLDivElement | null>,
): { stage: StepStage | null; glide: Positions | null } {
  const spotlit = spotlight !== undefined;
  const [stepArea, setStepArea] = useState<StepFrame | null>(null);
  useLayoutEffect(() => {
    const element = frameRef.current;
    if (!spotlit || !element) return;
    const measure = () =>
      setStepArea((old) => {
        const next = stepFrame(element);
        const same =
          next &&
          old &&
          (['left', 'top', 'width', 'height'] as const).every(
            (k) => Math.abs(next[k] - old[k]) < 1,
          );
        return same ? old : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [spotlit, frameRef]);
  // Keyed by their contents: a path page builds a new spotlight object on every render.
  const castKey = spotlight ? spotlight.cast.join(',') : '';
  const castsKey = spotlight ? spotlight.casts.map((c) => c.join(',')).join('|') : '';
  const stage = useMemo(
    () =>
      stepArea && castKey !== ''
        ? stageStep(
            view.nodes,
            castKey.split(','),
            castsKey.split('|').map((c) => c.split(',')),
            stepArea,
            { minZoom: READABLE_ZOOM, maxZoom: STEP_MAX_ZOOM },
          )
        : null,
    [view, castKey, castsKey, stepArea],
  );
  const glide = useGlide(stage?.positions ?? null);
  return { stage, glide };
}
