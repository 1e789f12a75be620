/**
 * Re-lays the visible subset of a view off the main thread. elkjs reaches the browser only
 * here, in a worker that is loaded the first time someone presses "Compact".
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { FLOW_LAYOUT_OPTIONS } from '../../model/layout-options';

export interface CompactRequest {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; from: string; to: string }[];
}

export type CompactReply =
  | { type: 'done'; positions: Record<string, { x: number; y: number }> }
  | { type: 'error'; message: string };

const elk = new ELK();

self.onmessage = async (event: MessageEvent<CompactRequest>) => {
  const { nodes, edges } = event.data;
  try {
    const laid = await elk.layout({
      id: 'compact',
      layoutOptions: { ...FLOW_LAYOUT_OPTIONS },
      children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
      edges: edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
    });
    const positions = Object.fromEntries(
      (laid.children ?? []).map((c) => [
        c.id,
        { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) },
      ]),
    );
    self.postMessage({ type: 'done', positions } satisfies CompactReply);
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error) } satisfies CompactReply);
  }
};
