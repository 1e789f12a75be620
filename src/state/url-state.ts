import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import { FACETS, linkProblems, type Facet, type FacetSelection } from '../model/facets';
import type { AtlasIndex } from '../model/graph';
import { ownedSearch, readParam, routeOf, ROUTES, SHARED_PARAMS } from './routes';

/** The query string with one parameter set (or removed when null), the others kept. */
function withParam(search: string, name: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The location and query string as of the last render, for setters to read when they run. Setters
 * built on it keep their identity while the URL changes (a keystroke in the search rewrites
 * `?q=`), so memoised map nodes that hold them are not rebuilt on every change.
 */
function useLatestUrl(): {
  latest: { readonly current: { location: string; search: string } };
  navigate: (to: string, options?: { replace?: boolean }) => void;
} {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const latest = useRef({ location, search });
  useLayoutEffect(() => {
    latest.current = { location, search };
  });
  return { latest, navigate };
}

/** The raw values of some query parameters, joined: a memo key that ignores the others. */
function paramsKey(search: string, names: readonly string[]): string {
  const params = new URLSearchParams(search);
  return names.map((n) => params.get(n) ?? '').join('\u0000');
}

/**
 * Reads the selected node id from a query string.
 * @example selectedNodeFrom('?node=jupyterhub') // 'jupyterhub'
 */
export function selectedNodeFrom(search: string): string | null {
  return readParam('map', 'node', search);
}

/** The query string with the node parameter set (or removed when null), other parameters kept. */
export function withSelectedNode(search: string, nodeId: string | null): string {
  return withParam(search, 'node', nodeId);
}

/**
 * Reads the view id from a query string; null means the default view.
 * @example selectedViewFrom('?view=ecosystem') // 'ecosystem'
 */
export function selectedViewFrom(search: string): string | null {
  return readParam('map', 'view', search);
}

/** The query string with the view set (null: the default view), other parameters kept. */
export function withSelectedView(search: string, viewId: string | null): string {
  return withParam(search, 'view', viewId);
}

/** The view named in `?view=` (null for the default); choosing one pushes a history entry. */
export function useSelectedView(): [string | null, (viewId: string | null) => void] {
  const search = useSearch();
  const { latest, navigate } = useLatestUrl();
  const select = useCallback(
    (viewId: string | null) => {
      const { location, search } = latest.current;
      navigate(`${location}${withSelectedView(search, viewId)}`);
    },
    [latest, navigate],
  );
  return [selectedViewFrom(search), select];
}

/** The big-picture block opened in place, kept in `?block=`; opening pushes a history entry. */
export function useOpenBlock(): [string | null, (kindId: string | null) => void] {
  const search = useSearch();
  const { latest, navigate } = useLatestUrl();
  const open = useCallback(
    (kindId: string | null) => {
      const { location, search } = latest.current;
      if (kindId === readParam('map', 'block', search)) return;
      navigate(`${location}${withParam(search, 'block', kindId)}`);
    },
    [latest, navigate],
  );
  return [readParam('map', 'block', search), open];
}

/** The selected node, kept in `?node=`; selecting pushes a history entry so Back undoes it. */
export function useSelectedNode(): [string | null, (nodeId: string | null) => void] {
  const search = useSearch();
  const { latest, navigate } = useLatestUrl();
  const selected = selectedNodeFrom(search);
  const select = useCallback(
    (nodeId: string | null) => {
      const { location, search } = latest.current;
      if (nodeId === selectedNodeFrom(search)) return;
      navigate(`${location}${withSelectedNode(search, nodeId)}`);
    },
    [latest, navigate],
  );
  return [selected, select];
}

/** The href that selects a node, for real links that also work when opened in a new tab. */
export function hrefForNode(search: string, nodeId: string): string {
  return withSelectedNode(search, nodeId) || '?';
}

/** A real link's href and a plain-click handler that selects the node in place. */
export function useNodeLink(nodeId: string): {
  href: string;
  onClick: (event: {
    metaKey: boolean;
    ctrlKey: boolean;
    shiftKey: boolean;
    button: number;
    preventDefault(): void;
  }) => void;
} {
  const search = useSearch();
  const [, select] = useSelectedNode();
  return {
    href: hrefForNode(search, nodeId),
    onClick: (event) => {
      // Modified clicks keep their browser meaning (new tab, new window).
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      select(nodeId);
    },
  };
}

/**
 * Reads the search query from a query string.
 * @example searchQueryFrom('?q=kubespawner') // 'kubespawner'
 */
export function searchQueryFrom(search: string): string {
  return SHARED_PARAMS.q.parse(new URLSearchParams(search).get('q'));
}

/**
 * The search query in `?q=`. Typing replaces the history entry (Back does not step through
 * keystrokes); `select` picks a node, clearing the query, as one new history entry.
 */
export function useSearchQuery(): {
  query: string;
  setQuery: (query: string) => void;
  /** Selects a node and clears the query; with `viewId`, also switches the view (null: default). */
  selectResult: (nodeId: string, viewId?: string | null) => void;
} {
  const search = useSearch();
  const { latest, navigate } = useLatestUrl();
  const setQuery = useCallback(
    (query: string) => {
      const { location, search } = latest.current;
      navigate(`${location}${withParam(search, 'q', query === '' ? null : query)}`, {
        replace: true,
      });
    },
    [latest, navigate],
  );
  const selectResult = useCallback(
    (nodeId: string, viewId?: string | null) => {
      const { location, search } = latest.current;
      // A result is shown on the map, whichever page the search was made from; coming from
      // another page, none of that page's parameters follow (a gallery's `persona` is not a
      // map filter).
      const kept = routeOf(location) === 'map' ? ownedSearch('map', search) : '';
      let next = withParam(withSelectedNode(kept, nodeId), 'q', null);
      if (viewId !== undefined) next = withSelectedView(next, viewId);
      navigate(`/${next}`);
    },
    [latest, navigate],
  );
  return { query: searchQueryFrom(search), setQuery, selectResult };
}

/** Sets or removes several query parameters at once, keeping the others; pushes a history entry. */
export function useQueryUpdate(): (
  changes: Record<string, string | null>,
  options?: { replace?: boolean },
) => void {
  const { latest, navigate } = useLatestUrl();
  return useCallback(
    (changes, options) => {
      const { location, search } = latest.current;
      let next = search;
      for (const [name, value] of Object.entries(changes)) next = withParam(next, name, value);
      navigate(`${location}${next}`, { replace: options?.replace ?? false });
    },
    [latest, navigate],
  );
}

/**
 * Reads the facet choices from a query string: comma-separated ids per facet; anything that is
 * not an id, and any list past 30 values, is ignored.
 * @example facetsFrom('?kind=spawner,authenticator&status=active') // { kind: [...], status: ['active'] }
 */
export function facetsFrom(search: string): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of FACETS) {
    const values = readParam('map', facet, search);
    if (values.length > 0) selection[facet] = values;
  }
  return selection;
}

/** The facet choices in the URL, and setters that keep them there. */
export function useFacets(): {
  selection: FacetSelection;
  toggle: (facet: Facet, value: string) => void;
  clear: () => void;
} {
  const search = useSearch();
  const update = useQueryUpdate();
  // Re-parsed only when a facet parameter changes, so the map's filtering memo holds.
  const key = paramsKey(search, FACETS);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the facet parameters only
  const selection = useMemo(() => facetsFrom(search), [key]);
  const toggle = useCallback(
    (facet: Facet, value: string) => {
      const current = selection[facet] ?? [];
      const next = current.includes(value)
        ? current.filter((v) => v !== value)
        : [...current, value];
      update({ [facet]: next.length > 0 ? next.join(',') : null });
    },
    [selection, update],
  );
  const clear = useCallback(
    () => update(Object.fromEntries(FACETS.map((f) => [f, null]))),
    [update],
  );
  return { selection, toggle, clear };
}

/**
 * How far the highlight around the selected node reaches: 1 or 2 relations (`?hops=2`).
 * @example hopsFrom('?hops=2') // 2
 */
export function hopsFrom(search: string): 1 | 2 {
  return readParam('map', 'hops', search) === '2' ? 2 : 1;
}

/** The target of "path between" (`?to=`), or null. */
export function pathTargetFrom(search: string): string | null {
  return readParam('map', 'to', search);
}

/** Focus settings in the URL: hops around the selection and the "path between" target. */
export function useFocus(): {
  hops: 1 | 2;
  setHops: (hops: 1 | 2) => void;
  target: string | null;
  setTarget: (id: string | null) => void;
} {
  const search = useSearch();
  const update = useQueryUpdate();
  return {
    hops: hopsFrom(search),
    setHops: useCallback((hops: 1 | 2) => update({ hops: hops === 2 ? '2' : null }), [update]),
    target: pathTargetFrom(search),
    setTarget: useCallback((id: string | null) => update({ to: id }), [update]),
  };
}

export type MapMode = 'map' | 'outline';

/** Whether the map page shows the canvas or the outline (`?mode=outline`). */
export function useMapMode(): [MapMode, (mode: MapMode) => void] {
  const search = useSearch();
  const update = useQueryUpdate();
  const mode: MapMode = readParam('map', 'mode', search);
  return [
    mode,
    useCallback((m: MapMode) => update({ mode: m === 'outline' ? 'outline' : null }), [update]),
  ];
}

/** Groups collapsed in grouped views (`?collapsed=spawner,authenticator`), and a toggle. */
export function useCollapsedGroups(): [ReadonlySet<string>, (groupId: string) => void] {
  const search = useSearch();
  const update = useQueryUpdate();
  const param = new URLSearchParams(search).get('collapsed');
  const collapsed = useMemo(() => new Set(ROUTES.map.params.collapsed.parse(param)), [param]);
  const toggle = useCallback(
    (groupId: string) => {
      const next = new Set(collapsed);
      if (next.has(groupId)) next.delete(groupId);
      else next.add(groupId);
      update({ collapsed: next.size > 0 ? [...next].join(',') : null });
    },
    [collapsed, update],
  );
  return [collapsed, toggle];
}

/** What the map's link asks for that the atlas lacks (see linkProblems), to say so. */
export function useLinkProblems(index: AtlasIndex): string[] {
  const search = useSearch();
  return useMemo(() => {
    const params = new URLSearchParams(search);
    const list = (name: string) =>
      (params.get(name) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    return linkProblems(index, {
      facets: Object.fromEntries(FACETS.map((f) => [f, list(f)])),
      hops: params.get('hops'),
      to: params.get('to'),
    });
  }, [index, search]);
}
