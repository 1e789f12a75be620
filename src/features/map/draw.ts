/** Dash patterns of the relation line styles, shared by the canvases and the legend. */
export const DASH: Record<string, string | undefined> = {
  solid: undefined,
  dashed: '7 5',
  dotted: '2 4',
};

/** Whether the reader asked for less motion: camera moves then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
