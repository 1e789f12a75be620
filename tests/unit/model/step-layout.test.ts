import { describe, expect, it } from 'vitest';
import { arrangeStep, stageStep, STEP_GAPS } from '../../../src/model/step-layout';

const box = (id: string, x: number, y: number, width = 200, height = 64) => ({
  id,
  x,
  y,
  width,
  height,
});
// Three layers of a left-to-right flow, far apart on the path's map; the middle one holds two.
const flow = [box('a', 0, 0), box('b', 900, 0), box('c', 900, 300), box('d', 1900, 150)];

describe('arrangeStep', () => {
  it.each([
    // Wide: the three columns side by side, the shared layer stacked in its order.
    [2000, { a: [0, 40], b: [272, 0], c: [272, 80], d: [544, 40] }, 744, 144],
    // Narrow: one column per band, top to bottom in the flow's order.
    [300, { a: [0, 0], b: [0, 88], c: [0, 168], d: [0, 256] }, 200, 320],
  ])('at most %i wide', (maxWidth, expected, width, height) => {
    const arranged = arrangeStep(flow, maxWidth);
    expect(
      Object.fromEntries(Object.entries(arranged.positions).map(([id, p]) => [id, [p.x, p.y]])),
    ).toEqual(expected);
    expect([arranged.width, arranged.height]).toEqual([width, height]);
    expect(STEP_GAPS.column).toBe(72);
  });
});

describe('stageStep', () => {
  const frame = { left: 16, top: 60, width: 800, height: 600 };
  it('keeps one zoom for every step of a path: the closest at which all of them fit', () => {
    const casts = [
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
    ];
    const zooms = casts.map(
      (cast) => stageStep(flow, cast, casts, frame, { minZoom: 0.85, maxZoom: 1 }).zoom,
    );
    expect(zooms).toEqual([1, 1]);
    const narrow = { ...frame, width: 300, height: 280 };
    const small = casts.map(
      (cast) => stageStep(flow, cast, casts, narrow, { minZoom: 0.85, maxZoom: 1 }).zoom,
    );
    expect(small).toEqual([0.85, 0.85]);
  });

  it('puts the staged nodes inside the frame, never below the minimum zoom', () => {
    const stage = stageStep(flow, ['a', 'b', 'c', 'd'], [['a', 'b', 'c', 'd']], frame, {
      minZoom: 0.85,
      maxZoom: 1,
    });
    expect(stage.fits).toBe(true);
    for (const n of flow) {
      const p = stage.positions[n.id]!;
      const left = stage.x + p.x * stage.zoom;
      const top = stage.y + p.y * stage.zoom;
      expect(left).toBeGreaterThanOrEqual(frame.left);
      expect(top).toBeGreaterThanOrEqual(frame.top);
      expect(left + n.width * stage.zoom).toBeLessThanOrEqual(frame.left + frame.width);
      expect(top + n.height * stage.zoom).toBeLessThanOrEqual(frame.top + frame.height);
    }
    const tiny = stageStep(
      flow,
      ['a', 'b', 'c', 'd'],
      [['a', 'b', 'c', 'd']],
      { ...frame, height: 100 },
      {
        minZoom: 0.85,
        maxZoom: 1,
      },
    );
    expect(tiny.zoom).toBe(0.85);
    expect(tiny.fits).toBe(false);
  });
});
