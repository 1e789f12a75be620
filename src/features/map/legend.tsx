import { textOn } from '../../model/color';
import { useAtlas, useLoadedFullAtlas } from '../../state/atlas-context';
import { LazyDetails } from '../../ui/lazy-details';
import { DASH } from './draw';

/** What the colours, badges and line styles mean: its body built once it is first opened. */
export function Legend() {
  return (
    <LazyDetails className="legend" summary={<summary>Legend</summary>}>
      <LegendBody />
    </LazyDetails>
  );
}

/** The kinds and relation types in use, with their tooltips once the full atlas is here. */
function LegendBody() {
  const { index } = useAtlas();
  const { kinds, relationTypes, nodes, relations } = index.atlas;
  // The descriptions (tooltips) come with the full atlas, after the map is up.
  const full = useLoadedFullAtlas()?.index;
  const usedKinds = new Set(nodes.map((n) => n.kind));
  const usedTypes = new Set(relations.map((r) => r.type));
  return (
    <>
      <h3>Kinds</h3>
      <ul>
        {kinds
          .filter((k) => usedKinds.has(k.id))
          .map((k) => (
            <li key={k.id} title={full?.kindById.get(k.id)?.description}>
              <span
                className="legend-badge"
                style={{ ['--kind-color' as string]: k.color, color: textOn(k.color) }}
                aria-hidden="true"
              >
                {k.symbol ?? k.label.slice(0, 1)}
              </span>
              {k.label}
            </li>
          ))}
      </ul>
      <h3>Relations</h3>
      <ul>
        {relationTypes
          .filter((t) => usedTypes.has(t.id))
          .map((t) => (
            <li key={t.id} title={full?.relationTypeById.get(t.id)?.description}>
              <svg width="34" height="10" aria-hidden="true" className="legend-line">
                <line x1="1" y1="5" x2="33" y2="5" strokeDasharray={DASH[t.style]} />
              </svg>
              {t.label}
            </li>
          ))}
      </ul>
    </>
  );
}
