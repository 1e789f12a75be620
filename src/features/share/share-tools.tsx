import { useRef, useState, type KeyboardEvent } from 'react';
import type { TextFormat } from '../../model/text-diagrams';
import { useAtlas } from '../../state/atlas-context';
import { useCollapsedGroups, useFacets, useSelectedNode } from '../../state/url-state';
import { useCurrentDrawing } from '../../state/view-drawings';
import type { ExportContext } from './share-actions';

type ShareActions = typeof import('./share-actions');

/** The text formats, by the name the menu gives them. */
export const TEXT_NAMES: Record<TextFormat, string> = {
  mermaid: 'Mermaid',
  dot: 'Graphviz DOT',
  d2: 'D2',
};

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
  const { view } = useCurrentDrawing();

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: copy the address bar instead');
    }
  };

  /** What an export reads: the view as drawn now (src/features/share/share-actions.ts). */
  const drawn = (): ExportContext | undefined =>
    view ? { index, view, selection, selected, collapsed, say: setStatus } : undefined;
  // The exporters load on first use, like the renderer: none of them is needed to show the map.
  const run = (act: (actions: ShareActions, context: ExportContext) => Promise<void>) => {
    const context = drawn();
    if (!context) return;
    // A chunk that does not arrive, or an export that throws, says so instead of going quiet.
    import('./share-actions')
      .then((actions) => act(actions, context))
      .catch(() => setStatus('The export failed; try again or take a screenshot'));
  };
  const exportImage = (format: 'png' | 'svg') => {
    closeMenu(false);
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    run((a, c) => a.exportImage(c, format));
  };
  const exportText = (format: TextFormat) => {
    closeMenu(false);
    run((a, c) => a.exportText(c, format));
  };
  const exportJson = () => {
    closeMenu(false);
    run((a, c) => a.exportJson(c));
  };

  /** The Export menu's choices, in order: pictures, diagram text, data. */
  const exports: [string, () => void][] = [
    ['PNG', () => exportImage('png')],
    ['SVG', () => exportImage('svg')],
    ...(['mermaid', 'dot', 'd2'] as const).map((format): [string, () => void] => [
      TEXT_NAMES[format],
      () => exportText(format),
    ]),
    ['JSON', exportJson],
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
