/**
 * The drawings of the map views the shell does not carry. The map route's shell draws only the
 * view it opens on (src/model/shell.ts); each other view is a module of its own
 * (`virtual:atlas-view/<id>`), loaded the first time it is shown: boot.ts starts the one a link
 * names beside the app, and switching views loads the next one.
 */
import { useEffect } from 'react';
import { unpackView, type PackedView, type ShellIds } from '../model/shell';
import type { View, ViewSummary } from '../model/types';
import { currentView } from '../model/views';
import { useAtlas } from './atlas-context';
import { useSelectedView } from './url-state';

/** One lazy import per view, as `virtual:atlas-views` exports them. */
export type ViewLoaders = Record<string, () => Promise<{ view: PackedView }>>;

/** Loads a view's drawing, once; a failed load is tried again on the next call. */
export interface ViewSource {
  load(id: string): Promise<View>;
}

/**
 * @param ids the shell's nodes' and relations' ids, in order (a packed view names them by position)
 * @example viewSource(viewLoaders, shellIds(shell)).load('ecosystem')
 */
export function viewSource(loaders: ViewLoaders, ids: ShellIds): ViewSource {
  const loading = new Map<string, Promise<View>>();
  return {
    load(id) {
      let promise = loading.get(id);
      if (!promise) {
        const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
        promise = loader
          ? loader().then(
              (m) => unpackView(m.view, ids),
              (error: unknown) => {
                const why = error instanceof Error ? error.message : String(error);
                throw new Error(`its drawing did not arrive (${why})`);
              },
            )
          : Promise.reject(new Error(`the build made no drawing of the view “${id}”`));
        loading.set(id, promise);
        promise.catch(() => loading.delete(id));
      }
      return promise;
    },
  };
}

/** A source with no drawings of its own: every view is already in the shell (tests, a full atlas). */
export const NO_VIEW_SOURCE: ViewSource = {
  load: (id) => Promise.reject(new Error(`the view “${id}” is not in the atlas`)),
};

/** What the map knows of the view `?view=` asks for. */
export interface CurrentDrawing {
  /** The view asked for (or the default); undefined only for an atlas without views. */
  summary: ViewSummary | undefined;
  /** Its drawing, once loaded. */
  view: View | undefined;
  /** Why its drawing could not be loaded, if it could not. */
  problem: string | undefined;
}

/**
 * The view on screen, drawing and all, asking for its drawing when the shell lacks it.
 * `retry` asks again after a failed load.
 */
export function useCurrentDrawing(): CurrentDrawing & { retry: () => void } {
  const { index, views } = useAtlas();
  const [viewId] = useSelectedView();
  const summary = currentView(index.viewList, viewId);
  const view = summary && index.mapViews.find((v) => v.id === summary.id);
  const missing = summary !== undefined && view === undefined ? summary.id : undefined;
  const problem = missing === undefined ? undefined : views.problems[missing];
  useEffect(() => {
    if (missing !== undefined && problem === undefined) views.request(missing);
  }, [missing, problem, views]);
  return {
    summary,
    view,
    problem,
    retry: () => {
      if (missing !== undefined) views.request(missing);
    },
  };
}
