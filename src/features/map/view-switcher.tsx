import { viewParam } from '../../model/views';
import { useAtlas, useLoadedFullAtlas } from '../../state/atlas-context';
import { useSelectedView } from '../../state/url-state';

/** Chooses which precomputed view the map shows; the choice lives in `?view=`. */
export function ViewSwitcher({ current }: { current: string }) {
  const { index } = useAtlas();
  const [, selectView] = useSelectedView();
  // A view's description (its option's tooltip) comes with its drawing or the full atlas.
  const full = useLoadedFullAtlas()?.index;
  const describe = (id: string) =>
    (full?.mapViews ?? index.mapViews).find((v) => v.id === id)?.description;
  // The big picture heads the menu; the default view (the landing) stays first among the rest.
  const views = [
    ...index.viewList.filter((v) => v.purpose === 'blocks'),
    ...index.viewList.filter((v) => v.purpose !== 'blocks'),
  ];
  if (views.length < 2) return null;
  return (
    <label className="view-switcher">
      <span>View</span>
      <select
        value={current}
        onChange={(event) => selectView(viewParam(index.viewList, event.target.value))}
      >
        {views.map((v) => (
          <option key={v.id} value={v.id} title={describe(v.id)}>
            {v.title} ({v.purpose === 'blocks' ? `${v.blockCount ?? 0} blocks` : v.nodeCount})
          </option>
        ))}
      </select>
    </label>
  );
}
