#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:chart [-- results.json [growth.svg]]`: reads the benchmark's JSON (written by
 * `npm run bench -- --synthetic 1000,2000,5000 --json`) and draws how each figure grows with
 * the number of nodes N — one small panel per figure, the app and the floor page as two lines —
 * as a standalone SVG (d3-scale for the axes, d3-shape for the lines; no DOM needed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

const REPO = resolve(import.meta.dirname, '..');
const input = resolve(REPO, process.argv[2] ?? 'docs/performance/results.json');
const output = resolve(REPO, process.argv[3] ?? 'docs/performance/growth.svg');

/**
 * What this reads of the benchmark's results file (scripts/bench.mjs writes it).
 * @typedef {object} Results
 * @property {{ date: string, chromium: string, cpu: string, runs: number }} meta
 * @property {import('./bench.mjs').Dataset[]} datasets
 */

/** @type {Results} */
const { meta, datasets } = JSON.parse(readFileSync(input, 'utf8'));

/**
 * The median of the finite numbers in xs, or null.
 * @param {readonly unknown[]} xs
 */
const median = (xs) => {
  const s = xs
    .filter(/** @returns {x is number} */ (x) => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  const [lower, upper] = [s[m - 1] ?? NaN, s[m] ?? NaN]; // both in range when they are read
  return s.length % 2 ? upper : (lower + upper) / 2;
};

/**
 * A panel reads a figure's medians (`key`, and `floorKey` on the floor's side) or a build
 * figure (`build`, the app's side only); `scale` converts the unit, `min` is the least top of
 * the y axis.
 * @typedef {{ title: string, unit: string, scale?: number, min?: number }
 *   & ({ key: string, floorKey?: string, build?: undefined }
 *     | { build: 'coldMs' | 'warmMs' | 'validateMs', key?: undefined })} Panel
 */

/**
 * One point of a line: the value at N nodes (null: not measured), and whether it is the real
 * data.
 * @typedef {{ n: number, real: boolean } & ({ v: number } | { v: null })} Point
 */

/**
 * One panel per figure: how to read it from a data set, per side (null: no floor line).
 * @type {Panel[]}
 */
const PANELS = [
  { title: 'Visible (all nodes or groups)', unit: 'ms', key: 'visibleMs' },
  { title: 'Interactive (map framed)', unit: 'ms', key: 'interactiveMs', floorKey: 'visibleMs' },
  { title: 'JS + data before visible', unit: 'kB gzip', key: 'jsDataGzip', scale: 1e-3 },
  {
    title: 'JS + data before interactive',
    unit: 'kB gzip',
    key: 'jsDataGzipInteractive',
    scale: 1e-3,
  },
  { title: 'Pan by mouse drag', unit: 'fps', key: 'fpsPan', min: 62 },
  { title: 'Zoom by wheel', unit: 'fps', key: 'fpsZoom', min: 62 },
  { title: 'Search, keystroke to paint', unit: 'ms', key: 'searchMedian' },
  { title: 'Click to detail panel', unit: 'ms', key: 'panelMedian' },
  { title: 'JS heap after load', unit: 'MB', key: 'heapBytes', scale: 1e-6 },
  { title: 'Cold build', unit: 's', build: 'coldMs', scale: 1e-3 },
  { title: 'Warm rebuild', unit: 's', build: 'warmMs', scale: 1e-3 },
  { title: 'npm run validate', unit: 's', build: 'validateMs', scale: 1e-3 },
];

/**
 * A panel's points on one side, by N.
 * @param {Panel} panel
 * @param {'app' | 'floor'} side
 * @returns {Point[]}
 */
const series = (panel, side) =>
  datasets
    .map((d) => {
      let v = null;
      if (panel.build)
        v = side === 'app' && d.builds?.measured ? median(d.builds[panel.build]) : null;
      // A figure missing from an older results file is not measured (it was drawn as NaN).
      else
        v = d.medians[side][side === 'floor' ? (panel.floorKey ?? panel.key) : panel.key] ?? null;
      return { n: d.n, v: v === null ? null : v * (panel.scale ?? 1), real: d.kind === 'real' };
    })
    .sort((a, b) => a.n - b.n);

const COLS = 4;
const W = 270;
const H = 200;
const M = { top: 34, right: 14, bottom: 40, left: 52 };
const HEAD = 74;
const FOOT = 96;
// A figure no data set measured (build figures, in a run with --no-build-figures) gets no panel.
const SHOWN = PANELS.filter((panel) =>
  [...series(panel, 'app'), ...(panel.build ? [] : series(panel, 'floor'))].some(
    (p) => p.v !== null,
  ),
);
const rows = Math.ceil(SHOWN.length / COLS);
const width = COLS * W + 20;
const height = HEAD + rows * H + FOOT;
const APP = { color: '#1d5fa8', dash: '', label: 'app' };
const FLOOR = { color: '#b4460f', dash: '6 4', label: 'floor page (plain HTML/SVG)' };

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** @param {unknown} s */
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
/** @param {number} v */
const fmt = (v) =>
  v >= 100 ? Math.round(v).toLocaleString('en-US') : v >= 10 ? v.toFixed(0) : v.toFixed(1);

const ns = [...new Set(datasets.map((d) => d.n))].sort((a, b) => a - b);
const xMax = Math.max(...ns) * 1.04;

/**
 * One panel: its title, axes, and the app's and the floor's lines.
 * @param {Panel} panel
 * @param {number} index its place, row by row
 */
function panelSvg(panel, index) {
  const ox = 10 + (index % COLS) * W;
  const oy = HEAD + Math.floor(index / COLS) * H;
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const app = series(panel, 'app');
  const floor = panel.build ? [] : series(panel, 'floor');
  const values = [...app, ...floor].map((p) => p.v).filter((v) => v !== null);
  const x = scaleLinear().domain([0, xMax]).range([0, iw]);
  const y = scaleLinear()
    .domain([0, Math.max(panel.min ?? 1e-9, ...values) * 1.08])
    .range([ih, 0])
    .nice(4);
  const yTicks = y.ticks(4);
  const path = /** @type {typeof line<Point>} */ (line)()
    .defined((p) => p.v !== null)
    .x((p) => x(p.n))
    .y((p) => y(p.v ?? NaN)); // only called for the points defined() keeps
  const out = [`<g transform="translate(${ox + M.left},${oy + M.top})">`];
  out.push(
    `<text x="${-M.left + 4}" y="-16" class="panel-title">${esc(panel.title)} <tspan class="unit">(${esc(panel.unit)})</tspan></text>`,
  );
  for (const t of yTicks)
    out.push(
      `<line x1="0" x2="${iw}" y1="${y(t)}" y2="${y(t)}" class="grid"/>`,
      `<text x="-6" y="${y(t)}" dy="0.32em" text-anchor="end" class="tick">${t.toLocaleString('en-US', { maximumFractionDigits: 2 })}</text>`,
    );
  out.push(`<line x1="0" x2="${iw}" y1="${ih}" y2="${ih}" class="axis"/>`);
  for (const n of ns)
    out.push(
      `<line x1="${x(n)}" x2="${x(n)}" y1="${ih}" y2="${ih + 4}" class="axis"/>`,
      `<text x="${x(n)}" y="${ih + 16}" text-anchor="middle" class="tick">${n >= 1000 ? `${n / 1000}k` : n}</text>`,
    );
  out.push(
    `<text x="${iw / 2}" y="${ih + 32}" text-anchor="middle" class="axis-label">nodes (N)</text>`,
  );
  for (const [points, style] of /** @type {[Point[], typeof APP][]} */ ([
    [floor, FLOOR],
    [app, APP],
  ])) {
    if (points.length === 0 || points.every((p) => p.v === null)) continue;
    out.push(
      `<path d="${path(points)}" fill="none" stroke="${style.color}" stroke-width="2" stroke-dasharray="${style.dash}"/>`,
    );
    for (const p of points.filter((p) => p.v !== null)) {
      const label = `${style.label}, N=${p.n}${p.real ? ' (real data)' : ''}: ${fmt(p.v)} ${panel.unit}`;
      out.push(
        style === APP
          ? `<circle cx="${x(p.n)}" cy="${y(p.v)}" r="3.5" fill="${p.real ? '#fff' : style.color}" stroke="${style.color}" stroke-width="2"><title>${esc(label)}</title></circle>`
          : `<rect x="${x(p.n) - 3}" y="${y(p.v) - 3}" width="6" height="6" fill="${p.real ? '#fff' : style.color}" stroke="${style.color}" stroke-width="1.5"><title>${esc(label)}</title></rect>`,
      );
    }
  }
  out.push('</g>');
  return out.join('\n');
}

const real = datasets.find((d) => d.kind === 'real');
const describe = SHOWN.map((panel) => {
  const points = series(panel, 'app')
    .filter((p) => p.v !== null)
    .map((p) => `${fmt(p.v)} at ${p.n}`)
    .join(', ');
  return `${panel.title} (${panel.unit}): app ${points || 'not measured'}`;
}).join('; ');
const groupsOnly = datasets
  .filter((d) => d.visibleDefinition === 'groups')
  .map((d) => d.n.toLocaleString('en-US'));
const notes = [
  real
    ? `Hollow marks (N=${real.n}) are the real atlas: load, search and panel figures on its default view (${real.view.nodes} nodes), pan and zoom on "${real.fpsView.id}" (${real.fpsView.nodes} nodes).`
    : null,
  'Synthetic atlases open on all N nodes, grouped by kind.',
  groupsOnly.length
    ? `At N = ${groupsOnly.join(', ')} the app's framed map draws group boxes only: "visible" means every group drawn (the floor draws every node).`
    : null,
  'Build figures have no floor line. Data: docs/performance/results.json (npm run bench -- --synthetic 1000,2000,5000 --json).',
].filter(Boolean);
const note = notes.join(' ');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">
<title id="chart-title">Jupyter Atlas benchmark: how each figure grows with the number of nodes</title>
<desc id="chart-desc">Small multiples, one panel per figure, against N (${ns.join(', ')} nodes); solid blue line and circles: the app; dashed orange line and squares: the floor page drawing the same nodes in plain HTML and SVG. ${esc(describe)}. ${esc(note)} Measured ${esc(meta.date.slice(0, 10))} in Chromium ${esc(meta.chromium)} on ${esc(meta.cpu)}, median of ${meta.runs} runs.</desc>
<style>
.panel-title{font-size:13px;font-weight:600;fill:#1a1a1a}
.unit{font-weight:400;fill:#555}
.tick{font-size:10.5px;fill:#444}
.axis-label{font-size:11px;fill:#444}
.grid{stroke:#e3e3e3;stroke-width:1}
.axis{stroke:#777;stroke-width:1}
.legend{font-size:12.5px;fill:#1a1a1a}
.note{font-size:11.5px;fill:#444}
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="14" y="26" font-size="17" font-weight="700" fill="#1a1a1a">How each figure grows with N</text>
<g transform="translate(14,48)">
<line x1="0" x2="28" y1="0" y2="0" stroke="${APP.color}" stroke-width="2"/><circle cx="14" cy="0" r="3.5" fill="${APP.color}"/>
<text x="36" y="0" dy="0.32em" class="legend">${APP.label}</text>
<line x1="90" x2="118" y1="0" y2="0" stroke="${FLOOR.color}" stroke-width="2" stroke-dasharray="${FLOOR.dash}"/><rect x="101" y="-3" width="6" height="6" fill="${FLOOR.color}"/>
<text x="126" y="0" dy="0.32em" class="legend">${FLOOR.label}</text>
<text x="340" y="0" dy="0.32em" class="legend">median of ${meta.runs} run${meta.runs === 1 ? '' : 's'}, Chromium ${esc(meta.chromium)}, ${esc(meta.cpu)}, ${esc(meta.date.slice(0, 10))}</text>
</g>
${SHOWN.map(panelSvg).join('\n')}
${notes.map((n, i) => `<text x="14" y="${height - FOOT + 22 + i * 18}" class="note">${esc(n)}</text>`).join('\n')}
</svg>
`;
writeFileSync(output, svg);
console.log(`wrote ${output}`);
