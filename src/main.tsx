import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { shell as packed } from 'virtual:atlas-shell';
import { viewLoaders } from 'virtual:atlas-views';
import { App } from './app/app';
import { shellIds, unpackShell } from './model/shell';
import type { View } from './model/types';
import { deferredFullAtlas, deferredSettings } from './state/atlas-context';
import { prepaintOnScreen } from './state/prepaint';
import { applyTheme } from './state/theme';
import { selectedViewFrom } from './state/url-state';
import { viewSource } from './state/view-drawings';

performance.mark('atlas:app-evaluated');
// Before the first render, so a dark-theme choice never flashes light.
applyTheme();

// The map's first render needs only the shell; the rest of the atlas is a separate chunk.
const full = deferredFullAtlas(() => import('virtual:atlas'));
// The settings (for /config, /compose and search) load only when one of those asks.
const settings = deferredSettings(() => import('virtual:atlas-settings'));
const shell = unpackShell(packed);
// The shell draws the default view; another view's drawing is a module of its own.
const views = viewSource(viewLoaders, shellIds(shell));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
function render(initialViews: readonly View[]) {
  const app = (
    <StrictMode>
      <App
        shell={shell}
        full={full}
        settings={settings}
        views={views}
        initialViews={initialViews}
        base={import.meta.env.BASE_URL.replace(/\/$/, '')}
      />
    </StrictMode>
  );
  performance.mark('atlas:render-called');
  // A pre-drawn map on screen stays there until the live map takes its place in one task: the
  // first render, React Flow's own passes (its store gets the nodes in an effect) and the first
  // fit, with no frame painted between them (it showed an empty map). Without one, the app's
  // frame paints as soon as it can, and the map follows.
  if (prepaintOnScreen()) flushSync(() => root.render(app));
  else root.render(app);
}

// A link to another view: boot.ts started its drawing beside this chunk; render once it is here
// (the map would otherwise render a loading line, then the view). If it fails, the map says so.
const wanted = selectedViewFrom(window.location.search);
if (wanted !== null && Object.hasOwn(viewLoaders, wanted))
  views.load(wanted).then(
    (view) => render([view]),
    () => render([]),
  );
else render([]);
