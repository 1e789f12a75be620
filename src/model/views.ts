/**
 * Which view is meant, in one place: the map, the outline, the search, the Export menu, the
 * build's pre-drawn first paint and `npm run render` each used to find it themselves.
 *
 * A guided path's own map (`purpose: 'path'`) is never a map view: it is reached through its
 * path, not `?view=`.
 */
import type { View } from './types.ts';

const isMapView = (v: View) => v.purpose !== 'path';

/** The views the map offers (every one but the guided paths' own maps), in order. */
export function mapViewsOf(views: readonly View[]): View[] {
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
export function defaultView(views: readonly View[]): View | undefined {
  return views.find(isMapView);
}

/** The map view with this id, or undefined when there is none (a path's map does not count). */
export function mapViewById(views: readonly View[], id: string): View | undefined {
  return views.find((v) => v.id === id && isMapView(v));
}

/**
 * The view `?view=` asks for: the one it names, or the default when it names none, or one the
 * atlas lacks, or a path's map.
 * @example currentView(index.mapViews, new URLSearchParams(location.search).get('view'))
 */
export function currentView(views: readonly View[], id: string | null): View | undefined {
  return (id === null ? undefined : mapViewById(views, id)) ?? defaultView(views);
}

/** The first map view that shows a node, for "Show it in …" when the current one does not. */
export function viewShowing(views: readonly View[], nodeId: string): View | undefined {
  return views.find((v) => isMapView(v) && v.nodes.some((n) => n.id === nodeId));
}

/**
 * What `?view=` holds for a view: null for the default, which a link leaves out.
 * @example viewParam(index.mapViews, 'core') // null when core is the default
 */
export function viewParam(views: readonly View[], id: string): string | null {
  return id === defaultView(views)?.id ? null : id;
}
