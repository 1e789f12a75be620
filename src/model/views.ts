/**
 * Which view is meant, in one place: the map, the outline, the search, the Export menu, the
 * build's pre-drawn first paint and `npm run render` each used to find it themselves.
 *
 * A guided path's own map (`purpose: 'path'`) is never a map view: it is reached through its
 * path, not `?view=`.
 */
import type { View, ViewSummary } from './types.ts';

/** What these helpers read of a view: a drawn `View` and a `ViewSummary` both have it. */
type ViewLike = Pick<View, 'id' | 'purpose'>;

const isMapView = (v: ViewLike) => v.purpose !== 'path';

/** The views the map offers (every one but the guided paths' own maps), in order. */
export function mapViewsOf<V extends ViewLike>(views: readonly V[]): V[] {
  return views.filter(isMapView);
}

/** The id the build gives a guided path's own map. @example pathViewId('login') // 'path-login' */
export function pathViewId(pathId: string): string {
  return `path-${pathId}`;
}

/** A guided path's own map, if the build made one. */
export function pathView(views: readonly View[], pathId: string): View | undefined {
  const id = pathViewId(pathId);
  return views.find((v) => v.id === id && v.purpose === 'path');
}

/** The map's default view: the first that is not a guided path's map (views come in `order`). */
export function defaultView<V extends ViewLike>(views: readonly V[]): V | undefined {
  return views.find(isMapView);
}

/** The map view with this id, or undefined when there is none (a path's map does not count). */
export function mapViewById<V extends ViewLike>(views: readonly V[], id: string): V | undefined {
  return views.find((v) => v.id === id && isMapView(v));
}

/**
 * The view `?view=` asks for: the one it names, or the default when it names none, or one the
 * atlas lacks, or a path's map.
 * @example currentView(index.mapViews, new URLSearchParams(location.search).get('view'))
 */
export function currentView<V extends ViewLike>(
  views: readonly V[],
  id: string | null,
): V | undefined {
  return (id === null ? undefined : mapViewById(views, id)) ?? defaultView(views);
}

/**
 * What the view menu and links need of a view without its drawing.
 * @example viewSummary(view) // { id: 'core', title: 'JupyterHub\'s core', nodeCount: 18 }
 */
export function viewSummary(view: View): ViewSummary {
  const summary: ViewSummary = {
    id: view.id,
    title: view.title,
    nodeCount: view.nodes.length,
  };
  if (view.purpose !== undefined) summary.purpose = view.purpose;
  if (view.blocks !== undefined) summary.blockCount = view.blocks.length;
  return summary;
}

/** The first map view that shows a node, for "Show it in …" when the current one does not. */
export function viewShowing(views: readonly View[], nodeId: string): View | undefined {
  return views.find((v) => isMapView(v) && v.nodes.some((n) => n.id === nodeId));
}

/**
 * What `?view=` holds for a view: null for the default, which a link leaves out.
 * @example viewParam(index.mapViews, 'core') // null when core is the default
 */
export function viewParam(views: readonly ViewLike[], id: string): string | null {
  return id === defaultView(views)?.id ? null : id;
}
