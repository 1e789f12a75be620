/** Dash patterns of the relation line styles: the canvases, the legend and the SVG renderer. */
export const DASH: Record<string, string | undefined> = {
  solid: undefined,
  dashed: '7 5',
  dotted: '2 4',
};
