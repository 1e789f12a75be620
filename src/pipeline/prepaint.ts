/**
 * The pre-drawn first paint of the default view (issue #8): plain SVG inside #root, in the built
 * index.html, so every node shows as soon as the HTML and CSS arrive. React replaces it on its
 * first render. A small blocking script, before it in the body, hides it on any other route or
 * URL state (a selected node, filters, another view) and applies the saved theme, so nothing
 * wrong ever flashes. Only SVG attributes and classes are used: the page's Content-Security-
 * Policy forbids inline style attributes.
 */
import { textOn } from '../model/color.ts';
import { FIT_VIEW_PADDING, isLargeView } from '../model/layout-options.ts';
import type { AtlasShell, View } from '../model/types.ts';
import { THEME_STORAGE_KEY } from '../model/theme-key.ts';
import { defaultView } from '../model/views.ts';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** React Flow's default bezier from a right-hand source handle to a left-hand target handle. */
function bezier(sx: number, sy: number, tx: number, ty: number): string {
  const offset = (d: number) => (d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d));
  const c1 = sx + offset(tx - sx);
  const c2 = tx - offset(tx - sx);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(sx)},${r(sy)} C${r(c1)},${r(sy)} ${r(c2)},${r(ty)} ${r(tx)},${r(ty)}`;
}

/** The default view drawn as SVG, scaled to its box the way fitView frames it. */
export function prepaintSvg(shell: AtlasShell, view: View): string {
  const padX = (view.width * FIT_VIEW_PADDING) / 2;
  const padY = (view.height * FIT_VIEW_PADDING) / 2;
  const box = [-padX, -padY, view.width + 2 * padX, view.height + 2 * padY]
    .map((n) => Math.round(n))
    .join(' ');
  const open = `<svg class="prepaint-map" viewBox="${box}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">`;
  if (isLargeView(view) && view.groups && view.groups.length > 0) {
    const colour = new Map(shell.kinds.map((k) => [k.id, k.color]));
    const groups = view.groups.map(
      (g) =>
        `<g class="prepaint-group" data-group-id="${escapeXml(g.id)}">` +
        `<rect x="${g.x}" y="${g.y}" width="${g.width}" height="${g.height}" rx="12" stroke="${colour.get(g.id) ?? '#888'}"/>` +
        `<text x="${g.x + 16}" y="${g.y + 40}">${escapeXml(g.label)} ${g.nodeIds.length}</text></g>`,
    );
    return `${open}${groups.join('')}</svg>`;
  }
  const nodeById = new Map(shell.nodes.map((n) => [n.id, n]));
  const kindById = new Map(shell.kinds.map((k) => [k.id, k]));
  const placed = new Map(view.nodes.map((p) => [p.id, p]));
  const shown = new Set(view.relations);
  const edges = shell.relations
    .filter((r) => shown.has(r.id))
    .flatMap((r) => {
      const a = placed.get(r.from);
      const b = placed.get(r.to);
      if (!a || !b) return [];
      return [`<path d="${bezier(a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2)}"/>`];
    });
  const nodes = view.nodes.flatMap((p) => {
    const node = nodeById.get(p.id);
    const kind = node && kindById.get(node.kind);
    if (!node || !kind) return [];
    const cy = p.y + p.height / 2;
    const label = `${kind.label}${node.status === 'active' ? '' : `, ${node.status}`}`;
    return [
      `<g class="prepaint-node kind-${kind.id}" data-node-id="${escapeXml(node.id)}">` +
        `<rect x="${p.x + 1}" y="${p.y + 1}" width="${p.width - 2}" height="${p.height - 2}" rx="10" stroke="${kind.color}"/>` +
        `<rect class="prepaint-edge" x="${p.x}" y="${p.y}" width="8" height="${p.height}" rx="4" fill="${kind.color}"/>` +
        `<circle cx="${p.x + 35}" cy="${cy}" r="15" fill="${kind.color}"/>` +
        `<text class="prepaint-badge" x="${p.x + 35}" y="${cy}" fill="${textOn(kind.color)}">${escapeXml(kind.symbol ?? kind.label.slice(0, 1))}</text>` +
        `<text class="prepaint-name" x="${p.x + 60}" y="${cy - 3}">${escapeXml(node.name)}</text>` +
        `<text class="prepaint-kind" x="${p.x + 60}" y="${cy + 14}">${escapeXml(label)}</text>` +
        `</g>`,
    ];
  });
  return `${open}<g class="prepaint-edges">${edges.join('')}</g>${nodes.join('')}</svg>`;
}

/**
 * What goes inside #root: the header and map bar with the app's classes, so they take the same
 * space at every width (their controls disabled until the app arrives), and the map. The section
 * links are real links and work before the app does.
 */
export function prepaintMarkup(shell: AtlasShell, base: string): string {
  const view = defaultView(shell.views);
  if (!view) return '';
  const link = (path: string, text: string) => `<a href="${base}${path}">${text}</a>`;
  const button = (text: string, cls = 'button small') =>
    `<button type="button" class="${cls}" disabled>${text}</button>`;
  return (
    `<div id="prepaint" class="prepaint">` +
    `<header class="app-header"><a class="brand" href="${base}">Jupyter Atlas</a>` +
    `<span class="tagline">a map of JupyterHub and the parts it plugs together</span>` +
    `<nav aria-label="Sections" class="sections">${link('', 'Map')}${link('paths', 'Guided paths')}` +
    `${link('architectures', 'Architectures')}${link('choose', 'Choose')}${link('config', 'Configure')}` +
    `${link('compose', 'Compose')}${link('pathways', 'Contribute')}</nav>` +
    `<div class="search"><input class="search-input" type="search" disabled aria-label="Search the atlas (loading)" placeholder="Search: name, class path, setting, chart key  ( / )"></div>` +
    `<label class="theme-toggle"><span class="visually-hidden">Colour theme</span><select disabled><option>System theme</option></select></label>` +
    `${button('About', 'button about-button')}${button('?', 'button help-button')}</header>` +
    `<div class="map-page"><main class="map-area"><h1 class="visually-hidden">Map of the JupyterHub ecosystem (loading)</h1>` +
    `<div class="map-bar"><div class="mode-switch"><button type="button" aria-pressed="true" disabled>Map</button><button type="button" aria-pressed="false" disabled>Outline</button></div>` +
    // The same bar as the app's (Copy link, then the Export menu's closed summary), so nothing
    // moves when the app takes over.
    `<div class="share-tools">${button('Copy link')}<details class="share-more" inert><summary class="button small">Export</summary></details></div></div>` +
    `<div class="map-body">${prepaintSvg(shell, view)}</div></main></div></div>`
  );
}

/**
 * The blocking script before #root: the saved theme, and the pre-drawn map only where it is
 * right — the map route with no parameters but the default view or a search query.
 */
export function prepaintScript(defaultViewId: string): string {
  return `// Jupyter Atlas: runs before the page body is drawn (see src/pipeline/prepaint.ts).
(function () {
  var root = document.documentElement;
  try {
    var theme = window.localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {}
  var script = document.currentScript;
  var base = script ? new URL('.', script.src).pathname : '/';
  var params = new URLSearchParams(window.location.search);
  // ?theme=light|dark (an embed following its host page) wins over the saved choice.
  var asked = params.get('theme');
  if (asked === 'light' || asked === 'dark') root.setAttribute('data-theme', asked);
  var plain = true;
  params.forEach(function (value, name) {
    if (name === 'q' || name === 'theme') return;
    if (name === 'view' && value === ${JSON.stringify(defaultViewId)}) return;
    plain = false;
  });
  if (window.location.pathname !== base || !plain) root.setAttribute('data-prepaint', 'off');
})();
`;
}

/** Where index.html asks for the pre-drawn map: inside the root element the app renders into. */
export const PREPAINT_MARKER = '<!-- atlas:prepaint -->';

/**
 * index.html with the pre-drawn map at its marker. Throws when the marker is missing or appears
 * twice, so a changed index.html stops the build instead of silently losing the first paint.
 * @example injectPrepaint('<div id="root"><!-- atlas:prepaint --></div>', '<svg/>')
 */
export function injectPrepaint(html: string, markup: string): string {
  const at = html.indexOf(PREPAINT_MARKER);
  if (at === -1 || html.indexOf(PREPAINT_MARKER, at + 1) !== -1)
    throw new Error(
      `index.html must hold the marker ${PREPAINT_MARKER} exactly once, inside <div id="root">, ` +
        `where the build draws the default view before any script runs. Fix: put it back.`,
    );
  return html.slice(0, at) + markup + html.slice(at + PREPAINT_MARKER.length);
}
