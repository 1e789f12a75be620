/**
 * The one module that reaches elkjs at build time. Layouts are cached on disk by a hash of
 * their input, so a rebuild with unchanged data runs no layout at all.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { AtlasNode, PositionedNode, Relation } from '../model/types.ts';

/** Bump when the layout code changes in a way the input hash cannot see. */
const LAYOUT_VERSION = 2;

// Layered (Sugiyama) suits a request flowing left to right; see
// https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html
const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '36',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.crossingMinimization.semiInteractive': 'false',
  'elk.edgeRouting': 'SPLINES',
};

export const NODE_HEIGHT = 64;

/**
 * Wide enough for the name in bold 15px (about 9.6px a character in the fonts Debian's Chromium
 * falls back to) plus the kind badge and padding; capped so one long name cannot stretch a column.
 */
export function nodeWidth(node: Pick<AtlasNode, 'name'>): number {
  return Math.max(180, Math.min(340, Math.ceil(node.name.length * 9.6 + 96)));
}

export interface LayoutResult {
  nodes: PositionedNode[];
  width: number;
  height: number;
  cacheHit: boolean;
}

export interface LayoutInput {
  nodes: Pick<AtlasNode, 'id' | 'name'>[];
  relations: Pick<Relation, 'id' | 'from' | 'to'>[];
}

function graphOf(input: LayoutInput): ElkNode {
  return {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: input.nodes.map((n) => ({ id: n.id, width: nodeWidth(n), height: NODE_HEIGHT })),
    edges: input.relations.map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] })),
  };
}

export function layoutKey(input: LayoutInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: LAYOUT_VERSION, graph: graphOf(input) }))
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
  const elk = new ELK();
  const laid = await elk.layout(graphOf(input));
  const nodes = (laid.children ?? []).map((c) => ({
    id: c.id,
    x: Math.round(c.x ?? 0),
    y: Math.round(c.y ?? 0),
    width: c.width ?? 0,
    height: c.height ?? 0,
  }));
  const result = {
    nodes,
    width: Math.round(laid.width ?? 0),
    height: Math.round(laid.height ?? 0),
  };
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cacheFile, JSON.stringify(result));
  return { ...result, cacheHit: false };
}
