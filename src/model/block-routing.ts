/**
 * Where the big picture's arrows meet their blocks and where their labels sit: one rule for the
 * app's canvas (which turns the slots into React Flow handles) and for the SVG renderer (which
 * draws the same curves and labels itself), so a poster looks like the screen.
 */
import type { Block } from './types';

export type Side = 't' | 'b' | 'l' | 'r';

/** Places per side of a block, so the arrows leaving one side start apart. */
export const SLOTS = 6;

/** Where slot i sits along a side, as a fraction of the side's length. */
export const slotFraction = (i: number) => (i + 0.5) / SLOTS;

/** Which sides of two blocks an arrow joins: below → top, above → bottom, beside → facing sides. */
export function sides(a: Block, b: Block): { from: Side; to: Side } {
  if (b.column === 'side' && a.column !== 'side') return { from: 'r', to: 'l' };
  if (a.column === 'side' && b.column !== 'side') return { from: 'l', to: 'r' };
  if (b.y >= a.y + a.height) return { from: 'b', to: 't' };
  if (b.y + b.height <= a.y) return { from: 't', to: 'b' };
  return b.x > a.x ? { from: 'r', to: 'l' } : { from: 'l', to: 'r' };
}

export interface LinkEnds {
  fromSide: Side;
  toSide: Side;
  sourceSlot: number;
  targetSlot: number;
}

/**
 * The sides and slots of every arrow: on each side of a block the arrows take the slots in the
 * order of where their other end lies, so they leave apart and do not cross at the block.
 */
export function assignSlots(
  links: readonly { id: string; from: string; to: string }[],
  blockById: ReadonlyMap<string, Block>,
): Map<string, LinkEnds> {
  const ends = new Map<string, { link: string; role: 's' | 't'; other: Block }[]>();
  const side = new Map<string, { from: Side; to: Side }>();
  for (const l of links) {
    const a = blockById.get(l.from);
    const b = blockById.get(l.to);
    if (!a || !b) continue;
    const s = sides(a, b);
    side.set(l.id, s);
    const add = (block: Block, role: 's' | 't', at: Side, other: Block) => {
      const key = `${block.id}:${at}`;
      ends.set(key, [...(ends.get(key) ?? []), { link: l.id, role, other }]);
    };
    add(a, 's', s.from, b);
    add(b, 't', s.to, a);
  }
  const slotOf = new Map<string, number>();
  for (const [key, list] of ends) {
    const at = key.slice(key.lastIndexOf(':') + 1);
    const horizontal = at === 't' || at === 'b';
    const centre = (b: Block) => (horizontal ? b.x + b.width / 2 : b.y + b.height / 2);
    list.sort((p, q) => centre(p.other) - centre(q.other));
    const n = list.length;
    list.forEach((end, i) => {
      // Spread the n arrows over the slots, centred on the side.
      const slot = n >= SLOTS ? Math.min(SLOTS - 1, i) : Math.round(((i + 0.5) / n) * SLOTS - 0.5);
      slotOf.set(`${end.link}:${end.role}`, slot);
    });
  }
  const out = new Map<string, LinkEnds>();
  for (const [id, s] of side)
    out.set(id, {
      fromSide: s.from,
      toSide: s.to,
      sourceSlot: slotOf.get(`${id}:s`) ?? 0,
      targetSlot: slotOf.get(`${id}:t`) ?? 0,
    });
  return out;
}

/** The point of slot `slot` on side `side` of a block. */
export function slotPoint(block: Block, side: Side, slot: number): { x: number; y: number } {
  const f = slotFraction(slot);
  switch (side) {
    case 't':
      return { x: block.x + block.width * f, y: block.y };
    case 'b':
      return { x: block.x + block.width * f, y: block.y + block.height };
    case 'l':
      return { x: block.x, y: block.y + block.height * f };
    case 'r':
      return { x: block.x + block.width, y: block.y + block.height * f };
  }
}

const OUTWARD: Record<Side, { x: number; y: number }> = {
  t: { x: 0, y: -1 },
  b: { x: 0, y: 1 },
  l: { x: -1, y: 0 },
  r: { x: 1, y: 0 },
};

/**
 * A curve from one side to another, leaving and entering at right angles to the sides (the
 * shape of React Flow's bezier edges), as an SVG path.
 */
export function sideCurve(
  from: { x: number; y: number },
  fromSide: Side,
  to: { x: number; y: number },
  toSide: Side,
  format: (v: number) => string = String,
): string {
  const reach = Math.max(30, Math.hypot(to.x - from.x, to.y - from.y) / 3);
  const c1 = { x: from.x + OUTWARD[fromSide].x * reach, y: from.y + OUTWARD[fromSide].y * reach };
  const c2 = { x: to.x + OUTWARD[toSide].x * reach, y: to.y + OUTWARD[toSide].y * reach };
  const p = (q: { x: number; y: number }) => `${format(q.x)},${format(q.y)}`;
  return `M${p(from)} C${p(c1)} ${p(c2)} ${p(to)}`;
}

/** How far out from its block an arrow's label sits (the gap between rows is wider than this). */
export const LABEL_OUT = { along: 24, beside: 64 };

/** Where an arrow's label sits: just outside the side it leaves from, in the gap between rows. */
export function labelPoint(
  start: { x: number; y: number },
  fromSide: Side,
): { x: number; y: number } {
  return {
    x: start.x + (fromSide === 'r' ? LABEL_OUT.beside : fromSide === 'l' ? -LABEL_OUT.beside : 0),
    y: start.y + (fromSide === 'b' ? LABEL_OUT.along : fromSide === 't' ? -LABEL_OUT.along : 0),
  };
}

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The sideways shifts a label tries, nearest first: 0, +12, −12, +24, … ±96 px. */
const SHIFTS = [
  0,
  ...Array.from({ length: 16 }, (_, i) => Math.ceil((i + 1) / 2) * 12 * (i % 2 === 0 ? 1 : -1)),
];
/** Then the rows it tries: its own, then one label's height below, then above. */
const ROWS = [0, 1, -1];

/**
 * Moves labels apart so that none overlaps another: each label, in order, takes the first place
 * clear of every label already placed, trying sideways shifts along its row first, then the
 * rows just below and above. Deterministic, so a diagram always puts its labels in the same
 * places. Boxes are centred on (x, y).
 */
export function separateLabels(
  boxes: readonly LabelBox[],
  gap = 4,
): Map<string, { x: number; y: number }> {
  const placed: LabelBox[] = [];
  const out = new Map<string, { x: number; y: number }>();
  const clear = (a: LabelBox) =>
    !placed.some(
      (b) =>
        Math.abs(a.x - b.x) * 2 < a.width + b.width + gap * 2 &&
        Math.abs(a.y - b.y) * 2 < a.height + b.height + gap * 2,
    );
  for (const box of boxes) {
    const candidates = ROWS.flatMap((row) =>
      SHIFTS.map((dx) => ({ ...box, x: box.x + dx, y: box.y + row * (box.height + gap) })),
    );
    const at = candidates.find(clear) ?? box;
    placed.push(at);
    out.set(box.id, { x: at.x, y: at.y });
  }
  return out;
}

/** The size a link's label is drawn at: 11–12 px text in a box 18 px high (an estimate). */
export function labelSize(label: string): { width: number; height: number } {
  return { width: label.length * 6.4 + 10, height: 18 };
}

export interface LabelPlace {
  /** Where the label would sit: just outside the side its arrow leaves. */
  natural: { x: number; y: number };
  /** Where it sits, moved aside where it would meet another. */
  at: { x: number; y: number };
  width: number;
  height: number;
}

/** Every shown link's label place, for the app's canvas and the SVG renderer alike. */
export function placeLabels(
  links: readonly { id: string; from: string; label: string }[],
  blockById: ReadonlyMap<string, Block>,
  ends: ReadonlyMap<string, LinkEnds>,
): Map<string, LabelPlace> {
  const boxes = links.flatMap((link) => {
    const a = blockById.get(link.from);
    const e = ends.get(link.id);
    if (!a || !e) return [];
    const natural = labelPoint(slotPoint(a, e.fromSide, e.sourceSlot), e.fromSide);
    return [{ id: link.id, ...natural, ...labelSize(link.label) }];
  });
  const moved = separateLabels(boxes);
  return new Map(
    boxes.map((b) => [
      b.id,
      {
        natural: { x: b.x, y: b.y },
        at: moved.get(b.id) ?? { x: b.x, y: b.y },
        width: b.width,
        height: b.height,
      },
    ]),
  );
}
