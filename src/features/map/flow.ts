/**
 * The scene (model/scene.ts) as React Flow nodes and edges: the one place where the map's flow
 * objects are built.
 */
import { MarkerType, Position, type Edge, type NodeHandle, type NodeTypes } from '@xyflow/react';
import type { AtlasIndex } from '../../model/graph';
import type { EdgeState, Scene } from '../../model/scene';
import { DASH } from './draw';
import { GroupNode, type GroupFlowNode } from './group-node';
import { KindNode, type KindFlowNode } from './kind-node';

// Defined once at module scope: a new object each render would remount every node.
export const NODE_TYPES: NodeTypes = { kind: KindNode, kindGroup: GroupNode };

/**
 * Keeps the object built for an id while its key and inputs are the same, so memoised children
 * that receive it skip rendering.
 */
export class ReuseByKey<T> {
  private readonly entries = new Map<string, { key: string; inputs: unknown[]; value: T }>();
  get(id: string, key: string, inputs: unknown[], build: () => T): T {
    const entry = this.entries.get(id);
    if (
      entry &&
      entry.key === key &&
      entry.inputs.length === inputs.length &&
      entry.inputs.every((v, i) => v === inputs[i])
    )
      return entry.value;
    const value = build();
    this.entries.set(id, { key, inputs, value });
    return value;
  }
}

/** React Flow's handles are 6 px squares centred on the node's border (its stylesheet). */
const HANDLE = 6;

/**
 * Where a node's handles are: a square centred on `at` (relative to the node). Given to React
 * Flow with the node, its edges draw in the first render, with no measuring of the handles' DOM
 * and no second render for them (issue #19); the places are those React Flow measured.
 */
export function handleAt(
  type: 'source' | 'target',
  position: Position,
  at: { x: number; y: number },
  id?: string,
): NodeHandle {
  return {
    ...(id === undefined ? {} : { id }),
    type,
    position,
    x: at.x - HANDLE / 2,
    y: at.y - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  };
}

/** A map node's two handles: relations come in on its left and leave on its right. */
export const sideHandles = (width: number, height: number): NodeHandle[] => [
  handleAt('target', Position.Left, { x: 0, y: height / 2 }),
  handleAt('source', Position.Right, { x: width, y: height / 2 }),
];

/** The flow objects a map keeps between renders, one per node, group box and relation. */
export interface FlowCache {
  nodes: ReuseByKey<KindFlowNode>;
  groups: ReuseByKey<GroupFlowNode>;
  edges: ReuseByKey<Edge>;
}

export function flowCache(): FlowCache {
  return { nodes: new ReuseByKey(), groups: new ReuseByKey(), edges: new ReuseByKey() };
}

/** What the map's nodes and boxes do when used. */
export interface FlowHandlers {
  onSelect: (id: string) => void;
  onFocusNode: (id: string) => void;
  onToggleGroup: (groupId: string) => void;
}

/**
 * The flow nodes for what the scene draws, in its order (React Flow renders them, and Tab
 * reaches them, in array order). Each object is reused while its look is unchanged: React Flow
 * then re-renders only the nodes whose emphasis, visibility or place changed (a click restyles a
 * handful of nodes, not thousands).
 */
export function flowNodes(
  scene: Scene,
  cache: FlowCache,
  { onSelect, onFocusNode, onToggleGroup }: FlowHandlers,
): (KindFlowNode | GroupFlowNode)[] {
  return scene.drawn.map((item) => {
    if (item.type === 'group') {
      const { group, kind, collapsed, count } = item;
      return cache.groups.get(
        group.id,
        `${collapsed} ${count}`,
        [group, kind, onToggleGroup],
        (): GroupFlowNode => ({
          id: `group:${group.id}`,
          type: 'kindGroup',
          position: { x: group.x, y: group.y },
          width: group.width,
          height: group.height,
          measured: { width: group.width, height: group.height },
          style: { width: group.width, height: group.height },
          zIndex: -1,
          selectable: false,
          data: { group, kind, collapsed, shown: count, onToggle: onToggleGroup },
        }),
      );
    }
    const { node, kind, placed, emphasis, hidden, position } = item;
    return cache.nodes.get(
      node.id,
      `${emphasis} ${hidden} ${position.x} ${position.y}`,
      [node, kind, placed, onSelect, onFocusNode],
      (): KindFlowNode => ({
        id: node.id,
        type: 'kind',
        hidden,
        position,
        width: placed.width,
        // Sizes come from the build; saying so lets React Flow count the nodes as measured.
        measured: { width: placed.width, height: placed.height },
        height: placed.height,
        handles: sideHandles(placed.width, placed.height),
        // React Flow turns pointer events off on nodes it need not drag or select; ours are buttons.
        style: { width: placed.width, height: placed.height, pointerEvents: 'all' },
        data: { node, kind, emphasis, onSelect, onFocusNode },
      }),
    );
  });
}

const EDGE_CLASS: Record<EdgeState, string> = {
  path: ' is-path',
  highlighted: ' is-highlighted',
  dimmed: ' is-dimmed',
  normal: '',
};

/** The flow edges for the relations the scene draws, each reused while its look is unchanged. */
export function flowEdges(scene: Scene, cache: FlowCache, index: AtlasIndex): Edge[] {
  return scene.edges.map(({ id, relation: r, type, state, labelled, animated, order }) =>
    cache.edges.get(id, `${state} ${order}`, [r, type], () => ({
      id,
      source: r.from,
      target: r.to,
      label: labelled ? type?.label : undefined,
      className: `relation relation-${r.type}${EDGE_CLASS[state]}`,
      animated,
      style: {
        strokeDasharray: DASH[type?.style ?? 'solid'],
        // A step's relations light up one after another, in the order the path gives.
        ...(order >= 0 ? { animationDelay: `${order * 0.5}s` } : {}),
      },
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      ariaLabel: `${index.nodeById.get(r.from)?.name} ${type?.label} ${index.nodeById.get(r.to)?.name}`,
    })),
  );
}
