/**
 * The page's entry. The built index.html already shows the default view, pre-drawn
 * (src/pipeline/prepaint.ts): let the browser paint it first, then fetch, parse and run the app,
 * which replaces it. The stylesheets are imported here so that they arrive with the page (the
 * pre-drawn map uses them) and keep their order.
 */
// React Flow's base styles first, then ours (one file per area, imported in order by
// app/styles.css), which override them.
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { viewLoaders } from 'virtual:atlas-views';
import { prepaintOnScreen } from './state/prepaint';

// User-timing marks: the live-map profile (scripts/profile-live-map.mjs) splits the time at them.
performance.mark('atlas:boot');
function startApp(): void {
  performance.mark('atlas:import-app');
  void import('./main');
  // A view other than the default is not in the shell: fetch its drawing beside the app.
  const params = new URLSearchParams(window.location.search);
  const view = params.get('view');
  // (main.tsx reports a failure.)
  if (view !== null && Object.hasOwn(viewLoaders, view))
    viewLoaders[view]!().catch(() => undefined);
  // The big picture's canvas is its own chunk: fetch it beside the app when the URL asks for it.
  if (view === 'big-picture') void import('./features/map/blocks-canvas');
  // A link to a node opens its panel: fetch the panel's code beside the app too.
  if (params.has('node')) void import('./features/details/detail-panel');
  // The outline is its own chunk too.
  if (params.get('mode') === 'outline') void import('./features/outline/outline');
}

// With a pre-drawn map on the page, let the browser paint it first; without one (another view,
// another page: the pre-drawn script turned it off), there is nothing to wait for.
if (prepaintOnScreen()) requestAnimationFrame(() => setTimeout(startApp, 0));
else startApp();
