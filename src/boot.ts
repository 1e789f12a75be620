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

// User-timing marks: the live-map profile (scripts/profile-live-map.mjs) splits the time at them.
performance.mark('atlas:boot');
function startApp(): void {
  performance.mark('atlas:import-app');
  void import('./main');
  // The big picture's canvas is its own chunk: fetch it beside the app when the URL asks for it.
  if (/[?&]view=big-picture(&|$)/.test(window.location.search))
    void import('./features/map/blocks-canvas');
  // A link to a node opens its panel: fetch the panel's code beside the app too.
  if (/[?&]node=/.test(window.location.search)) void import('./features/details/detail-panel');
}

// With a pre-drawn map on the page, let the browser paint it first; without one (another view,
// another page: the pre-drawn script turned it off), there is nothing to wait for.
if (document.documentElement.getAttribute('data-prepaint') === 'off') startApp();
else requestAnimationFrame(() => setTimeout(startApp, 0));
