/**
 * The drawings of the map views the shell does not carry. The map route's shell draws only the
 * view it opens on (src/model/shell.ts); each other view is a module of its own
 * (`virtual:atlas-view/<id>`), loaded the first time it is shown: boot.ts starts the one a link
 * names beside the app, and switching views loads the next one.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { indexAtlas, type AtlasIndex } from '../model/graph';
import { unpackView, type PackedView, type ShellIds } from '../model/shell';
import type { AtlasShell, View, ViewSummary } from '../model/types';
import { currentView } from '../model/views';
import { useAtlas, type ViewDrawings } from './atlas-context';
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

/**
 * The index over the shell and every drawing loaded so far (in the view list's order, as the
 * full atlas has them), and the `request` / `problems` pair the context hands the map.
 */
export function useViewDrawings(
  shell: AtlasShell,
  source: ViewSource,
  initial: readonly View[],
): { index: AtlasIndex; drawings: ViewDrawings } {
  const [drawn, setDrawn] = useState(initial);
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const request = useCallback(
    (id: string) => {
      setProblems((p) => {
        if (!(id in p)) return p;
        const rest = { ...p };
        delete rest[id];
        return rest;
      });
      source.load(id).then(
        (view) => setDrawn((d) => (d.some((v) => v.id === view.id) ? d : [...d, view])),
        (error: unknown) =>
          setProblems((p) => ({
            ...p,
            [id]: error instanceof Error ? error.message : String(error),
          })),
      );
    },
    [source],
  );
  const index = useMemo(() => {
    const have = new Set(shell.views.map((v) => v.id));
    const more = drawn.filter((v) => !have.has(v.id));
    if (more.length === 0) return indexAtlas(shell);
    const order = new Map((shell.viewList ?? []).map((v, i) => [v.id, i]));
    const views = [...shell.views, ...more].sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
    return indexAtlas({ ...shell, views });
  }, [shell, drawn]);
  const drawings = useMemo(() => ({ request, problems }), [request, problems]);
  return { index, drawings };
}

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
