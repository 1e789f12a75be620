// @ts-check
// The figures, their budgets (issue #8) and the printed tables.
import { format, median, pairedRatio } from './stats.mjs';

/**
 * One side's figures in one run, by key (a run of scripts/bench.mjs, or one read back from a
 * results file).
 * @typedef {Record<string, unknown>} Run
 */

/** @typedef {{ app: Run[], floor: Run[] }} Runs */

/**
 * Each figure's median (or ratio), by key; null when no run measured it.
 * @typedef {Record<string, number | null>} Medians
 */

/**
 * The build figures, when they were measured.
 * @typedef {{ measured: false } | ({ measured: true } & import('./build.mjs').BuildFigures)} Builds
 */

/** @typedef {'ms' | 'bytes' | 'fps' | 'ratio'} BudgetUnit */

/**
 * The configuration pages' timings of one data set, ms (scripts/bench.mjs's configPages).
 * @typedef {{ filter: number[], compose: number[], settings: number | null,
 *   search?: (number | null)[] }} ConfigRuns
 */

/**
 * @typedef {object} Budget
 * @property {string} dataset its label
 * @property {string} figure the key of the figure it limits
 * @property {string} budget in words
 * @property {number | null | undefined} value
 * @property {number | null} limit null: reported, no budget
 * @property {BudgetUnit} unit
 * @property {boolean | null} pass null: reported, no budget
 */

/**
 * What the budgets need of a data set.
 * @typedef {object} Summarised
 * @property {'real' | 'synthetic'} kind
 * @property {string} label
 * @property {number} n its node count
 * @property {{ app: Medians, floor: Medians }} medians
 * @property {Medians} ratios app / floor, the median of the pairs
 * @property {Builds} builds
 */

/**
 * What the tables need of a data set: its budgets too, and what "visible" meant.
 * @typedef {Summarised & { budgets: Budget[],
 *   visibleDefinition: import('./page.mjs').Definition | null }} Dataset
 */

/**
 * Figures measured on both sides; `vsFloor` names the floor figure a ratio is taken against.
 * @type {{ key: string, label: string, unit: 'ms' | 'bytes' | 'fps', vsFloor?: string }[]}
 */
export const FIGURES = [
  { key: 'visibleMs', label: 'time to all nodes visible', unit: 'ms' },
  {
    key: 'interactiveMs',
    label: 'time to interactive (map framed)',
    unit: 'ms',
    vsFloor: 'visibleMs',
  },
  { key: 'jsDataRaw', label: 'JS + data before visible, raw', unit: 'bytes' },
  { key: 'jsDataGzip', label: 'JS + data before visible, gzip', unit: 'bytes' },
  { key: 'allGzip', label: 'all bytes before visible (+CSS), gzip', unit: 'bytes' },
  {
    key: 'jsDataRawInteractive',
    label: 'JS + data before interactive, raw',
    unit: 'bytes',
  },
  {
    key: 'jsDataGzipInteractive',
    label: 'JS + data before interactive, gzip',
    unit: 'bytes',
  },
  { key: 'longTaskMs', label: 'long-task time before visible', unit: 'ms' },
  { key: 'fpsPan', label: 'fps, panning by mouse drag (3 s)', unit: 'fps' },
  { key: 'fpsZoom', label: 'fps, zooming by wheel (2 s)', unit: 'fps' },
  { key: 'searchMedian', label: 'search, keystroke to paint, median', unit: 'ms' },
  { key: 'searchP95', label: 'search, keystroke to paint, p95', unit: 'ms' },
  { key: 'searchDomMedian', label: 'search, keystroke to results in DOM, median', unit: 'ms' },
  { key: 'panelMedian', label: 'click to detail panel painted', unit: 'ms' },
  { key: 'heapBytes', label: 'JS heap after load (after GC)', unit: 'bytes' },
];

/** @type {{ key: 'coldMs' | 'warmMs' | 'validateMs', label: string, unit: 'ms' }[]} */
export const BUILD_FIGURES = [
  { key: 'coldMs', label: 'cold build (no layout cache)', unit: 'ms' },
  { key: 'warmMs', label: 'warm rebuild (unchanged data)', unit: 'ms' },
  { key: 'validateMs', label: 'npm run validate', unit: 'ms' },
];

/**
 * Medians of every figure per side, and the pair-by-pair ratios app / floor.
 * @param {Runs} runs
 */
export function summarise(runs) {
  /** @type {{ app: Medians, floor: Medians }} */
  const medians = { app: {}, floor: {} };
  /** @type {Medians} */
  const ratios = {};
  for (const side of /** @type {const} */ (['app', 'floor']))
    for (const { key } of FIGURES) medians[side][key] = median(runs[side].map((r) => r[key]));
  for (const { key, vsFloor } of FIGURES)
    ratios[key] = pairedRatio(
      runs.app.map((r) => r[key]),
      runs.floor.map((r) => r[vsFloor ?? key]),
    );
  return { medians, ratios };
}

/**
 * Whether a figure was measured and is at most (or at least) `limit`.
 * @param {number | null | undefined} value
 * @param {number} limit
 */
const atMost = (value, limit) => typeof value === 'number' && value <= limit;
/** @type {typeof atMost} */
const atLeast = (value, limit) => typeof value === 'number' && value >= limit;

/**
 * The budgets of issue #8 that apply to one data set.
 * @param {Summarised} dataset
 * @returns {Budget[]}
 */
export function budgetsFor(dataset) {
  const { kind, n, medians, ratios, builds } = dataset;
  const app = medians.app;
  /** @type {Budget[]} */
  const out = [];
  /**
   * @param {string} figure
   * @param {string} text
   * @param {number | null | undefined} value
   * @param {number} limit
   * @param {boolean} pass
   * @param {BudgetUnit} unit
   */
  const add = (figure, text, value, limit, pass, unit) =>
    out.push({ dataset: dataset.label, figure, budget: text, value, limit, unit, pass });
  if (kind === 'real') {
    // Taken at the map's first real render (React Flow framed), not at a pre-rendered first
    // paint: on loopback, what finishes before an early paint is a race, not what the route needs.
    add(
      'jsDataGzipInteractive',
      'map route JS + data before first render (framed) ≤ 200 kB gzip',
      app.jsDataGzipInteractive,
      200_000,
      atMost(app.jsDataGzipInteractive, 200_000),
      'bytes',
    );
    add(
      'visibleMs',
      'time to all nodes visible ≤ 2× the floor',
      ratios.visibleMs,
      2,
      atMost(ratios.visibleMs, 2),
      'ratio',
    );
    for (const key of ['fpsPan', 'fpsZoom'])
      add(
        key,
        `${key === 'fpsPan' ? 'pan' : 'zoom'} ≥ 55 fps on the whole-ecosystem view`,
        app[key],
        55,
        atLeast(app[key], 55),
        'fps',
      );
    add(
      'searchMedian',
      'search ≤ 16 ms median keystroke to paint',
      app.searchMedian,
      16,
      atMost(app.searchMedian, 16),
      'ms',
    );
  }
  if (kind === 'synthetic' && n === 2000)
    for (const key of ['fpsPan', 'fpsZoom'])
      add(
        key,
        `${key === 'fpsPan' ? 'pan' : 'zoom'} ≥ 45 fps at 2,000 nodes`,
        app[key],
        45,
        atLeast(app[key], 45),
        'fps',
      );
  if (kind === 'synthetic' && n === 5000)
    add(
      'searchMedian',
      'search ≤ 50 ms median at 5,000 nodes',
      app.searchMedian,
      50,
      atMost(app.searchMedian, 50),
      'ms',
    );
  if (builds?.measured) {
    const warm = median(builds.warmMs);
    add(
      'warmMs',
      'warm rebuild: no layout run ("layout cache hit"), ≤ 5 s',
      warm,
      5000,
      builds.warmCacheHit && atMost(warm, 5000),
      'ms',
    );
    if (kind === 'real') {
      const v = median(builds.validateMs);
      add('validateMs', 'npm run validate ≤ 2 s', v, 2000, atMost(v, 2000), 'ms');
    }
  }
  return out;
}

/** @type {Record<BudgetUnit, (limit: number) => string>} */
const LIMIT_TEXT = {
  bytes: (l) => `≤ ${format(l, 'bytes')}`,
  ratio: (l) => `≤ ${l}× floor`,
  fps: (l) => `≥ ${l}`,
  ms: (l) => `≤ ${format(l, 'ms')} ms`,
};

/**
 * Rows as a text table: the first column left-aligned, the others right-aligned.
 * @param {string[][]} rows the header first
 */
function table(rows) {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          c === 0 ? String(cell).padEnd(widths[c] ?? 0) : String(cell).padStart(widths[c] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}

/**
 * The table of one data set: figure, app, floor, ratio, budget, PASS/FAIL.
 * @param {Dataset} dataset
 */
export function datasetTable(dataset) {
  const { medians, ratios, budgets, builds } = dataset;
  /** @param {string} key */
  const budgetOf = (key) => budgets.find((b) => b.figure === key);
  const rows = [['figure', 'app', 'floor', 'ratio', 'budget', 'result']];
  for (const { key, label, unit, vsFloor } of FIGURES) {
    const b = budgetOf(key);
    const what =
      key === 'visibleMs' && dataset.visibleDefinition !== 'nodes'
        ? `time to ${dataset.visibleDefinition === 'groups' ? 'all groups visible' : 'map framed'}`
        : label;
    rows.push([
      `${what}${unit === 'ms' || unit === 'fps' ? ` (${unit})` : ''}`,
      format(medians.app[key], unit),
      format(medians.floor[vsFloor ?? key], unit),
      format(ratios[key], 'ratio'),
      b && b.limit !== null ? LIMIT_TEXT[b.unit](b.limit) : '',
      b ? (b.pass ? 'PASS' : 'FAIL') : '',
    ]);
  }
  if (builds?.measured)
    for (const { key, label, unit } of BUILD_FIGURES) {
      const b = budgetOf(key);
      rows.push([
        `${label} (ms)`,
        format(median(builds[key]), unit),
        '',
        '',
        b && b.limit !== null ? LIMIT_TEXT[b.unit](b.limit) : '',
        b ? (b.pass ? 'PASS' : 'FAIL') : '',
      ]);
    }
  return table(rows);
}

/**
 * How each figure grows with N: one row per figure, app value and ratio per data set.
 * @param {Dataset[]} datasets
 */
export function growthTable(datasets) {
  const head = ['figure', ...datasets.map((d) => `N=${d.n.toLocaleString('en-US')}`)];
  const rows = [head];
  for (const { key, label, unit, vsFloor } of FIGURES) {
    rows.push([
      key === 'visibleMs' ? 'time to visible (all nodes, or all groups)' : label,
      ...datasets.map((d) => {
        const r = d.ratios[key];
        return `${format(d.medians.app[key], unit)}${r !== null && !vsFloor ? ` (${format(r, 'ratio')})` : ''}`;
      }),
    ]);
  }
  for (const { key, label, unit } of BUILD_FIGURES)
    rows.push([
      `${label} (ms)`,
      ...datasets.map((d) => (d.builds?.measured ? format(median(d.builds[key]), unit) : '–')),
    ]);
  return table(rows);
}

/**
 * One line per budget.
 * @param {Budget[]} budgets
 */
export function budgetLines(budgets) {
  return budgets.map(
    (b) =>
      `${b.pass === null ? 'info' : b.pass ? 'PASS' : 'FAIL'}  [${b.dataset}] ${b.budget}: ${format(b.value, b.unit)}${b.unit === 'ms' || b.unit === 'fps' ? ` ${b.unit}` : ''}`,
  );
}

/**
 * Issue #19's budgets: the live map (every React Flow node of the view in the document and the
 * map framed) against its floor on the default view and the big picture, the ratio of every
 * other view reported; bytes before the live map; the big picture's pan and zoom; and the
 * configuration pages and the search over settings, on the real data and padded with synthetic
 * settings. Each entry is a budget line (`pass` null: reported, no budget).
 * @param {(Dataset & { kind: string, view: { id: string }, runs: Runs,
 *   bigPicture?: { app: Run[], floor: Run[] },
 *   viewRuns?: Record<string, { app: { liveMs: number }[], floor: { liveMs: number }[] }>,
 *   stackRuns?: { view: Run[], big: Run[] },
 *   configRuns?: ConfigRuns })[]} datasets
 * @param {(ConfigRuns & { label: string })[]} settingsSets
 * @returns {Budget[]}
 */
export function budgets19(datasets, settingsSets = []) {
  /** @type {Budget[]} */
  const out = [];
  /**
   * @param {string} dataset
   * @param {string} figure
   * @param {string} text
   * @param {number | null | undefined} value
   * @param {number | null} limit
   * @param {BudgetUnit} unit
   * @param {boolean | null} pass
   */
  const add = (dataset, figure, text, value, limit, unit, pass) =>
    out.push({ dataset, figure, budget: text, value, limit, unit, pass });
  /** @param {unknown} v */
  const num = (v) => (typeof v === 'number' ? v : null);
  const real = datasets.find((d) => d.kind === 'real');
  if (real) {
    add(
      real.label,
      'liveDefault',
      `live map, default view "${real.view.id}" ≤ 3× the floor`,
      real.ratios.interactiveMs,
      3,
      'ratio',
      (real.ratios.interactiveMs ?? Infinity) <= 3,
    );
    const big = real.bigPicture;
    if (big) {
      const ratio = pairedRatio(
        big.app.map((r) => num(r.interactiveMs)),
        big.floor.map((r) => num(r.interactiveMs)),
      );
      add(
        real.label,
        'liveBig',
        'live map, big picture ≤ 3× the floor',
        ratio,
        3,
        'ratio',
        ratio !== null && ratio <= 3,
      );
      for (const key of ['fpsPan', 'fpsZoom']) {
        const fps = median(big.app.map((r) => num(r[key])));
        add(
          real.label,
          `big-${key}`,
          `${key === 'fpsPan' ? 'pan' : 'zoom'} ≥ 55 fps on the big picture`,
          fps,
          55,
          'fps',
          fps !== null && fps >= 55,
        );
      }
    }
    // The stack floor (React and React Flow alone): how much of the 3× the stack takes itself.
    const stack = real.stackRuns;
    /** @type {[string, Run[], Run[] | undefined, Run[] | undefined][]} */
    const stackPairs = [
      ['default view', real.runs.app, real.runs.floor, stack?.view],
      ['big picture', real.bigPicture?.app ?? [], real.bigPicture?.floor, stack?.big],
    ];
    for (const [where, app, floor, own] of stackPairs) {
      if (!own?.length || !floor) continue;
      const live = own.map((r) => num(r.interactiveMs));
      const overFloor = pairedRatio(
        live,
        floor.map((r) => num(r.interactiveMs)),
      );
      const appOver = pairedRatio(
        app.map((r) => num(r.interactiveMs)),
        live,
      );
      add(
        real.label,
        `stack-${where === 'default view' ? 'default' : 'big'}`,
        `stack floor, ${where}: React + React Flow alone, ${format(median(live), 'ms')} ms ` +
          `(the app is ${format(appOver, 'ratio')} it); its ratio to the floor`,
        overFloor,
        null,
        'ratio',
        null,
      );
    }
    for (const [id, runs] of Object.entries(real.viewRuns ?? {})) {
      const ratio = pairedRatio(
        runs.app.map((r) => r.liveMs),
        runs.floor.map((r) => r.liveMs),
      );
      add(
        real.label,
        `live-${id}`,
        `live map, view "${id}" (reported; ${format(median(runs.app.map((r) => r.liveMs)), 'ms')} ms vs ${format(median(runs.floor.map((r) => r.liveMs)), 'ms')} ms)`,
        ratio,
        null,
        'ratio',
        null,
      );
    }
    const bytes = real.medians.app.jsDataGzipInteractive;
    add(
      real.label,
      'bytes160',
      'JS + data before the live map ≤ 160 kB gzip',
      bytes,
      160_000,
      'bytes',
      (bytes ?? Infinity) <= 160_000,
    );
  }
  const pages = [
    ...(real?.configRuns ? [{ label: real.label, ...real.configRuns }] : []),
    ...settingsSets,
  ];
  for (const set of pages) {
    const filter = median(set.filter ?? []);
    const compose = median(set.compose ?? []);
    add(
      set.label,
      'configFilter',
      `/config filter over ${set.settings} settings ≤ 50 ms median`,
      filter,
      50,
      'ms',
      filter !== null && filter <= 50,
    );
    add(
      set.label,
      'compose',
      '/compose output update ≤ 50 ms median per change',
      compose,
      50,
      'ms',
      compose !== null && compose <= 50,
    );
    if (set.search?.length) {
      const search = median(set.search);
      add(
        set.label,
        'searchSettings',
        'search over nodes and settings ≤ 16 ms median keystroke to paint',
        search,
        16,
        'ms',
        search !== null && search <= 16,
      );
    }
  }
  return out;
}
