import { useMemo } from 'react';
import { Route, Router, Switch, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import { DetailPanel } from '../features/details/detail-panel';
import { AtlasMap } from '../features/map/atlas-map';
import { SearchBox } from '../features/search/search-box';
import type { DocModuleLoader } from '../model/docs';
import { indexAtlas } from '../model/graph';
import type { Atlas } from '../model/types';
import { AtlasProvider } from '../state/atlas-context';

const HOME = import.meta.env.BASE_URL;

function MapPage() {
  return (
    <div className="map-page">
      <main className="map-area" id="main">
        <h1 className="visually-hidden">Map of the JupyterHub ecosystem</h1>
        <AtlasMap />
      </main>
      <DetailPanel />
    </div>
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

export interface AppProps {
  atlas: Atlas;
  docLoaders: Record<string, DocModuleLoader>;
  /** Path prefix the atlas is served under ('' at the site root). */
  base: string;
  /** Location hooks other than the browser's (tests use wouter's memoryLocation). */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

export function App({ atlas, docLoaders, base, location }: AppProps) {
  const value = useMemo(() => ({ index: indexAtlas(atlas), docLoaders }), [atlas, docLoaders]);
  return (
    <AtlasProvider value={value}>
      <Router base={base} hook={location?.hook} searchHook={location?.searchHook}>
        <a className="skip-link" href="#main">
          Skip to the map
        </a>
        <header className="app-header">
          <a className="brand" href={HOME}>
            Jupyter Atlas
          </a>
          <span className="tagline">a map of JupyterHub and the parts it plugs together</span>
          <SearchBox />
        </header>
        <Switch>
          <Route path="/" component={MapPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Router>
    </AtlasProvider>
  );
}
