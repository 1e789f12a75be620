#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 and measures it in Debian's Chromium
 * (playwright-core) against a floor page — plain HTML/SVG drawing the same nodes at the same
 * positions, no framework — built in the same run. App and floor alternate (A, B, A, B…);
 * each figure is the median over the runs and each ratio the median of the pair-by-pair
 * ratios. Then the budgets of issue #8, PASS or FAIL.
 *
 *   npm run bench                                  real data, build figures, 5 runs
 *   npm run bench -- --synthetic 1000,2000,5000    adds the growth series (synthetic atlases)
 *   npm run bench -- --quick                       smoke test: 1 run, fewer queries and builds
 *   npm run bench -- --json [file]                 writes every raw and median figure
 *                                                  (default docs/performance/results.json)
 *   npm run bench:chart                            draws docs/performance/growth.svg from it
 *
 * Issue #19's budgets follow issue #8's: the live map (every node of the view in the document,
 * map framed) on every map view against a floor page of that view, the big picture's pan and
 * zoom, bytes before the live map, and /config's filter, /compose's output and the search over
 * settings, on the real data and on the real data padded with --settings N synthetic settings
 * (default 5000; 0 to skip; scripts/bench/settings-pages.mjs).
 *
 * Other options: --runs N (default 5), --no-real (synthetic series only), --no-build-figures
 * (one build, no build timings), --keep (keep the temporary folder), --report <file> (print
 * the tables of a results file again, no measuring). Progress goes to stderr, tables to stdout.
 *
 * The real data is copied to a temporary folder (its own layout cache; the repository's
 * .atlas-cache and dist/ are left alone); each data set is built with
 * `ATLAS_DATA_ROOT=<dir> vite build --outDir <tmp>` and served with vite preview. Every page
 * load is a fresh browser context (empty cache), 1440×900. Definitions (scripts/bench/page.mjs):
 * - visible: every node id of the default view has a [data-node-id] element (a pre-rendered
 *   first paint counts); when the framed map does not draw every node (large synthetic views),
 *   every group has a [data-group-id] element instead — the table says which. Timed in the page
 *   (MutationObserver from an init script, performance.now()), then the next frame, and never
 *   before the first contentful paint. Interactive: .map-frame[data-framed="true"].
 * - bytes: responses (Resource Timing) finished before visible, and before interactive (the
 *   budget); raw as decoded, gzip computed from the bodies (vite preview does not compress).
 * - long tasks: PerformanceObserver('longtask') durations of tasks starting before visible.
 * - fps: requestAnimationFrame callbacks counted while page.mouse drags the empty map (3 s,
 *   moves every 8 ms) and while page.mouse.wheel zooms in and out (2 s, a step every 16 ms).
 * - search: native value setter + 'input' event (t0), listbox change, t1 in the next frame;
 *   keystrokes 30–45 ms apart, spread over the frame so both sides meet every frame phase.
 * - panel: capture-phase click (t0) until #detail-title shows the name, t1 in the next frame.
 * - heap: CDP Performance.getMetrics JSHeapUsedSize after load, after a forced GC.
 * - builds: cold (layout cache and output deleted), warm (unchanged data; the log must say
 *   "layout cache hit"), `npm run validate`; wall time, median of 3 (1 with --quick).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/chromium.mjs';
import { buildFigures, copyRealData, exportAtlas, serve, viteBuild } from './bench/build.mjs';
import { bigPictureFloor, floorPage } from './bench/floor.mjs';
import { buildStackFloor, stackFloorPage } from './bench/stack-floor.mjs';
import { fpsFigures, loadFigures, openPage, panelFigures, searchFigures } from './bench/page.mjs';
import {
  budgetLines,
  budgets19,
  budgetsFor,
  datasetTable,
  growthTable,
  summarise,
} from './bench/report.mjs';
import {
  composeFigures,
  configFilterFigures,
  writeSyntheticSettings,
} from './bench/settings-pages.mjs';
import { median, percentile, prng } from './bench/stats.mjs';

const REPO = resolve(import.meta.dirname, '..');
/** @param {string} line */
const log = (line) => console.error(line);

/** @typedef {import('../src/model/types.ts').View} View */
/** @typedef {import('./bench/build.mjs').ExportedAtlas} ExportedAtlas */
/** @typedef {import('./bench/page.mjs').Definition} Definition */

/**
 * The big picture's view: its blocks and links are there (the pipeline writes them with
 * purpose 'blocks').
 * @typedef {View & Required<Pick<View, 'blocks' | 'links'>>} BigPictureView
 */

/**
 * The command line, read (the comment at the top lists the options).
 * @param {string[]} argv
 */
function parseOptions(argv) {
  /**
   * @type {{ synthetic: number[], runs: number, quick: boolean, json: string | null,
   *   real: boolean, buildFigures: boolean, keep: boolean, report: string | null,
   *   extraSettings: number }}
   */
  const o = {
    synthetic: [],
    runs: 5,
    quick: false,
    extraSettings: 5000,
    json: null,
    real: true,
    buildFigures: true,
    keep: false,
    report: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--synthetic')
      o.synthetic.push(
        ...value()
          .split(',')
          .map((s) => Number(s.replace(/_/g, ''))),
      );
    else if (arg === '--runs') o.runs = Number(value());
    else if (arg === '--quick') o.quick = true;
    else if (arg === '--settings') o.extraSettings = Number(value());
    else if (arg === '--json')
      o.json =
        argv[i + 1] && !(/** @type {string} */ (argv[i + 1]).startsWith('--'))
          ? /** @type {string} */ (argv[++i])
          : 'docs/performance/results.json';
    else if (arg === '--no-real') o.real = false;
    else if (arg === '--no-build-figures') o.buildFigures = false;
    else if (arg === '--keep') o.keep = true;
    else if (arg === '--report') o.report = value();
    else throw new Error(`unknown option ${arg} (see the comment at the top of scripts/bench.mjs)`);
  }
  if (o.synthetic.some((n) => !Number.isInteger(n) || n < 10))
    throw new Error('--synthetic takes node counts, e.g. --synthetic 1000,2000,5000');
  if (o.quick) o.runs = 1;
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs takes a positive integer');
  return o;
}

const options = parseOptions(process.argv.slice(2));
const settings = {
  runs: options.runs,
  queries: options.quick ? 15 : 50,
  clicks: options.quick ? 2 : 5,
  panMs: 3000,
  zoomMs: 2000,
  coldRuns: options.quick ? 1 : 3,
  warmRuns: options.quick ? 1 : 3,
  validateRuns: options.quick ? 1 : 3,
  timeout: 180_000,
};

/**
 * 2–6 character prefixes of node names and ids, mixed, never the same twice in a row.
 * @param {ExportedAtlas} atlas
 * @param {number} count
 */
function searchQueries(atlas, count) {
  const random = prng(8);
  /** @type {string[]} */
  const out = [];
  while (out.length < count) {
    // random() < 1, so the index is in range (an atlas has nodes).
    const node = /** @type {import('../src/model/types.ts').AtlasNode} */ (
      atlas.nodes[Math.floor(random() * atlas.nodes.length)]
    );
    const source = out.length % 2 ? node.id : node.name;
    const q = source.slice(0, 2 + Math.floor(random() * 5)).trimEnd();
    if (q.length >= 2 && q !== out.at(-1)) out.push(q);
  }
  return out;
}

/**
 * The default view's nodes in a fixed shuffled order: candidates for the panel clicks.
 * @param {ExportedAtlas} atlas
 * @param {View} view
 * @returns {import('./bench/page.mjs').Candidate[]}
 */
function clickCandidates(atlas, view) {
  const random = prng(5);
  const byId = new Map(atlas.nodes.map((n) => [n.id, n]));
  return view.nodes
    .map((p) => ({ id: p.id, name: byId.get(p.id)?.name ?? p.id, r: random() }))
    .sort((a, b) => a.r - b.r)
    .map(({ id, name }) => ({ id, name }));
}

const PAINTED = '(painted: the next frame, never before the first contentful paint)';

/**
 * What "visible" meant for a data set; `view` holds its node and group counts.
 * @param {Definition | null} definition
 * @param {{ nodes: number, groups: number }} view
 * @param {{ nodesInDocument?: unknown } | undefined} firstRun the app's first run
 */
function describeDefinition(definition, view, firstRun) {
  const shown = `${firstRun?.nodesInDocument ?? '?'} of ${view.nodes} nodes in the document once framed`;
  if (definition === 'nodes')
    return `every one of the ${view.nodes} node ids of the view has a [data-node-id] element ${PAINTED}`;
  if (definition === 'groups')
    return `the framed map does not draw every node (${shown}), so: every one of the ${view.groups} groups has a [data-group-id] element (or a React Flow node "group:<id>") ${PAINTED}`;
  return `neither every node nor every group is in the document once framed (${shown}): the map framed (.map-frame[data-framed="true"]) is used instead`;
}

/**
 * Waits until the map is framed and the page has settled, without reading the load figures.
 * @param {import('./bench/page.mjs').OpenedPage} opened
 */
async function waitFramed(opened) {
  await opened.page.waitForFunction(
    () =>
      /** @type {import('./bench/page.mjs').BenchWindow} */ (window).__bench.interactive !== null,
  );
  await opened.page.waitForLoadState('networkidle').catch(() => {});
  await opened.page.evaluate(() =>
    /** @type {import('./bench/page.mjs').BenchWindow} */ (window).__benchStop(),
  );
  await new Promise((r) => setTimeout(r, 1000));
}

/**
 * What both sides are measured on in one data set.
 * @typedef {object} MeasureContext
 * @property {Record<'app' | 'floor', { view: string, fps: string }>} urls the default view's
 *   page, and the page panned and zoomed (the whole ecosystem for the real data)
 * @property {View} view
 * @property {View} fpsView
 * @property {string[]} queries
 * @property {import('./bench/page.mjs').Candidate[]} candidates
 */

/**
 * Measures one side (app or floor) once.
 * @param {import('playwright-core').Browser} browser
 * @param {'app' | 'floor'} side
 * @param {MeasureContext} ctx
 * @param {Definition | null} definition the one the app's first run chose, or null on that run
 */
async function measureSide(browser, side, ctx, definition) {
  const { urls, view, fpsView, queries, candidates } = ctx;
  const groupIds = (view.groups ?? []).map((g) => g.id);
  const opened = await openPage(browser, urls[side].view, {
    nodeIds: view.nodes.map((n) => n.id),
    groupIds,
    timeout: settings.timeout,
  });
  try {
    const load = await loadFigures(opened, {
      // The floor is measured after the app in each pair, with the definition the app's first run chose.
      definition,
    });
    let fps;
    if (fpsView === view) fps = await fpsFigures(opened.page, settings);
    const search = await searchFigures(opened.page, queries);
    const panel = await panelFigures(opened.page, candidates, settings.clicks);
    const searchTimes = (search.results ?? []).map((r) => r?.raf ?? null);
    const errors = [...opened.errors];
    await opened.close();
    if (fpsView !== view) {
      const other = await openPage(browser, urls[side].fps, {
        nodeIds: fpsView.nodes.map((n) => n.id),
        groupIds: (fpsView.groups ?? []).map((g) => g.id),
        timeout: settings.timeout,
      });
      try {
        await waitFramed(other);
        fps = await fpsFigures(other.page, settings);
        errors.push(...other.errors);
      } finally {
        await other.close();
      }
    }
    return {
      ...load,
      ...fps,
      searchMs: searchTimes,
      searchMedian: median(searchTimes),
      searchP95: percentile(searchTimes, 95),
      searchDomMedian: median((search.results ?? []).map((r) => r?.dom ?? null)),
      searchAfterPaintMedian: median((search.results ?? []).map((r) => r?.afterPaint ?? null)),
      searchMissed: (search.results ?? []).filter((r) => r === null).length,
      searchWarmupMs: search.warmupMs ?? null,
      searchError: search.error ?? null,
      panelMs: panel.times,
      panelNodes: panel.nodes,
      panelZoomSteps: panel.zoomSteps,
      panelMedian: median(panel.times),
      errors,
    };
  } catch (error) {
    await opened.close().catch(() => {});
    throw error;
  }
}

/**
 * One data set's configuration-page timings (ms): /config's filter, /compose's output, and the
 * map's search over settings (padded data sets only).
 * @typedef {{ filter: number[], compose: number[], settings: number | null,
 *   search: (number | null)[] }} ConfigRuns
 */

/**
 * /config's filter and /compose's output (issue #19), each in a fresh context, `settings.runs`
 * passes; with `searchQueries`, the map's search too (typed queries that match settings).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the app's
 * @param {string[] | null} searchQueries
 * @returns {Promise<ConfigRuns>}
 */
async function configPages(browser, url, searchQueries = null) {
  /** @type {ConfigRuns} */
  const out = { filter: [], compose: [], settings: null, search: [] };
  /**
   * @param {string} path
   * @param {string} ready what to wait for
   */
  const open = async (path, ready) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(settings.timeout);
    await page.goto(new URL(path, url).href);
    await page.locator(ready).first().waitFor();
    return { page, close: () => context.close() };
  };
  const config = await open('/config', '.setting-row');
  try {
    const f = await configFilterFigures(config.page, settings.runs);
    out.filter = f.times;
    out.settings = f.settings;
  } finally {
    await config.close();
  }
  const compose = await open('/compose', 'pre.compose-text');
  try {
    out.compose = (await composeFigures(compose.page, settings.runs)).times;
  } finally {
    await compose.close();
  }
  if (searchQueries) {
    const map = await open('/', '.map-frame[data-framed="true"]');
    try {
      const search = await searchFigures(map.page, searchQueries);
      if (search.error) log(`  search (settings): ${search.error}`);
      out.search = (search.results ?? []).map((r) => r?.raf ?? null);
    } finally {
      await map.close();
    }
  }
  log(
    `  /config filter over ${out.settings} settings: median ${median(out.filter)?.toFixed(1)} ms; ` +
      `/compose change: median ${median(out.compose)?.toFixed(1)} ms` +
      (searchQueries ? `; search (settings): median ${median(out.search)?.toFixed(1)} ms` : ''),
  );
  return out;
}

/**
 * The real data padded with `extra` synthetic settings (scripts/bench/settings-pages.mjs): the
 * configuration pages' and the search's budgets at scale.
 */
/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} work the temporary folder
 * @param {number} extra synthetic settings to add
 * @returns {Promise<ConfigRuns & { kind: 'settings', label: string, extra: number }>}
 */
async function runSettingsDataset(browser, work, extra) {
  const label = `real data + ${extra} synthetic settings`;
  log(`\n== ${label}: building`);
  const root = join(work, `settings-${extra}`);
  await copyRealData(root);
  await writeSyntheticSettings(root, extra);
  const out = join(work, `settings-${extra}-app`);
  const b = await viteBuild(root, out);
  log(`  build: ${Math.round(b.ms)} ms`);
  const app = await serve(out, true);
  try {
    const random = prng(11);
    const words = ['timeout', 'image', 'limit', 'port', 'cpu', 'start_t', 'spawner', 'volume'];
    const queries = Array.from({ length: settings.queries }, (_, i) => {
      const w = words[Math.floor(random() * words.length)] ?? 'timeout';
      return i % 2 ? w : w.slice(0, 3);
    }).filter((q, i, all) => q !== all[i - 1]);
    return { kind: 'settings', label, extra, ...(await configPages(browser, app.url, queries)) };
  } finally {
    await app.close();
  }
}

/** @typedef {Awaited<ReturnType<typeof measureSide>>} SideRun */

/** @typedef {{ visibleMs: number | null, interactiveMs: number | null }} StackRun */

/**
 * One side's big-picture figures in one run (pan and zoom on the app's side only).
 * @typedef {{ visibleMs: number | null, interactiveMs: number | null }
 *   & Partial<import('./bench/page.mjs').FpsFigures>} BigPictureRun
 */

/**
 * A data set as measured (or read back from a results file), before `finish` adds its medians,
 * ratios and budgets.
 * @typedef {object} MeasuredDataset
 * @property {'real' | 'synthetic'} kind
 * @property {string} label
 * @property {string | null} commit
 * @property {number} n its node count
 * @property {number} relations
 * @property {{ id: string, title: string, nodes: number, groups: number }} view
 * @property {{ id: string, nodes: number, groups: number }} fpsView
 * @property {Definition | null} visibleDefinition
 * @property {string[]} queries
 * @property {{ app: SideRun[], floor: SideRun[] }} runs
 * @property {{ app: BigPictureRun[], floor: BigPictureRun[] }} [bigPicture]
 * @property {{ view: StackRun[], big: StackRun[] }} [stackRuns] the stack floor (React and React
 *   Flow alone, scripts/bench/stack-floor.mjs) on the default view and the big picture
 * @property {Record<string, { app: { liveMs: number }[], floor: { liveMs: number }[] }>} [viewRuns]
 *   the live map on every other map view (issue #19), app and floor
 * @property {ConfigRuns} [configRuns] the configuration pages (real data only)
 * @property {import('./bench/report.mjs').Builds} builds
 */

/**
 * Builds, serves and measures one data set (the real data or a synthetic atlas of n nodes).
 * @param {import('playwright-core').Browser} browser
 * @param {string} work the temporary folder
 * @param {{ kind: 'real' | 'synthetic', label: string, root: string }} dataset
 */
async function runDataset(browser, work, { kind, label, root }) {
  log(`\n== ${label}: building`);
  // Recorded per data set: src/ may change between the builds of a long run.
  const commit = gitCommit();
  const slug = label.replace(/\W+/g, '-');
  const appOut = join(work, `${slug}-app`);
  /** @type {import('./bench/report.mjs').Builds} */
  let builds = { measured: false };
  if (options.buildFigures)
    builds = {
      measured: true,
      ...(await buildFigures(root, appOut, { ...settings, onLine: log })),
    };
  else {
    const b = await viteBuild(root, appOut);
    log(`  build: ${Math.round(b.ms)} ms (${b.log})`);
  }
  const atlas = await exportAtlas(root);
  const mapViews = atlas.views.filter((v) => v.purpose === undefined);
  // The pipeline always writes a map view (an 'all' view when graph-data has no views).
  const view = /** @type {View} */ (mapViews[0]);
  const fpsView = (kind === 'real' && mapViews.find((v) => v.id === 'ecosystem')) || view;
  const floorDir = join(work, `${slug}-floor`);
  await mkdir(floorDir, { recursive: true });
  await writeFile(join(floorDir, 'index.html'), floorPage(atlas, view));
  if (fpsView !== view) await writeFile(join(floorDir, 'fps.html'), floorPage(atlas, fpsView));

  const app = await serve(appOut, true);
  const floor = await serve(floorDir, false);
  const urls = {
    app: { view: app.url, fps: new URL(`/?view=${fpsView.id}`, app.url).href },
    floor: { view: floor.url, fps: new URL('/fps.html', floor.url).href },
  };
  const ctx = {
    urls,
    view,
    fpsView,
    queries: searchQueries(atlas, settings.queries),
    candidates: clickCandidates(atlas, view),
  };
  // The big picture draws blocks, not nodes: it is measured on its own, against a floor page
  // of the same blocks at the same places, visible when every block is in the document.
  const bigView = /** @type {BigPictureView | undefined} */ (
    kind === 'real' ? atlas.views.find((v) => v.purpose === 'blocks') : undefined
  );
  if (bigView)
    await writeFile(join(floorDir, 'big.html'), floorPage(atlas, bigPictureFloor(atlas, bigView)));
  // Between the floor and the app: the same default view and blocks drawn by React and React
  // Flow alone, what the decided stack costs by itself (scripts/bench/stack-floor.mjs).
  const stackDir = join(work, `${slug}-stack`);
  if (kind === 'real') {
    /** @type {Record<string, import('./bench/stack-floor.mjs').StackFloorPage>} */
    const pages = { view: stackFloorPage(atlas, view) };
    if (bigView)
      pages.big = stackFloorPage(atlas, {
        ...bigView,
        nodes: [],
        relations: [],
        groups: bigView.blocks,
      });
    await buildStackFloor(stackDir, pages);
  }
  // Issue #19 asks for the live map's ratio on every view: the other map views, each against a
  // floor page of its own nodes, groups and relations.
  const otherViews = kind === 'real' ? mapViews.filter((v) => v !== view) : [];
  for (const v of otherViews)
    await writeFile(join(floorDir, `view-${v.id}.html`), floorPage(atlas, v));
  /** @type {MeasuredDataset['runs']} */
  const runs = { app: [], floor: [] };
  /** @type {NonNullable<MeasuredDataset['bigPicture']>} */
  const bigRuns = { app: [], floor: [] };
  /** @type {NonNullable<MeasuredDataset['viewRuns']>} */
  const viewRuns = Object.fromEntries(otherViews.map((v) => [v.id, { app: [], floor: [] }]));
  /** @type {ConfigRuns} */
  const configRuns = { filter: [], compose: [], settings: null, search: [] };
  /** @type {{ view: StackRun[], big: StackRun[] }} */
  const stackRuns = { view: [], big: [] };
  const stack = kind === 'real' ? await serve(stackDir, false) : null;
  /** @type {Definition | null} */
  let definition = null;
  try {
    for (let i = 0; i < settings.runs; i++) {
      for (const side of /** @type {const} */ (['app', 'floor'])) {
        const r = await measureSide(browser, side, ctx, definition);
        if (side === 'app') definition ??= r.definition;
        runs[side].push(r);
        log(
          `  run ${i + 1}/${settings.runs} ${side.padEnd(5)} visible ${Math.round(Number(r.visibleMs))} ms, ` +
            `interactive ${Math.round(Number(r.interactiveMs))} ms, pan ${r.fpsPan?.toFixed(1)} fps, ` +
            `zoom ${r.fpsZoom?.toFixed(1)} fps, search ${r.searchMedian?.toFixed(1)} ms, ` +
            `panel ${r.panelMedian?.toFixed(1)} ms` +
            (r.errors.length ? ` — page errors: ${r.errors.join('; ')}` : ''),
        );
      }
      if (bigView)
        for (const side of /** @type {const} */ (['app', 'floor'])) {
          const url =
            side === 'app'
              ? new URL(`/?view=${bigView.id}`, app.url).href
              : new URL('/big.html', floor.url).href;
          const opened = await openPage(browser, url, {
            nodeIds: [],
            groupIds: bigView.blocks.map((b) => b.id),
            timeout: settings.timeout,
          });
          try {
            const load = await loadFigures(opened, { definition: 'groups' });
            /** @type {Partial<import('./bench/page.mjs').FpsFigures>} */
            const fps = side === 'app' ? await fpsFigures(opened.page, settings) : {};
            bigRuns[side].push({
              visibleMs: load.visibleMs,
              interactiveMs: load.interactiveMs,
              ...fps,
            });
            log(
              `  run ${i + 1}/${settings.runs} ${side.padEnd(5)} big picture: visible ${Math.round(Number(load.visibleMs))} ms, ` +
                `interactive ${Math.round(Number(load.interactiveMs))} ms` +
                (side === 'app'
                  ? `, pan ${fps.fpsPan?.toFixed(1)} fps, zoom ${fps.fpsZoom?.toFixed(1)} fps`
                  : ''),
            );
          } finally {
            await opened.close();
          }
        }
      // The stack floor after each pair, so its runs meet the same machine as theirs.
      if (stack)
        for (const page of /** @type {const} */ (['view', 'big'])) {
          if (page === 'big' && !bigView) continue;
          const opened = await openPage(browser, new URL(`/?page=${page}`, stack.url).href, {
            nodeIds: page === 'view' ? view.nodes.map((n) => n.id) : [],
            groupIds:
              page === 'view'
                ? (view.groups ?? []).map((g) => g.id)
                : (bigView?.blocks ?? []).map((b) => b.id),
            timeout: settings.timeout,
          });
          try {
            const load = await loadFigures(opened, {
              definition: page === 'view' ? definition : 'groups',
              settleMs: 300,
            });
            stackRuns[page].push({ visibleMs: load.visibleMs, interactiveMs: load.interactiveMs });
            log(
              `  run ${i + 1}/${settings.runs} stack floor ${page === 'view' ? 'default view' : 'big picture'}: ` +
                `visible ${Math.round(Number(load.visibleMs))} ms, interactive ${Math.round(Number(load.interactiveMs))} ms` +
                (opened.errors.length ? ` — page errors: ${opened.errors.join('; ')}` : ''),
            );
          } finally {
            await opened.close();
          }
        }
    }
    for (let i = 0; i < settings.runs; i++)
      for (const v of otherViews)
        for (const side of /** @type {const} */ (['app', 'floor'])) {
          const url =
            side === 'app'
              ? new URL(`/?view=${v.id}`, app.url).href
              : new URL(`/view-${v.id}.html`, floor.url).href;
          const opened = await openPage(browser, url, {
            nodeIds: v.nodes.map((n) => n.id),
            groupIds: (v.groups ?? []).map((g) => g.id),
            timeout: settings.timeout,
          });
          try {
            const load = await loadFigures(opened, { definition: 'nodes', settleMs: 300 });
            // Live: every node of the view in the document and painted, and the map framed.
            const liveMs = Math.max(load.visibleMs ?? Infinity, load.interactiveMs ?? 0);
            viewRuns[v.id]?.[side].push({ liveMs });
            log(
              `  run ${i + 1}/${settings.runs} ${side.padEnd(5)} view ${v.id}: live ${Math.round(liveMs)} ms`,
            );
          } finally {
            await opened.close();
          }
        }
    if (kind === 'real') Object.assign(configRuns, await configPages(browser, app.url));
    if (bigView) {
      /**
       * @param {'app' | 'floor'} side
       * @param {keyof BigPictureRun} key
       */
      const m = (side, key) => median(bigRuns[side].map((r) => r[key] ?? null));
      const live = m('app', 'interactiveMs');
      const floorLive = m('floor', 'interactiveMs');
      const ratio = Number(live) / Number(floorLive);
      const pan = m('app', 'fpsPan');
      const zoom = m('app', 'fpsZoom');
      log(
        `  big picture (${bigView.blocks.length} blocks, ${bigView.links.filter((l) => l.shown).length} arrows): ` +
          `live map ${Math.round(Number(live))} ms vs floor ${Math.round(Number(floorLive))} ms = ${ratio.toFixed(2)}× ` +
          `(budget ≤ 3×: ${ratio <= 3 ? 'PASS' : 'FAIL'}); pan ${pan?.toFixed(1)} fps, zoom ${zoom?.toFixed(1)} fps ` +
          `(budget ≥ 55: ${Number(pan) >= 55 && Number(zoom) >= 55 ? 'PASS' : 'FAIL'})`,
      );
    }
  } finally {
    await app.close();
    await floor.close();
    await stack?.close();
  }
  return finish({
    kind,
    label,
    commit,
    n: atlas.nodes.length,
    relations: atlas.relations.length,
    view: {
      id: view.id,
      title: view.title,
      nodes: view.nodes.length,
      groups: view.groups?.length ?? 0,
    },
    fpsView: { id: fpsView.id, nodes: fpsView.nodes.length, groups: fpsView.groups?.length ?? 0 },
    visibleDefinition: definition,
    queries: ctx.queries,
    runs,
    ...(bigView ? { bigPicture: bigRuns } : {}),
    ...(stack ? { stackRuns } : {}),
    viewRuns,
    configRuns,
    builds,
  });
}

/**
 * Medians, ratios and budgets from a data set's raw runs (also when re-reading a JSON file).
 * @param {MeasuredDataset} dataset
 */
function finish(dataset) {
  const { medians, ratios } = summarise(dataset.runs);
  const done = {
    ...dataset,
    visibleDefinitionText: describeDefinition(
      dataset.visibleDefinition,
      dataset.view,
      dataset.runs.app[0],
    ),
    floorAllNodesMs: median(dataset.runs.floor.map((r) => r.nodesMs)),
    medians,
    ratios,
  };
  return { ...done, budgets: budgetsFor(done) };
}

/** @typedef {ReturnType<typeof finish>} Dataset */

/**
 * How many of the app's search queries changed nothing in the listbox.
 * @param {Dataset} d
 */
const missed = (d) => d.runs.app.reduce((sum, r) => sum + r.searchMissed, 0);

/**
 * The lines above a data set's table: what was measured, on what, and how "visible" was read.
 * @param {Dataset} d
 * @param {number} runs
 */
function header(d, runs) {
  const fps =
    d.fpsView.id === d.view.id
      ? 'the same view'
      : `"${d.fpsView.id}" (${d.fpsView.nodes} nodes, ${d.fpsView.groups} groups)`;
  return [
    `${d.label} — ${d.n.toLocaleString('en-US')} nodes, ${d.relations.toLocaleString('en-US')} relations; ` +
      `median of ${runs} run${runs === 1 ? '' : 's'} (app and floor alternating)`,
    `default view "${d.view.id}" (${d.view.nodes} nodes, ${d.view.groups} groups); pan/zoom on ${fps}` +
      (d.commit ? `; built from ${d.commit}` : ''),
    `"visible", app and floor alike: ${d.visibleDefinitionText}`,
    ...(missed(d) > 0
      ? [
          `search: ${missed(d)} of ${d.queries.length * runs} app queries changed nothing in the listbox (same results as the query before) and are left out`,
        ]
      : []),
    ...(d.visibleDefinition === 'nodes'
      ? []
      : [
          `(the floor draws every node: all ${d.view.nodes} painted at ${Math.round(Number(d.floorAllNodesMs))} ms, median)`,
        ]),
  ].join('\n');
}

/** The short commit of HEAD, marked when src/ has changes not committed; null outside git. */
function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: REPO })
      .toString()
      .trim();
    return dirty ? `${head} (src/ modified)` : head;
  } catch {
    return null;
  }
}

/** Measures every data set asked for; returns the run's meta data and the data sets. */
async function measureAll() {
  const work = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const chromiumVersion = browser.version();
  const datasets = [];
  const settingsSets = [];
  try {
    if (options.real) {
      const root = join(work, 'real');
      await copyRealData(root);
      datasets.push(await runDataset(browser, work, { kind: 'real', label: 'real data', root }));
    }
    if (options.extraSettings > 0)
      settingsSets.push(await runSettingsDataset(browser, work, options.extraSettings));
    if (options.synthetic.length > 0) {
      if (!existsSync(join(REPO, 'scripts/synthetic.mjs')))
        throw new Error('--synthetic needs scripts/synthetic.mjs (writeSyntheticAtlas)');
      const { writeSyntheticAtlas } = await import('./synthetic.mjs');
      for (const n of options.synthetic) {
        const root = join(work, `synthetic-${n}`);
        await writeSyntheticAtlas(root, n, { seed: 1 });
        datasets.push(
          await runDataset(browser, work, { kind: 'synthetic', label: `synthetic ${n}`, root }),
        );
      }
    }
  } finally {
    await browser.close().catch(() => {});
    if (!options.keep) await rm(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
  const meta = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    commit: gitCommit(),
    viewport: '1440×900',
    ...settings,
    quick: options.quick,
    gzip: 'node:zlib gzipSync, default level (6), per response body',
    search:
      'in page: native value setter + input event (t0), a change in the "Search results" listbox ' +
      '(MutationObserver), t1 in the next requestAnimationFrame; 30–45 ms between queries, spread over the frame',
  };
  return { meta, datasets, settingsSets };
}

// --report <file> re-reads a results file (recomputing medians, ratios and budgets from its
// raw runs) instead of measuring.
/** @type {Awaited<ReturnType<typeof measureAll>>} */
const { meta, datasets, settingsSets } = options.report
  ? (() => {
      const saved = JSON.parse(readFileSync(resolve(REPO, options.report), 'utf8'));
      return {
        meta: saved.meta,
        datasets: saved.datasets.map(finish),
        settingsSets: saved.settingsSets ?? [],
      };
    })()
  : await measureAll();

console.log(
  `\nJupyter Atlas benchmark — ${meta.date.slice(0, 10)}, Chromium ${meta.chromium}, ${meta.cpu}, commit ${meta.commit}`,
);
console.log(`search: ${meta.search}`);
for (const d of datasets) {
  console.log(`\n${header(d, meta.runs)}\n`);
  console.log(datasetTable(d));
}
if (datasets.length > 1) {
  console.log('\nGrowth with N (app median, and its ratio to the floor)\n');
  console.log(growthTable(datasets));
}
const budgets = datasets.flatMap((d) => d.budgets);
console.log('\nBudgets (issue #8)\n');
console.log(budgetLines(budgets).join('\n'));
const budgets2 = budgets19(datasets, settingsSets);
console.log('\nBudgets (issue #19)\n');
console.log(budgetLines(budgets2).join('\n'));

if (options.json) {
  const file = resolve(REPO, options.json);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    JSON.stringify({ meta, datasets, settingsSets, budgets, budgets19: budgets2 }, null, 2) + '\n',
  );
  console.log(`\nwrote ${file}`);
}
