// @ts-check
// The stack floor (scripts/bench/stack-floor.mjs): the same boxes and relations as the floor
// page, drawn by the decided stack alone — React, React DOM and React Flow, no app around them —
// in the least work React Flow allows: the nodes in its store from the start, sizes and handle
// places given (nothing to measure before the edges), one fit in a layout effect before the first
// paint. What the atlas cannot beat without another stack.
import * as flow from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './style.css';
import { createElement as h, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
// @ts-expect-error -- the bench's virtual module (stack-floor.mjs): the pages' boxes and relations
import pages from 'virtual:stack-floor';

/**
 * @typedef {{ id: string, x: number, y: number, width: number, height: number, label: string,
 *   sub?: string, color?: string, group?: boolean, lines?: string[] }} Box
 * @typedef {{ boxes: Box[], relations: ([string, string] | [string, string, string])[] }} Page
 */
const page = /** @type {Page} */ (
  pages[new URLSearchParams(window.location.search).get('page') ?? 'view']
);

/** @param {{ id: string, data: Box }} props */
function BoxNode({ data }) {
  return data.group
    ? h(
        'div',
        { className: 'g', 'data-group-id': data.id },
        h(flow.Handle, { type: 'target', position: flow.Position.Left }),
        data.label,
        ...(data.lines ?? []).map((line) => h('small', { key: line }, line)),
        h(flow.Handle, { type: 'source', position: flow.Position.Right }),
      )
    : h(
        'div',
        { className: 'n', 'data-node-id': data.id, style: { borderColor: data.color } },
        h(flow.Handle, { type: 'target', position: flow.Position.Left }),
        data.label,
        h('small', null, data.sub),
        h(flow.Handle, { type: 'source', position: flow.Position.Right }),
      );
}
const NODE_TYPES = { box: BoxNode };

/** @type {flow.Node[]} */
const nodes = page.boxes.map((b) => ({
  id: b.id,
  type: 'box',
  position: { x: b.x, y: b.y },
  data: b,
  width: b.width,
  height: b.height,
  measured: { width: b.width, height: b.height },
  handles: [
    {
      type: 'target',
      position: flow.Position.Left,
      x: -3,
      y: b.height / 2 - 3,
      width: 6,
      height: 6,
    },
    {
      type: 'source',
      position: flow.Position.Right,
      x: b.width - 3,
      y: b.height / 2 - 3,
      width: 6,
      height: 6,
    },
  ],
  style: { width: b.width, height: b.height },
  zIndex: b.group ? -1 : 0,
}));
const edges = page.relations.map(([source, target, label], i) => ({
  id: `e${i}`,
  source,
  target,
  ...(label ? { label } : {}),
}));

function Map() {
  const camera = flow.useReactFlow();
  const measured = flow.useNodesInitialized();
  const [framed, setFramed] = useState(false);
  useLayoutEffect(() => {
    if (!measured || framed) return;
    void camera.fitView({ padding: 0.12 });
    setFramed(true);
  }, [measured, framed, camera]);
  return h(
    'main',
    { className: 'map-frame', 'data-framed': framed ? 'true' : undefined },
    h(flow.ReactFlow, {
      nodeTypes: NODE_TYPES,
      nodesDraggable: false,
      nodesConnectable: false,
      minZoom: 0.2,
      maxZoom: 2.5,
      proOptions: { hideAttribution: true },
    }),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the stack floor page has no #root');
createRoot(root).render(
  h(flow.ReactFlowProvider, { initialNodes: nodes, initialEdges: edges, children: h(Map) }),
);
