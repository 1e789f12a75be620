import { useAtlas } from '../../state/atlas-context';
import { useSelectedView } from '../../state/url-state';

/** Chooses which precomputed view the map shows; the choice lives in `?view=`. */
export function ViewSwitcher({ current }: { current: string }) {
  const { index } = useAtlas();
  const [, selectView] = useSelectedView();
  const views = index.mapViews;
  const defaultId = views[0]?.id;
  if (views.length < 2) return null;
  return (
    <label className="view-switcher">
      <span>View</span>
      <select
        value={current}
        onChange={(event) =>
          selectView(event.target.value === defaultId ? null : event.target.value)
        }
      >
        {views.map((v) => (
          <option key={v.id} value={v.id} title={v.description}>
            {v.title} ({v.nodes.length})
          </option>
        ))}
      </select>
    </label>
  );
}
