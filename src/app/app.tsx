import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import {
  Link,
  Route,
  Router,
  Switch,
  useLocation,
  useSearch,
  type BaseLocationHook,
  type BaseSearchHook,
} from 'wouter';
import { AtlasMap } from '../features/map/atlas-map';
import { SearchEntry } from '../features/search/search-entry';
import { ShareTools } from '../features/share/share-tools';
import type { AtlasShell, View } from '../model/types';
import { AtlasProvider, type FullAtlasLoader, type SettingsLoader } from '../state/atlas-context';
import { useTheme, type ThemeChoice } from '../state/theme';
import { useMapMode, useSelectedNode } from '../state/url-state';
import { deferredModule } from '../ui/deferred-module';
import { ErrorBoundary } from '../ui/error-boundary';
import { links } from '../state/routes';
import { afterFirstScreen, markFirstScreenUp } from '../state/first-screen';
import { MapBridgeProvider } from '../state/map-bridge';
import { useShortcut } from '../state/shortcuts';
import { NO_VIEW_SOURCE, useViewDrawings, type ViewSource } from '../state/view-drawings';
import { useWelcome } from '../state/welcome';
import { Welcome } from './welcome';

const HOME = import.meta.env.BASE_URL;

// The architecture pages bring d3; they load only when someone opens one.
const architectures = () => import('../features/architectures/architectures-pages');
// The detail panel is not needed to draw the map: its code loads with the first selection, or
// when the browser is idle after the map is up (see App), whichever comes first.
const details = deferredModule(() => import('../features/details/detail-panel'));

// Neither the outline nor the docs are part of the map's first screen (unless the URL asks for
// the outline): their code loads when shown, or at idle once the map is up.
const outline = deferredModule(() => import('../features/outline/outline'));
const docView = deferredModule(() => import('./doc-view'));
const helpDialog = deferredModule(() => import('./help-dialog'));

/** The keyboard shortcuts' dialog, mounted (its code loaded) the first time it is asked for. */
function DeferredHelp({ asked }: { asked: number }) {
  const loaded = helpDialog.useModule(asked > 0);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (asked > 0 && loaded && !ref.current?.open) ref.current?.showModal();
  }, [asked, loaded]);
  return loaded ? <loaded.HelpDialog ref={ref} /> : null;
}

/** A compiled MDX doc (the panel's, a path step's), its code loaded on first use. */
function DocView({ docId }: { docId: string }) {
  const loaded = docView.useModule(true);
  return loaded ? <loaded.DocView docId={docId} /> : <p role="status">Loading the doc…</p>;
}

function DeferredOutline() {
  const loaded = outline.useModule(true);
  return loaded ? <loaded.Outline /> : <p role="status">Loading the outline…</p>;
}

/** The panel, mounted from the first selection on (it then stays, to give focus back on close). */
function DeferredDetailPanel() {
  const [selected] = useSelectedNode();
  const [wanted, setWanted] = useState(selected !== null);
  if (selected !== null && !wanted) setWanted(true);
  const loaded = details.useModule(wanted);
  return wanted && loaded ? <loaded.DetailPanel /> : null;
}

const ArchitectureGallery = lazy(() =>
  architectures().then((m) => ({ default: m.ArchitectureGallery })),
);
const ComparePage = lazy(() => architectures().then((m) => ({ default: m.ComparePage })));
const ChooserPage = lazy(() => architectures().then((m) => ({ default: m.ChooserPage })));
const PathGallery = lazy(() =>
  import('../features/paths/path-gallery').then((m) => ({ default: m.PathGallery })),
);
const PathWalkPage = lazy(() =>
  import('./path-walk-page').then((m) => ({ default: m.PathWalkPage })),
);
// The configuration reference and composer bring the settings data; they load on demand.
const config = () => import('../features/config/config-page');
const ConfigPage = lazy(() => config().then((m) => ({ default: m.ConfigPage })));
const ComposePage = lazy(() =>
  import('../features/config/compose-page').then((m) => ({ default: m.ComposePage })),
);
const PathwaysPage = lazy(() =>
  import('../features/pathways/pathways-page').then((m) => ({ default: m.PathwaysPage })),
);

/**
 * A page loaded on demand (its code, and the full atlas if it reads it): a loading line
 * meanwhile, and a contained message if it fails.
 */
function lazyPage(Page: ComponentType<{ params: Record<string, string> }>, params = {}) {
  return (
    <ErrorBoundary what="page">
      <Suspense fallback={<Loading />}>
        <Page params={params} />
      </Suspense>
    </ErrorBoundary>
  );
}

function Loading() {
  return (
    <main className="page" id="main">
      <p role="status">Loading…</p>
    </main>
  );
}

function ModeSwitch() {
  const [mode, setMode] = useMapMode();
  return (
    <div className="mode-switch" role="group" aria-label="Show as">
      <button type="button" aria-pressed={mode === 'map'} onClick={() => setMode('map')}>
        Map
      </button>
      <button type="button" aria-pressed={mode === 'outline'} onClick={() => setMode('outline')}>
        Outline
      </button>
    </div>
  );
}

function MapPage() {
  const [mode, setMode] = useMapMode();
  useShortcut('outline', () => setMode(mode === 'map' ? 'outline' : 'map'));
  // The outline has no canvas to frame: it is the first screen as soon as it is shown.
  useEffect(() => {
    if (mode === 'outline') markFirstScreenUp();
  }, [mode]);
  return (
    <div className="map-page">
      <main className="map-area" id="main">
        <h1 className="visually-hidden">Map of the JupyterHub ecosystem</h1>
        <Welcome />
        <div className="map-bar">
          <ModeSwitch />
          <ShareTools />
        </div>
        <div className="map-body">
          <ErrorBoundary what={mode === 'outline' ? 'outline' : 'map'}>
            {mode === 'outline' ? <DeferredOutline /> : <AtlasMap />}
          </ErrorBoundary>
        </div>
      </main>
      <ErrorBoundary what="detail panel">
        <DeferredDetailPanel />
      </ErrorBoundary>
    </div>
  );
}

/** `?embed=1`: only the canvas, for iframes in docs and slides, with a way back to the full atlas. */
function EmbedPage() {
  const full = new URL(window.location.href);
  full.searchParams.delete('embed');
  return (
    <main className="embed" id="main">
      <h1 className="visually-hidden">Jupyter Atlas (embedded map)</h1>
      <AtlasMap />
      <a className="embed-link" href={full.href} target="_blank" rel="noopener noreferrer">
        Open in Jupyter Atlas ↗
      </a>
    </main>
  );
}

function NotFoundPage() {
  return (
    <main className="page" id="main">
      <h1>Page not found</h1>
      <p>
        This address is not part of the atlas. <a href={HOME}>Open the map</a>.
      </p>
    </main>
  );
}

/** Reopens the first-visit welcome, on the map. */
function AboutButton() {
  const { reopen } = useWelcome();
  const [location, navigate] = useLocation();
  return (
    <button
      type="button"
      className="button about-button"
      onClick={() => {
        reopen();
        if (location !== '/') navigate(links.map());
        requestAnimationFrame(() => document.getElementById('welcome-title')?.scrollIntoView?.());
      }}
    >
      About
    </button>
  );
}

function ThemeToggle() {
  const [theme, setTheme] = useTheme();
  return (
    <label className="theme-toggle">
      <span className="visually-hidden">Colour theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

function Shell() {
  // Each ask opens the dialog (a count, so asking again after closing it opens it again).
  const [helpAsked, setHelpAsked] = useState(0);
  const embed = new URLSearchParams(useSearch()).get('embed') === '1';
  // A page without the map is its own first screen; the map says so itself once framed.
  const [location] = useLocation();
  useEffect(() => {
    if (location !== '/') markFirstScreenUp();
  }, [location]);
  useShortcut('help', (event) => {
    event.preventDefault();
    setHelpAsked((n) => n + 1);
  });
  if (embed) return <EmbedPage />;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the map
      </a>
      <header className="app-header">
        <a className="brand" href={HOME}>
          Jupyter Atlas
        </a>
        <span className="tagline">a map of JupyterHub and the parts it plugs together</span>
        <nav aria-label="Sections" className="sections">
          <Link href={links.map()}>Map</Link>
          <Link href={links.paths()}>Guided paths</Link>
          <Link href={links.architectures()}>Architectures</Link>
          <Link href={links.choose()}>Choose</Link>
          <Link href={links.config()}>Configure</Link>
          <Link href={links.compose()}>Compose</Link>
          <Link href={links.pathways()}>Contribute</Link>
        </nav>
        <ErrorBoundary what="search">
          <SearchEntry />
        </ErrorBoundary>
        <ThemeToggle />
        <AboutButton />
        <button
          type="button"
          className="button help-button"
          aria-label="Keyboard shortcuts"
          onClick={() => setHelpAsked((n) => n + 1)}
        >
          ?
        </button>
      </header>
      <DeferredHelp asked={helpAsked} />
      <Switch>
        <Route path="/" component={MapPage} />
        <Route path="/paths">{lazyPage(PathGallery)}</Route>
        <Route path="/architectures">{lazyPage(ArchitectureGallery)}</Route>
        <Route path="/compare">{lazyPage(ComparePage)}</Route>
        <Route path="/pathways">{lazyPage(PathwaysPage)}</Route>
        <Route path="/choose">{lazyPage(ChooserPage)}</Route>
        <Route path="/config">{lazyPage(ConfigPage)}</Route>
        <Route path="/compose">{lazyPage(ComposePage)}</Route>
        <Route path="/paths/:id/:step">
          {(params: { id: string; step: string }) => lazyPage(PathWalkPage, params)}
        </Route>
        <Route path="/paths/:id">
          {(params: { id: string }) => lazyPage(PathWalkPage, { id: params.id, step: '1' })}
        </Route>
        <Route component={NotFoundPage} />
      </Switch>
    </>
  );
}

export interface AppProps {
  /** What the map route draws on first paint. */
  shell: AtlasShell;
  /** The rest: details, paths, architectures, pathways and docs, loaded after the first render. */
  full: FullAtlasLoader;
  /** The configuration atlas, loaded when /config, /compose or the search first needs it. */
  settings: SettingsLoader;
  /** Path prefix the atlas is served under ('' at the site root). */
  base: string;
  /** Where the drawings of the views the shell lacks come from (none: the shell has them all). */
  views?: ViewSource;
  /** Drawings already loaded before the first render (the view a link names). */
  initialViews?: readonly View[];
  /** Location hooks other than the browser's (tests use wouter's memoryLocation). */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

export function App({
  shell,
  full,
  settings,
  base,
  location,
  views = NO_VIEW_SOURCE,
  initialViews = [],
}: AppProps) {
  const { index, drawings } = useViewDrawings(shell, views, initialViews);
  const value = useMemo(
    () => ({ index, views: drawings, full, settings, DocView }),
    [index, drawings, full, settings],
  );
  // Fetch the rest once the first screen is up, so a click on a node rarely waits for it.
  useEffect(() => {
    return afterFirstScreen(() => {
      full.start();
      // (A failed load here is tried again, and reported, when the code is wanted.)
      for (const chunk of [details, docView, outline, helpDialog])
        chunk.load().catch(() => undefined);
    });
  }, [full]);
  return (
    <AtlasProvider value={value}>
      <MapBridgeProvider>
        <Router base={base} hook={location?.hook} searchHook={location?.searchHook}>
          <Shell />
        </Router>
      </MapBridgeProvider>
    </AtlasProvider>
  );
}
