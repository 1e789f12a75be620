import type { PositionedNode } from './types';

/**
 * Gaps between a guided-path step's nodes, in map units: between columns (room for an arrow
 * and its label), between nodes stacked in one column, and between wrapped bands of columns.
 */
export const STEP_GAPS = { column: 72, row: 16, band: 24 } as const;

/** A step's nodes placed close together: top-left positions, and the size of the whole. */
export interface StepArrangement {
  positions: Record<string, { x: number; y: number }>;
  width: number;
  height: number;
}

/**
 * Places one step's nodes close together, in the reading order of the path's own map: nodes
 * that share a column there (a layer of the request's left-to-right flow) stay stacked in that
 * order, columns run left to right, and columns that would pass `maxWidth` wrap into a band
 * below, so a narrow map shows the same nodes as a column rather than a speck-sized row.
 *
 * @example arrangeStep(view.nodes.filter((n) => cast.has(n.id)), 900).positions['jupyterhub']
 */
export function arrangeStep(nodes: readonly PositionedNode[], maxWidth: number): StepArrangement {
  // Columns: nodes whose horizontal extents overlap, as the layered layout puts one layer.
  const columns: PositionedNode[][] = [];
  for (const node of [...nodes].sort((a, b) => a.x + a.width / 2 - (b.x + b.width / 2))) {
    const column = columns.at(-1);
    const overlaps = column?.some(
      (other) =>
        Math.min(node.x + node.width, other.x + other.width) - Math.max(node.x, other.x) >
        Math.min(node.width, other.width) / 2,
    );
    if (column && overlaps) column.push(node);
    else columns.push([node]);
  }
  const sized = columns.map((column) => {
    const stacked = [...column].sort((a, b) => a.y - b.y);
    return {
      nodes: stacked,
      width: Math.max(...stacked.map((n) => n.width)),
      height: stacked.reduce((sum, n) => sum + n.height, 0) + STEP_GAPS.row * (stacked.length - 1),
    };
  });
  // Bands: as many columns side by side as fit the width (always at least one).
  const bands: (typeof sized)[] = [];
  let used = 0;
  for (const column of sized) {
    const band = bands.at(-1);
    if (band && used + STEP_GAPS.column + column.width <= maxWidth) {
      band.push(column);
      used += STEP_GAPS.column + column.width;
    } else {
      bands.push([column]);
      used = column.width;
    }
  }
  const bandSizes = bands.map((band) => ({
    width: band.reduce((sum, c) => sum + c.width, 0) + STEP_GAPS.column * (band.length - 1),
    height: Math.max(...band.map((c) => c.height)),
  }));
  const width = Math.max(0, ...bandSizes.map((b) => b.width));
  const positions: StepArrangement['positions'] = {};
  let top = 0;
  bands.forEach((band, i) => {
    const size = bandSizes[i] ?? { width: 0, height: 0 };
    // Each band is centred under the widest; each column centred in its band's height.
    let left = (width - size.width) / 2;
    for (const column of band) {
      let y = top + (size.height - column.height) / 2;
      for (const node of column.nodes) {
        positions[node.id] = { x: left + (column.width - node.width) / 2, y };
        y += node.height + STEP_GAPS.row;
      }
      left += column.width + STEP_GAPS.column;
    }
    top += size.height + STEP_GAPS.band;
  });
  return { positions, width, height: Math.max(0, top - STEP_GAPS.band) };
}

/** The part of the map pane left for a step's nodes, in screen pixels from the pane's corner. */
export interface StepFrame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where the camera stands for one step, and where that step's nodes are drawn. */
export interface StepStage {
  zoom: number;
  /** The viewport's translation (React Flow's `x`, `y`). */
  x: number;
  y: number;
  positions: StepArrangement['positions'];
  /** Whether the whole step fits the frame at `zoom`; when not, its first band is shown and the rest is a pan away. */
  fits: boolean;
}

/**
 * Stages one step of a guided path: its nodes arranged to fit `frame`, at one zoom kept for the
 * whole path (the closest, from `maxZoom` down to `minZoom` in steps of 0.05, at which every
 * step fits), so the camera does not jump between steps and names never shrink below `minZoom`.
 * The arrangement is centred where the step's nodes sit on the path's map, so moving from one
 * step to the next still travels across that map.
 *
 * @example stageStep(view.nodes, casts[i], casts, frame, { minZoom: 0.85, maxZoom: 1 })
 */
export function stageStep(
  placed: readonly PositionedNode[],
  cast: readonly string[],
  everyCast: readonly (readonly string[])[],
  frame: StepFrame,
  { minZoom, maxZoom }: { minZoom: number; maxZoom: number },
): StepStage {
  const byId = new Map(placed.map((n) => [n.id, n]));
  const nodesOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const fitsAt = (ids: readonly string[], zoom: number) => {
    const a = arrangeStep(nodesOf(ids), frame.width / zoom);
    return a.width * zoom <= frame.width + 0.5 && a.height * zoom <= frame.height + 0.5;
  };
  let zoom = minZoom;
  for (let k = 0; maxZoom - k * 0.05 >= minZoom - 1e-9; k++) {
    const z = Math.round((maxZoom - k * 0.05) * 100) / 100;
    if (everyCast.every((ids) => fitsAt(ids, z))) {
      zoom = z;
      break;
    }
  }
  const nodes = nodesOf(cast);
  const arranged = arrangeStep(nodes, frame.width / zoom);
  // Centred on where these nodes sit on the path's map.
  const sum = nodes.reduce(
    (acc, n) => ({ x: acc.x + n.x + n.width / 2, y: acc.y + n.y + n.height / 2 }),
    { x: 0, y: 0 },
  );
  const count = Math.max(1, nodes.length);
  const origin = {
    x: Math.round(sum.x / count - arranged.width / 2),
    y: Math.round(sum.y / count - arranged.height / 2),
  };
  const positions: StepArrangement['positions'] = {};
  for (const [id, p] of Object.entries(arranged.positions))
    positions[id] = { x: origin.x + p.x, y: origin.y + p.y };
  const fits =
    arranged.width * zoom <= frame.width + 0.5 && arranged.height * zoom <= frame.height + 0.5;
  // The arrangement's centre at the frame's centre; one too tall for it starts at the frame's top.
  const screenLeft = frame.left + (frame.width - arranged.width * zoom) / 2;
  const screenTop = fits ? frame.top + (frame.height - arranged.height * zoom) / 2 : frame.top;
  return {
    zoom,
    x: screenLeft - origin.x * zoom,
    y: screenTop - origin.y * zoom,
    positions,
    fits,
  };
}
