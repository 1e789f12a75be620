/**
 * The one module that reaches elkjs at build time. Layouts are cached on disk by a hash of
 * their input, so a rebuild with unchanged data runs no layout at all.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ELK as Elk, ElkNode } from 'elkjs/lib/elk-api';
import { FLOW_LAYOUT_OPTIONS } from '../model/layout-options.ts';
import { moduleSource, packageVersion } from './cache.ts';
import type { AtlasNode, PositionedGroup, PositionedNode, Relation } from '../model/types.ts';

/** Bump to drop every cached layout (the key already holds the code, options and elkjs version). */
const LAYOUT_VERSION = 7;

const LAYOUT_OPTIONS: Record<string, string> = { ...FLOW_LAYOUT_OPTIONS };

export const NODE_HEIGHT = 64;

/**
 * The width a group's header needs for its label whole at every zoom: zoomed far out the label
 * grows to bold 2rem (about 19.5px a character); then its count and the Collapse button, with
 * padding.
 */
export function groupHeaderWidth(label: string, count: number): number {
  return Math.ceil(label.length * 21 + String(count).length * 12 + 170);
}

/** elkjs takes a quarter of a second to load: it is imported only when a layout is not cached. */
async function newElk(): Promise<Elk> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK();
}

/**
 * Wide enough for the name in bold 15px (about 9.6px a character in the fonts Debian's Chromium
 * falls back to) plus the kind badge and padding; capped so one long name cannot stretch a column.
 */
export function nodeWidth(node: Pick<AtlasNode, 'name'>): number {
  return Math.max(180, Math.min(340, Math.ceil(node.name.length * 9.6 + 96)));
}

export interface LayoutResult {
  nodes: PositionedNode[];
  /** Group boxes, when the input was grouped. */
  groups?: PositionedGroup[];
  width: number;
  height: number;
  cacheHit: boolean;
}

export interface LayoutInput {
  nodes: Pick<AtlasNode, 'id' | 'name'>[];
  relations: Pick<Relation, 'id' | 'from' | 'to'>[];
  /** Lay nodes out in boxes, one per group id (e.g. the node's kind), in this order. */
  groups?: { id: string; label: string; nodeIds: string[] }[];
}

// Inside a group, nodes are packed into a compact block; then the blocks are packed. Two
// simple passes instead of ELK's hierarchical mode, which stacks large groups into one very
// tall column.
// https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-rectpacking.html
const GROUP_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'rectpacking',
  'elk.spacing.nodeNode': '18',
  'elk.padding': '[top=48,left=18,bottom=18,right=18]',
  'elk.aspectRatio': '1.6',
};
// The boxes themselves are packed in the vocabulary's order (hub side first, infrastructure
// last) into a block about as wide as a screen is; the relations between them are drawn anyway.
const GROUPS_ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'rectpacking',
  'elk.spacing.nodeNode': '48',
  'elk.aspectRatio': '1.7',
};

function graphOf(input: LayoutInput): ElkNode {
  return {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: input.nodes.map((n) => ({ id: n.id, width: nodeWidth(n), height: NODE_HEIGHT })),
    edges: input.relations.map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] })),
  };
}

let tooling: unknown;

/**
 * What a layout depends on besides its graph: elkjs's version, every option this module passes
 * it (the flat layout's are in the graph; the grouped layout's are here) and the text of the
 * modules that build its input and read its output.
 */
export function layoutTooling(): unknown {
  tooling ??= {
    v: LAYOUT_VERSION,
    elkjs: packageVersion('elkjs'),
    options: { flat: LAYOUT_OPTIONS, group: GROUP_OPTIONS, groupsRoot: GROUPS_ROOT_OPTIONS },
    code: ['./layout.ts', '../model/layout-options.ts'].map((m) =>
      moduleSource(new URL(m, import.meta.url)),
    ),
  };
  return tooling;
}

export function layoutKey(input: LayoutInput): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        tooling: layoutTooling(),
        graph: graphOf(input),
        groups: input.groups ?? null,
      }),
    )
    .digest('hex')
    .slice(0, 32);
}

/** Lays out a graph, or reads the layout from `cacheDir` when the same input was laid out before. */
export async function layoutGraph(input: LayoutInput, cacheDir: string): Promise<LayoutResult> {
  const key = layoutKey(input);
  const cacheFile = join(cacheDir, `layout-${key}.json`);
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as Omit<LayoutResult, 'cacheHit'>;
    return { ...cached, cacheHit: true };
  } catch {
    // Not cached yet (or unreadable): lay out below.
  }
  const result = input.groups ? await layoutGrouped(input, input.groups) : await layoutFlat(input);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cacheFile, JSON.stringify(result));
  return { ...result, cacheHit: false };
}

const round = (n: number | undefined) => Math.round(n ?? 0);

async function layoutFlat(input: LayoutInput): Promise<Omit<LayoutResult, 'cacheHit'>> {
  const laid = await (await newElk()).layout(graphOf(input));
  const nodes = (laid.children ?? []).map((c) => ({
    id: c.id,
    x: round(c.x),
    y: round(c.y),
    width: c.width ?? 0,
    height: c.height ?? 0,
  }));
  return { nodes, width: round(laid.width), height: round(laid.height) };
}

async function layoutGrouped(
  input: LayoutInput,
  groups: NonNullable<LayoutInput['groups']>,
): Promise<Omit<LayoutResult, 'cacheHit'>> {
  const elk = await newElk();
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  // Pass 1: pack each group's nodes into a box.
  const boxes = await Promise.all(
    groups.map(async (g) => {
      const members = g.nodeIds.flatMap((id) => byId.get(id) ?? []);
      const graph: ElkNode = {
        id: g.id,
        layoutOptions: GROUP_OPTIONS,
        children: members.map((n) => ({ id: n.id, width: nodeWidth(n), height: NODE_HEIGHT })),
      };
      const laid: ElkNode = await elk.layout(graph);
      // A box is at least as wide as its header, so its label is never cut.
      laid.width = Math.max(laid.width ?? 0, groupHeaderWidth(g.label, g.nodeIds.length));
      return { group: g, laid };
    }),
  );
  // Pass 2: pack the boxes.
  const rootGraph: ElkNode = {
    id: 'root',
    layoutOptions: GROUPS_ROOT_OPTIONS,
    children: boxes.map(({ group, laid }) => ({
      id: group.id,
      width: laid.width ?? 0,
      height: laid.height ?? 0,
    })),
  };
  const root: ElkNode = await elk.layout(rootGraph);
  const placed = new Map((root.children ?? []).map((c) => [c.id, c]));
  const nodes: PositionedNode[] = [];
  const positionedGroups: PositionedGroup[] = [];
  for (const { group, laid } of boxes) {
    const box = placed.get(group.id);
    const gx = round(box?.x);
    const gy = round(box?.y);
    positionedGroups.push({
      id: group.id,
      label: group.label,
      x: gx,
      y: gy,
      width: round(laid.width),
      height: round(laid.height),
      nodeIds: group.nodeIds,
    });
    for (const c of laid.children ?? [])
      nodes.push({
        id: c.id,
        x: gx + round(c.x),
        y: gy + round(c.y),
        width: c.width ?? 0,
        height: c.height ?? 0,
      });
  }
  return { nodes, groups: positionedGroups, width: round(root.width), height: round(root.height) };
}
