import { useEffect, useMemo, useRef } from 'react';
import { matchesAll } from '../../model/facets';
import { relationsOf } from '../../model/graph';
import { useAtlas, useLoadedFullAtlas } from '../../state/atlas-context';
import { NodeAnchor } from '../../state/node-anchor';
import type { View } from '../../model/types';
import { useFacets, useSelectedNode } from '../../state/url-state';
import { useCurrentDrawing } from '../../state/view-drawings';

/** In the big picture: what this block's members do to the other blocks, counted. */
function BlockLinks({ view, kindId }: { view: View; kindId: string }) {
  const links = (view.links ?? []).filter((l) => l.from === kindId);
  if (links.length === 0) return null;
  return (
    <ul className="outline-block-links" aria-label={`What ${kindId} connects to`}>
      {links.map((l) => (
        <li key={l.id}>{l.sentence}</li>
      ))}
    </ul>
  );
}

/**
 * The current view as nested lists: kinds → nodes → relations, every one a link that selects
 * the node, so the whole map works with a keyboard or a screen reader. Follows the same view,
 * filters and selection as the canvas.
 */
export function Outline() {
  const { index } = useAtlas();
  const summaries = useLoadedFullAtlas()?.index.nodeById;
  const [selected] = useSelectedNode();
  const { selection } = useFacets();
  const { view, summary, problem } = useCurrentDrawing();
  const selectedRef = useRef<HTMLLIElement>(null);

  const groups = useMemo(() => {
    if (!view) return [];
    const shown = view.nodes
      .flatMap((p) => index.nodeById.get(p.id) ?? [])
      .filter((n) => matchesAll(index, n, selection));
    return index.atlas.kinds
      .map((kind) => ({
        kind,
        nodes: shown.filter((n) => n.kind === kind.id).sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .filter((g) => g.nodes.length > 0);
  }, [index, view, selection]);

  useEffect(() => {
    // Optional call: not every environment (jsdom) implements scrollIntoView.
    selectedRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  if (!summary) return <p role="alert">The atlas has no views.</p>;
  if (!view)
    return problem ? (
      <p role="alert">
        Could not load the view “{summary.title}”: {problem}.
      </p>
    ) : (
      <p role="status">{`Loading ${summary.title}…`}</p>
    );
  const total = groups.reduce((n, g) => n + g.nodes.length, 0);
  return (
    <div className="outline">
      <h2 id="outline-title">
        Outline: {view.title} <span className="muted">({total} components)</span>
      </h2>
      <p className="muted">
        {view.description} Each name opens its details; each relation links to the other end.
      </p>
      {groups.map(({ kind, nodes }) => (
        <details key={kind.id} open className="outline-group">
          <summary>
            <h3>
              {kind.plural} <span className="muted">({nodes.length})</span>
            </h3>
          </summary>
          {view.links ? <BlockLinks view={view} kindId={kind.id} /> : null}
          <ul>
            {nodes.map((node) => {
              const isSelected = node.id === selected;
              const readings = relationsOf(index, node.id);
              return (
                <li
                  key={node.id}
                  ref={isSelected ? selectedRef : undefined}
                  className={isSelected ? 'is-selected' : undefined}
                >
                  <NodeAnchor id={node.id} current={isSelected} className="outline-node-link">
                    {node.name}
                  </NodeAnchor>
                  {summaries ? (
                    <span className="muted"> — {summaries.get(node.id)?.summary}</span>
                  ) : null}
                  {readings.length > 0 ? (
                    <ul className="outline-relations" aria-label={`Relations of ${node.name}`}>
                      {readings.map((r) => (
                        <li key={`${r.direction}-${r.relation.id}`}>
                          {r.label} <NodeAnchor id={r.other.id}>{r.other.name}</NodeAnchor>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}
