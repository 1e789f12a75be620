import { describe, expect, it } from 'vitest';
import {
  assignSlots,
  labelPoint,
  separateLabels,
  sides,
  sideCurve,
  slotPoint,
} from '../../../src/model/block-routing';
import type { Block } from '../../../src/model/types';

const block = (id: string, x: number, y: number, column: Block['column'] = 'main'): Block => ({
  id,
  label: id,
  count: 1,
  highlights: [],
  x,
  y,
  width: 240,
  height: 80,
  layer: 0,
  column,
  inner: { width: 0, height: 0 },
});

describe('sides', () => {
  const hub = block('hub', 300, 200);
  it.each([
    ['below', block('b', 300, 400), { from: 'b', to: 't' }],
    ['above', block('a', 300, 0), { from: 't', to: 'b' }],
    ['beside, right', block('r', 700, 200), { from: 'r', to: 'l' }],
    ['beside, left', block('l', 0, 200), { from: 'l', to: 'r' }],
    ['in the side column, even if lower', block('s', 900, 600, 'side'), { from: 'r', to: 'l' }],
  ] as const)('%s', (_, other, expected) => {
    expect(sides(hub, other)).toEqual(expected);
  });
});

describe('assignSlots', () => {
  it('spreads the arrows leaving one side in the order of their far ends', () => {
    const top = block('top', 300, 0);
    const left = block('left', 0, 300);
    const right = block('right', 600, 300);
    const blocks = new Map([top, left, right].map((b) => [b.id, b]));
    const ends = assignSlots(
      [
        { id: 'to-right', from: 'top', to: 'right' },
        { id: 'to-left', from: 'top', to: 'left' },
      ],
      blocks,
    );
    expect(ends.get('to-left')).toMatchObject({ fromSide: 'b', toSide: 't' });
    // The arrow to the left block takes the lower (more left) slot on the top block's bottom.
    expect(ends.get('to-left')!.sourceSlot).toBeLessThan(ends.get('to-right')!.sourceSlot);
    const a = slotPoint(top, 'b', ends.get('to-left')!.sourceSlot);
    expect(a.y).toBe(80);
    expect(a.x).toBeGreaterThan(300);
    expect(a.x).toBeLessThan(420);
  });
});

describe('labelPoint and sideCurve', () => {
  it('puts a label just outside the side its arrow leaves, and the curve leaves at a right angle', () => {
    expect(labelPoint({ x: 100, y: 80 }, 'b')).toEqual({ x: 100, y: 104 });
    expect(labelPoint({ x: 240, y: 40 }, 'r')).toEqual({ x: 304, y: 40 });
    expect(sideCurve({ x: 0, y: 0 }, 'b', { x: 0, y: 300 }, 't')).toBe('M0,0 C0,100 0,200 0,300');
  });
});

describe('separateLabels', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 60, height: 18 });
  it('leaves labels that do not meet where they are', () => {
    const out = separateLabels([box('a', 0, 0), box('b', 100, 0), box('c', 0, 40)]);
    expect([...out.values()]).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 40 },
    ]);
  });

  it('moves each label that meets one already placed until none overlap, the same way each time', () => {
    const input = [box('a', 0, 0), box('b', 10, 0), box('c', 20, 2), box('d', -5, 1)];
    const out = separateLabels(input);
    expect(separateLabels(input)).toEqual(out);
    expect(out.get('a')).toEqual({ x: 0, y: 0 });
    const placed = input.map((b) => ({ ...b, ...out.get(b.id)! }));
    for (const [i, p] of placed.entries())
      for (const q of placed.slice(i + 1))
        expect(
          Math.abs(p.x - q.x) >= p.width + 4 || Math.abs(p.y - q.y) >= p.height + 4,
          `${p.id} and ${q.id}`,
        ).toBe(true);
  });
});
