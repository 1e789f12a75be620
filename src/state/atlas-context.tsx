import {
  createContext,
  use,
  useContext,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { DocModuleLoader } from '../model/docs';
import { indexAtlas, type AtlasIndex } from '../model/graph';
import type { SettingsAtlas } from '../model/settings';
import type { Atlas } from '../model/types';

/** The full atlas and its compiled docs, loaded after the map's first render. */
export interface FullAtlasModule {
  atlas: Atlas;
  docLoaders: Record<string, DocModuleLoader>;
}

export interface FullAtlas {
  index: AtlasIndex<Atlas>;
  docLoaders: Record<string, DocModuleLoader>;
}

/** The full atlas, loaded on demand: `start` begins the download, `promise` settles with it. */
export interface FullAtlasLoader {
  promise: Promise<FullAtlas>;
  start(): void;
}

/** The configuration atlas, loaded the first time a page or the search needs it. */
export interface SettingsLoader {
  promise: Promise<SettingsAtlas>;
  start(): void;
}

/** A settings loader that fetches on the first `start`. */
export function deferredSettings(load: () => Promise<{ settings: SettingsAtlas }>): SettingsLoader {
  return deferred(() => load().then((m) => m.settings));
}

/** An already-loaded configuration atlas (tests). */
export function settingsNow(settings: SettingsAtlas): SettingsLoader {
  return loaded(settings);
}

/** The map views whose drawings load on demand (src/state/view-drawings.ts). */
export interface ViewDrawings {
  /** Starts loading a view's drawing; `index.mapViews` gains it when it arrives. */
  request(id: string): void;
  /** Why a view's drawing failed to load, by view id. */
  problems: Readonly<Record<string, string>>;
}

export interface AtlasContextValue {
  /** The shell (what the map draws on first paint), with every view drawn so far. */
  index: AtlasIndex;
  views: ViewDrawings;
  /** The full atlas (details, paths, architectures, docs); read it with `useFullAtlas`. */
  full: FullAtlasLoader;
  /** The configuration atlas; read it with `useSettings`. */
  settings: SettingsLoader;
  /** Renders a compiled MDX doc; supplied by the app shell so features need not import each other. */
  DocView: ComponentType<{ docId: string }>;
}

const AtlasContext = createContext<AtlasContextValue | null>(null);

type Settled<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };

/** Marks a promise's outcome on it the way React's `use` reads it, so a settled one never suspends. */
function settled<T>(promise: Promise<T>): Promise<T> {
  const p: Settled<T> = promise;
  p.status = 'pending';
  p.then(
    (value) => {
      p.status = 'fulfilled';
      p.value = value;
    },
    () => {
      p.status = 'rejected';
    },
  );
  return p;
}

/** A value fetched the first time `start` is called; `promise` settles with it, readable by `use`. */
function deferred<T>(load: () => Promise<T>): { promise: Promise<T>; start(): void } {
  let begin: () => void = () => undefined;
  const promise = settled(
    new Promise<T>((resolve, reject) => {
      begin = () => load().then(resolve, reject);
    }),
  );
  let started = false;
  return {
    promise,
    start() {
      if (started) return;
      started = true;
      begin();
    },
  };
}

/** A value already there, as a loader whose promise never suspends. */
function loaded<T>(value: T): { promise: Promise<T>; start(): void } {
  const promise = Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
  return { promise, start: () => undefined };
}

/**
 * The full atlas, fetched the first time `start` is called (after the map's first render, or
 * as soon as something needs it) and indexed once.
 */
export function deferredFullAtlas(load: () => Promise<FullAtlasModule>): FullAtlasLoader {
  return deferred(() =>
    load().then((m) => ({ index: indexAtlas(m.atlas), docLoaders: m.docLoaders })),
  );
}

/** An already-loaded full atlas (tests). */
export function fullAtlasNow(module: FullAtlasModule): FullAtlasLoader {
  return loaded({ index: indexAtlas(module.atlas), docLoaders: module.docLoaders });
}

export function AtlasProvider({
  value,
  children,
}: {
  value: AtlasContextValue;
  children: ReactNode;
}) {
  return <AtlasContext.Provider value={value}>{children}</AtlasContext.Provider>;
}

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas needs an <AtlasProvider> above it');
  return value;
}

/**
 * The full atlas. Suspends until it has loaded, so call it below a `<Suspense>` boundary; a
 * failed load throws to the nearest error boundary.
 */
export function useFullAtlas(): FullAtlas {
  const { full } = useAtlas();
  full.start();
  return use(full.promise);
}

/** The configuration atlas. Suspends until it has loaded (call it below a `<Suspense>`). */
export function useSettings(): SettingsAtlas {
  const { settings } = useAtlas();
  settings.start();
  return use(settings.promise);
}

/**
 * The full atlas once it has loaded, `undefined` before: for what the map can show without it
 * and adds when it arrives (a node's summary as its tooltip). Never suspends, never starts the
 * download.
 */
export function useLoadedFullAtlas(): FullAtlas | undefined {
  const { full } = useAtlas();
  const promise = full.promise as Settled<FullAtlas>;
  const [value, setValue] = useState(promise.status === 'fulfilled' ? promise.value : undefined);
  useEffect(() => {
    if (value) return undefined;
    let live = true;
    full.promise.then(
      (v) => {
        if (live) setValue(v);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [full, value]);
  return value;
}
