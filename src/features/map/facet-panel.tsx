import { useMemo } from 'react';
import { FACETS, facetOptions, hasSelection, type Facet } from '../../model/facets';
import type { NodeCard } from '../../model/types';
import { useAtlas } from '../../state/atlas-context';
import { useFacets } from '../../state/url-state';
import { LazyDetails } from '../../ui/lazy-details';

const FACET_TITLES: Record<Facet, string> = {
  kind: 'Kind',
  status: 'Status',
  persona: 'Who it is for',
  skill: 'Skills to contribute',
};

/** Filters over the nodes of the current view, with live counts; choices live in the URL. */
export function FacetPanel({ nodes, shown }: { nodes: readonly NodeCard[]; shown: number }) {
  const { selection } = useFacets();
  const active = FACETS.reduce((n, f) => n + (selection[f]?.length ?? 0), 0);
  return (
    <LazyDetails
      className="filters"
      open={active > 0 ? true : undefined}
      summary={
        <summary>
          Filters{active > 0 ? ` (${active})` : ''}
          <span className="filters-count" role="status">
            {hasSelection(selection) ? ` · showing ${shown} of ${nodes.length}` : ''}
          </span>
        </summary>
      }
    >
      <FacetChoices nodes={nodes} />
    </LazyDetails>
  );
}

/** The choices and their counts: counted only once the filters have been opened. */
function FacetChoices({ nodes }: { nodes: readonly NodeCard[] }) {
  const { index } = useAtlas();
  const { selection, toggle, clear } = useFacets();
  const options = useMemo(() => facetOptions(index, nodes, selection), [index, nodes, selection]);
  return (
    <>
      {hasSelection(selection) ? (
        <button type="button" className="button small" onClick={clear}>
          Clear all filters
        </button>
      ) : null}
      {FACETS.map((facet) =>
        options[facet].length === 0 ? null : (
          <fieldset key={facet} className="facet">
            <legend>{FACET_TITLES[facet]}</legend>
            {options[facet].map((o) => {
              const checked = selection[facet]?.includes(o.value) ?? false;
              return (
                <label
                  key={o.value}
                  className={o.count === 0 && !checked ? 'facet-empty' : undefined}
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => toggle(facet, o.value)}
                  />
                  {o.label} <span className="facet-count">({o.count})</span>
                </label>
              );
            })}
          </fieldset>
        ),
      )}
    </>
  );
}
