/**
 * The Export menu's work, a chunk of its own: none of it is needed to show the map, so
 * share-tools.tsx imports it on the first export (with the renderer and the text exporters, which
 * load here on first use too).
 */
import { matchesAll, type FacetSelection } from '../../model/facets';
import type { AtlasIndex } from '../../model/graph';
import type { RenderOptions } from '../../model/render-svg';
import type { TextFormat } from '../../model/text-diagrams';
import type { View } from '../../model/types';
import { withBase } from '../../state/routes';
import { drawnTheme } from '../../state/theme';
import { download } from '../../ui/download';
import { TEXT_NAMES } from './share-tools';

const TEXT_EXTENSIONS: Record<TextFormat, string> = { mermaid: 'mmd', dot: 'dot', d2: 'd2' };

/** The view as it is on screen, and where to say how the export went. */
export interface ExportContext {
  index: AtlasIndex;
  view: View;
  selection: FacetSelection;
  selected: string | null;
  collapsed: ReadonlySet<string>;
  say: (status: string) => void;
}

/** Offers `blob` as a download named `name`. */
function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The view as drawn now: its filters applied, the selection lit, in the page's theme. */
async function scene({ index, view, selection, selected }: ExportContext) {
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
}

/** PNG (at twice the size, for print) or SVG from the atlas's own renderer. */
export async function exportImage(context: ExportContext, format: 'png' | 'svg'): Promise<void> {
  try {
    const drawn = await scene(context);
    const svg = drawn.renderer.renderViewSvg(context.index.atlas, drawn.view, drawn.options);
    const blob =
      format === 'svg'
        ? new Blob([svg], { type: 'image/svg+xml' })
        : await import('../../ui/rasterise').then((m) => m.rasterise(svg, 2));
    save(`jupyter-atlas-${drawn.view.id}.${format}`, blob);
    context.say(`Exported ${format.toUpperCase()}`);
  } catch {
    context.say('The export failed; try again or take a screenshot');
  }
}

/** Mermaid, Graphviz DOT or D2 text of the view as drawn. */
export async function exportText(context: ExportContext, format: TextFormat): Promise<void> {
  const [drawn, { sceneText }] = await Promise.all([
    scene(context),
    import('../../model/text-diagrams'),
  ]);
  const text = sceneText(context.index.atlas, drawn.view, format, drawn.options);
  save(
    `jupyter-atlas-${drawn.view.id}.${TEXT_EXTENSIONS[format]}`,
    new Blob([text], { type: 'text/plain' }),
  );
  context.say(`Exported ${TEXT_NAMES[format]}`);
}

/** The visible subgraph as JSON (docs/export-format.md). */
export async function exportJson(context: ExportContext): Promise<void> {
  const { mapExport } = await import('../../model/map-export');
  const { index, view, selection, collapsed } = context;
  const data = mapExport({ index, view, facets: selection, collapsed });
  save(
    `jupyter-atlas-${view.id}.json`,
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  context.say(`Exported ${data.nodes.length} nodes as JSON`);
}
