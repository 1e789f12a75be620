import { useCallback, useMemo, useState } from 'react';
import type { AtlasIndex } from '../../model/graph';
import type { Positions } from '../../model/scene';
import type { View } from '../../model/types';
import type { CompactReply, CompactRequest } from './compact-worker';

let worker: Worker | undefined;
/** The layout worker, started on first use: elkjs is not loaded until someone compacts. */
function compactWorker(): Worker {
  worker ??= new Worker(new URL('./compact-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export interface CompactLayout {
  /** The visible nodes' new places, while the visible set is the one that was compacted. */
  positions: Positions | null;
  /** The worker is laying them out. */
  compacting: boolean;
  /** "Compact the N shown": re-lay the visible nodes and the relations among them. */
  run: () => void;
  /** "Restore the full layout". */
  restore: () => void;
}

/**
 * "Compact": re-lays just the visible nodes of a view in a worker, off the main thread; the
 * positions revert by themselves when the visible set changes.
 */
export function useCompactLayout(
  index: AtlasIndex,
  view: View,
  visible: ReadonlySet<string>,
): CompactLayout {
  const subsetKey = useMemo(() => [...visible].sort().join(','), [visible]);
  const [compact, setCompact] = useState<{ key: string; positions: Positions } | null>(null);
  const [compacting, setCompacting] = useState(false);
  const run = useCallback(() => {
    const shown = view.nodes.filter((n) => visible.has(n.id));
    const edges = index.atlas.relations
      .filter((r) => visible.has(r.from) && visible.has(r.to))
      .map((r) => ({ id: r.id, from: r.from, to: r.to }));
    setCompacting(true);
    const worker = compactWorker();
    worker.onmessage = (event: MessageEvent<CompactReply>) => {
      setCompacting(false);
      if (event.data.type === 'done')
        setCompact({ key: subsetKey, positions: event.data.positions });
    };
    worker.postMessage({ nodes: shown, edges } satisfies CompactRequest);
  }, [index, view, visible, subsetKey]);
  const restore = useCallback(() => setCompact(null), []);
  return {
    positions: compact?.key === subsetKey ? compact.positions : null,
    compacting,
    run,
    restore,
  };
}
