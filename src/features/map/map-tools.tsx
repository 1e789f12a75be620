import { Panel } from '@xyflow/react';
import type { Scene, ShownNodes } from '../../model/scene';
import type { View } from '../../model/types';
import { firstViewShowing } from '../../model/graph';
import { viewParam } from '../../model/views';
import { useAtlas } from '../../state/atlas-context';
import { useLinkProblems, useSelectedNode, useSelectedView } from '../../state/url-state';
import { FacetPanel } from './facet-panel';
import { Legend } from './legend';
import type { CompactLayout } from './use-compact-layout';
import { ViewSwitcher } from './view-switcher';

/**
 * The map's tools at its top left: the view menu, the filters, "Fit the selection", "Compact",
 * the notices (what a link asks for that the atlas lacks, what a big view leaves out, a
 * selection that lives in another view) and the legend. They come before the canvas in the
 * page, so Tab reaches them before the nodes (issue 21); a Panel needs only the provider.
 */
export function MapTools({
  view,
  scene,
  shown,
  tools,
  notice,
  selectedHere,
  onFitSelection,
  compact,
}: {
  view: View;
  scene: Scene;
  shown: ShownNodes;
  /** The view menu and the filters; off on a guided path. */
  tools: boolean;
  notice: string | undefined;
  /** The selected node is in this view. */
  selectedHere: boolean;
  onFitSelection: () => void;
  compact: CompactLayout;
}) {
  const { index } = useAtlas();
  const [selected] = useSelectedNode();
  const [, selectView] = useSelectedView();
  const linkIssues = useLinkProblems(index);
  const visible = shown.visible.size;
  // A node selected from a link or the panel may live only in another view: offer to go there.
  const elsewhere =
    selected !== null && index.nodeById.has(selected) && !selectedHere
      ? firstViewShowing(index, selected)
      : undefined;
  return (
    <Panel position="top-left" className="map-tools">
      {tools ? <ViewSwitcher current={view.id} /> : null}
      {tools ? <FacetPanel nodes={shown.cards} shown={visible} /> : null}
      {selectedHere ? (
        <button type="button" className="button small" onClick={onFitSelection}>
          Fit the selection
        </button>
      ) : null}
      {compact.positions ? (
        <button type="button" className="button small" onClick={compact.restore}>
          Restore the full layout
        </button>
      ) : visible > 0 && visible < shown.cards.length ? (
        <button
          type="button"
          className="button small"
          onClick={compact.run}
          disabled={compact.compacting}
        >
          Compact the {visible} shown
        </button>
      ) : null}
      {compact.compacting ? (
        <p className="map-notice" role="status">
          <span className="spinner" aria-hidden="true" /> Laying out {visible} nodes…
        </p>
      ) : null}
      {notice ? (
        <p className="map-notice" role="status">
          {notice}
        </p>
      ) : null}
      {linkIssues.length > 0 ? (
        <p className="map-notice" role="status">
          This link asks for what the atlas does not have: {linkIssues.join('; ')}. The rest is
          shown.
        </p>
      ) : null}
      {scene.selectionOnly ? (
        <p className="map-notice" role="status">
          {scene.drawing === 'groups'
            ? `${view.nodes.length} components: zoom in to see them. `
            : ''}
          Relations show for the selected component.
        </p>
      ) : null}
      {elsewhere && selected ? (
        <p className="map-notice" role="status">
          {index.nodeById.get(selected)?.name} is not in this view.{' '}
          <button
            type="button"
            className="button small"
            onClick={() => selectView(viewParam(index.viewList, elsewhere.id))}
          >
            Show it in {elsewhere.title}
          </button>
        </p>
      ) : null}
      <Legend />
    </Panel>
  );
}
