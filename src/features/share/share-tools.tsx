import { useState } from 'react';
import { matchesAll } from '../../model/facets';
import { useAtlas } from '../../state/atlas-context';
import { useFacets, useSelectedView } from '../../state/url-state';
import { download } from '../../ui/download';

/** Copy a link to this screen; export the current view as PNG or SVG, or its visible subgraph as JSON. */
export function ShareTools() {
  const { index } = useAtlas();
  const [viewId] = useSelectedView();
  const { selection } = useFacets();
  const [status, setStatus] = useState('');
  const view = index.mapViews.find((v) => v.id === viewId) ?? index.mapViews[0];

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: copy the address bar instead');
    }
  };

  const exportImage = async (format: 'png' | 'svg') => {
    const element = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!element || !view) {
      setStatus('Open the map (not the outline) to export an image');
      return;
    }
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    try {
      // Loaded on demand: the library is only needed when someone exports.
      const { toPng, toSvg } = await import('html-to-image');
      const pad = 24;
      const width = view.width + pad * 2;
      const height = view.height + pad * 2;
      const options = {
        width,
        height,
        backgroundColor: getComputedStyle(document.body).backgroundColor,
        // Twice the pixels: a view exported as PNG prints as a poster.
        pixelRatio: 2,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${pad}px, ${pad}px) scale(1)`,
        },
      };
      const url = format === 'png' ? await toPng(element, options) : await toSvg(element, options);
      download(`jupyter-atlas-${view.id}.${format}`, url);
      setStatus(`Exported ${format.toUpperCase()}`);
    } catch {
      setStatus('The export failed; try again or take a screenshot');
    }
  };

  const exportJson = () => {
    if (!view) return;
    const shown = new Set(
      view.nodes
        .filter((p) => {
          const node = index.nodeById.get(p.id);
          return node !== undefined && matchesAll(index, node, selection);
        })
        .map((p) => p.id),
    );
    const data = {
      format: 'jupyter-atlas/1',
      view: view.id,
      filters: selection,
      nodes: index.atlas.nodes.filter((n) => shown.has(n.id)),
      relations: index.atlas.relations.filter((r) => shown.has(r.from) && shown.has(r.to)),
      positions: view.nodes.filter((p) => shown.has(p.id)),
    };
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    download(`jupyter-atlas-${view.id}.json`, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Exported ${shown.size} nodes as JSON`);
  };

  return (
    <div className="share-tools">
      <button type="button" className="button small" onClick={() => void copyLink()}>
        Copy link
      </button>
      <button type="button" className="button small" onClick={() => void exportImage('png')}>
        PNG
      </button>
      <button type="button" className="button small" onClick={() => void exportImage('svg')}>
        SVG
      </button>
      <button type="button" className="button small" onClick={exportJson}>
        JSON
      </button>
      <span role="status" className="share-status">
        {status}
      </span>
    </div>
  );
}
