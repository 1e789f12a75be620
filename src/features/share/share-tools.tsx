import { useRef, useState, type KeyboardEvent } from 'react';
import { matchesAll } from '../../model/facets';
import type { RenderOptions } from '../../model/render-svg';
import type { TextFormat } from '../../model/text-diagrams';
import { useAtlas } from '../../state/atlas-context';
import { withBase } from '../../state/routes';
import { drawnTheme } from '../../state/theme';
import {
  useCollapsedGroups,
  useCurrentView,
  useFacets,
  useSelectedNode,
} from '../../state/url-state';
import { download } from '../../ui/download';

const TEXT_NAMES: Record<TextFormat, string> = {
  mermaid: 'Mermaid',
  dot: 'Graphviz DOT',
  d2: 'D2',
};
const TEXT_EXTENSIONS: Record<TextFormat, string> = { mermaid: 'mmd', dot: 'dot', d2: 'd2' };

/**
 * Copy a link to this screen; export the current view as drawn (filters, selection, theme) as
 * PNG or SVG from the atlas's own renderer, as Mermaid, DOT or D2 text, or its visible subgraph
 * as JSON.
 */
export function ShareTools() {
  const { index } = useAtlas();
  const { selection } = useFacets();
  const [selected] = useSelectedNode();
  const [collapsed] = useCollapsedGroups();
  const menu = useRef<HTMLDetailsElement>(null);
  const closeMenu = (refocus: boolean) => {
    if (!menu.current) return;
    menu.current.open = false;
    if (refocus) menu.current.querySelector('summary')?.focus();
  };
  /** Escape closes the export menu and returns to its button. */
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menu.current?.open) {
      event.preventDefault();
      closeMenu(true);
    }
  };
  const [status, setStatus] = useState('');
  const view = useCurrentView(index);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: copy the address bar instead');
    }
  };

  /**
   * The view as drawn now: its filters applied, the selection lit, in the page's theme. The
   * renderer is loaded here, on the first export, never with the map.
   */
  const scene = async () => {
    if (!view) return undefined;
    const renderer = await import('../../model/render-svg');
    const { litAround, viewOf } = renderer;
    const ends = new Map(
      index.atlas.relations.map((r) => [r.id, [r.from, r.to] as [string, string]]),
    );
    const shown =
      view.purpose === 'blocks'
        ? view
        : viewOf(
            view,
            (id) => {
              const node = index.nodeById.get(id);
              return node !== undefined && matchesAll(index, node, selection);
            },
            ends,
          );
    const around = selected ? litAround(index.atlas, shown, selected) : undefined;
    const options: RenderOptions = {
      theme: drawnTheme(),
      legend: true,
      linkBase: new URL(withBase('/'), window.location.origin).href,
      ...(around ?? {}),
    };
    return { view: shown, options, renderer };
  };

  const exportImage = async (format: 'png' | 'svg') => {
    closeMenu(false);
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    try {
      const drawn = await scene();
      if (!drawn) return;
      const svg = drawn.renderer.renderViewSvg(index.atlas, drawn.view, drawn.options);
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await import('../../ui/rasterise').then((m) => m.rasterise(svg, 2));
      const url = URL.createObjectURL(blob);
      download(`jupyter-atlas-${drawn.view.id}.${format}`, url);
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setStatus(`Exported ${format.toUpperCase()}`);
    } catch {
      setStatus('The export failed; try again or take a screenshot');
    }
  };

  const exportText = async (format: TextFormat) => {
    closeMenu(false);
    const [drawn, { sceneText }] = await Promise.all([
      scene(),
      import('../../model/text-diagrams'),
    ]);
    if (!drawn) return;
    const text = sceneText(index.atlas, drawn.view, format, drawn.options);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    download(`jupyter-atlas-${drawn.view.id}.${TEXT_EXTENSIONS[format]}`, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Exported ${TEXT_NAMES[format]}`);
  };

  // The exporters load on first use, like the renderer: none of them is needed to show the map.
  const exportJson = async () => {
    closeMenu(false);
    if (!view) return;
    const { mapExport } = await import('../../model/map-export');
    const data = mapExport({ index, view, facets: selection, collapsed });
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    download(`jupyter-atlas-${view.id}.json`, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Exported ${data.nodes.length} nodes as JSON`);
  };

  /** The Export menu's choices, in order: pictures, diagram text, data. */
  const exports: [string, () => void][] = [
    ['PNG', () => void exportImage('png')],
    ['SVG', () => void exportImage('svg')],
    ...(['mermaid', 'dot', 'd2'] as const).map((format): [string, () => void] => [
      TEXT_NAMES[format],
      () => void exportText(format),
    ]),
    ['JSON', () => void exportJson()],
  ];

  return (
    <div className="share-tools">
      <button type="button" className="button small" onClick={() => void copyLink()}>
        Copy link
      </button>
      <details className="share-more" ref={menu}>
        <summary className="button small" onKeyDown={onMenuKey}>
          Export
        </summary>
        <div className="share-more-menu" role="group" aria-label="Export the view">
          {exports.map(([label, run]) => (
            <button
              key={label}
              type="button"
              className="button small"
              onKeyDown={onMenuKey}
              onClick={run}
            >
              {label}
            </button>
          ))}
        </div>
      </details>
      <span role="status" className="share-status">
        {status}
      </span>
    </div>
  );
}
