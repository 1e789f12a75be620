/**
 * The big picture: one block per kind, stacked in the layers the kinds vocabulary gives (people
 * at the top, infrastructure at the bottom, distributions and the community in a side column),
 * and one arrow per (block, relation type, block) that counts what it bundles. The blocks are
 * placed here, by a small stitched layout (rows are the layers, so no general graph layout is
 * needed); each block's members get their own elk layout for when the block is opened.
 */
import { relationId } from '../model/shell.ts';
import type {
  AtlasNode,
  Block,
  BlockLink,
  Kind,
  PositionedNode,
  Relation,
  RelationType,
} from '../model/types.ts';
import { layoutGraph } from './layout.ts';

/** Sizes in layout units: a block's label is drawn at 28px, so it reads at 12px from zoom 0.43. */
export const BLOCK = {
  height: 118,
  minWidth: 250,
  /** Pixels per character of the label in bold 26px. */
  labelChar: 16.7,
  gapX: 130,
  gapY: 64,
  sideGap: 150,
} as const;

export interface BlockOptions {
  /** Arrows bundling fewer distinct members than this are drawn only inside an open block. */
  minCount: number;
  /** Relation types drawn at any count: the request path. */
  always: string[];
}

/**
 * The verb of a relation label for a plural subject: "starts" → "start", "is started by" →
 * "are started by", "sends requests to" → "send requests to".
 * @example pluralVerb('plugs into') // 'plug into'
 */
export function pluralVerb(label: string): string {
  const [first = '', ...rest] = label.split(' ');
  const irregular: Record<string, string> = { is: 'are', has: 'have', does: 'do', goes: 'go' };
  let verb = irregular[first] ?? first;
  if (!irregular[first]) {
    if (/(ss|sh|ch|x|z|o)es$/.test(first)) verb = first.slice(0, -2);
    else if (/[^aeiou]ies$/.test(first)) verb = `${first.slice(0, -3)}y`;
    else if (/[^s]s$/.test(first)) verb = first.slice(0, -1);
  }
  return [verb, ...rest].join(' ');
}

/** `count` members of a kind, in words: "1 spawner", "20 spawners". */
function counted(count: number, kind: Kind): string {
  return `${count} ${(count === 1 ? kind.label : kind.plural).toLowerCase()}`;
}

export interface BlocksLayout {
  blocks: Block[];
  links: BlockLink[];
  /** Every member, placed inside its own block's layout (drawn when the block is open). */
  nodes: PositionedNode[];
  /** Relations between members of the same block (drawn inside an open block). */
  inner: string[];
  width: number;
  height: number;
  layoutsRun: number;
  layoutsCached: number;
}

export async function layoutBlocks(
  input: {
    nodes: AtlasNode[];
    relations: Relation[];
    kinds: Kind[];
    relationTypes: RelationType[];
  },
  options: BlockOptions,
  cacheDir: string,
): Promise<BlocksLayout> {
  const kindOf = new Map(input.nodes.map((n) => [n.id, n.kind]));
  const kinds = input.kinds.filter((k) => input.nodes.some((n) => n.kind === k.id));
  // How connected each member is, to pick the names a block shows.
  const degree = new Map<string, number>();
  for (const r of input.relations)
    for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const members = (kind: string) =>
    input.nodes
      .filter((n) => n.kind === kind)
      .sort(
        (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name),
      );

  // Each block's members on their own (cached like every layout).
  let layoutsRun = 0;
  let layoutsCached = 0;
  const nodes: PositionedNode[] = [];
  const innerSize = new Map<string, { width: number; height: number }>();
  const inner: string[] = [];
  for (const kind of kinds) {
    const list = members(kind.id);
    const ids = new Set(list.map((n) => n.id));
    const relations = input.relations.filter((r) => ids.has(r.from) && ids.has(r.to));
    inner.push(...relations.map((r) => r.id));
    const laid = await layoutGraph({ nodes: list, relations }, cacheDir);
    if (laid.cacheHit) layoutsCached++;
    else layoutsRun++;
    nodes.push(...laid.nodes);
    innerSize.set(kind.id, { width: laid.width, height: laid.height });
  }

  // Rows: the main column by layer, blocks in vocabulary order; the side column stacked.
  const width = (kind: Kind) =>
    Math.max(BLOCK.minWidth, Math.ceil(kind.plural.length * BLOCK.labelChar + 130));
  const main = kinds.filter((k) => (k.column ?? 'main') === 'main');
  const side = kinds.filter((k) => k.column === 'side');
  const layers = [...new Set(main.map((k) => k.layer ?? 0))].sort((a, b) => a - b);
  const rowWidth = (row: Kind[]) =>
    row.reduce((sum, k) => sum + width(k), 0) + BLOCK.gapX * Math.max(0, row.length - 1);
  const slot = (k: Kind) => k.slot ?? input.kinds.indexOf(k);
  const rows = layers.map((layer) =>
    main.filter((k) => (k.layer ?? 0) === layer).sort((a, b) => slot(a) - slot(b)),
  );
  const mainWidth = Math.max(0, ...rows.map(rowWidth));
  const blocks: Block[] = [];
  const place = (
    kind: Kind,
    x: number,
    y: number,
    w: number,
    layer: number,
    column: Block['column'],
  ) => {
    const list = members(kind.id);
    blocks.push({
      id: kind.id,
      label: kind.plural,
      count: list.length,
      highlights: list.slice(0, 3).map((n) => n.id),
      x: Math.round(x),
      y: Math.round(y),
      width: w,
      height: BLOCK.height,
      layer,
      column,
      inner: innerSize.get(kind.id) ?? { width: 0, height: 0 },
    });
  };
  rows.forEach((row, r) => {
    let x = (mainWidth - rowWidth(row)) / 2;
    const y = r * (BLOCK.height + BLOCK.gapY);
    for (const kind of row) {
      place(kind, x, y, width(kind), kind.layer ?? 0, 'main');
      x += width(kind) + BLOCK.gapX;
    }
  });
  // The side column starts one row down, leaving the top right to the map's controls.
  const sideWidth = Math.max(0, ...side.map(width));
  const mainHeight = rows.length * (BLOCK.height + BLOCK.gapY) - BLOCK.gapY;
  const top = BLOCK.height + BLOCK.gapY;
  const step = Math.max(
    BLOCK.height + 24,
    (mainHeight - top - BLOCK.height) / Math.max(1, side.length - 1),
  );
  side.forEach((kind, i) =>
    place(kind, mainWidth + BLOCK.sideGap, top + i * step, sideWidth, kind.layer ?? 0, 'side'),
  );

  // Arrows: one per (from kind, type, to kind), between different kinds.
  const kindById = new Map(kinds.map((k) => [k.id, k]));
  const typeById = new Map(input.relationTypes.map((t) => [t.id, t]));
  const bundles = new Map<
    string,
    { from: string; to: string; type: string; relations: Relation[] }
  >();
  for (const r of input.relations) {
    const from = kindOf.get(r.from);
    const to = kindOf.get(r.to);
    if (!from || !to || from === to) continue;
    const id = relationId(from, r.type, to);
    const bundle = bundles.get(id) ?? { from, to, type: r.type, relations: [] };
    bundle.relations.push(r);
    bundles.set(id, bundle);
  }
  const links: BlockLink[] = [...bundles].map(([id, b]) => {
    const count = new Set(b.relations.map((r) => r.from)).size;
    const fromKind = kindById.get(b.from) as Kind;
    const toKind = kindById.get(b.to) as Kind;
    const label = typeById.get(b.type)?.label ?? b.type;
    const verb = count === 1 ? label : pluralVerb(label);
    return {
      id,
      from: b.from,
      to: b.to,
      type: b.type,
      count,
      label: `${count} ${verb}`,
      sentence: `${counted(count, fromKind)} ${verb} ${toKind.plural.toLowerCase()}`,
      shown: count >= options.minCount || options.always.includes(b.type),
    };
  });
  links.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const right = Math.max(...blocks.map((b) => b.x + b.width));
  const bottom = Math.max(...blocks.map((b) => b.y + b.height));
  return { blocks, links, nodes, inner, width: right, height: bottom, layoutsRun, layoutsCached };
}
