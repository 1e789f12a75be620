#!/usr/bin/env node
/**
 * `npm run bench:profile`: where the time goes between navigation and the live map (every React
 * Flow node of the view present and the map framed), from a Chrome trace of the built app in
 * Debian's Chromium. Splits the time at the app's user-timing marks (src/boot.ts, src/main.tsx)
 * and, inside each phase, sums the main thread's self time by what it was doing (HTML, script
 * compile, script run, style, layout, paint, GC; the rest is waiting: network or idle).
 *
 *   npm run bench:profile                         default view, 3 runs, median per cell
 *   npm run bench:profile -- --view ecosystem --runs 5 --dist dist
 *
 * --dist uses an existing build (default: builds into a temporary folder first).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from './lib/chromium.mjs';
import { median } from './bench/stats.mjs';

const REPO = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(opt('runs', '3'));
const view = opt('view', null);
let dist = opt('dist', null);

/** The trace event names, by what the main thread is doing. */
const BUCKETS = [
  ['HTML parse', /^(ParseHTML|ParseAuthorStyleSheet|DocumentLoader::CommitNavigation)$/],
  [
    'script parse + compile',
    /^(v8\.compile|v8\.compileModule|V8\.(Parse|PreParse|Compile|ScriptCompiler|FlushInstructionCache)|CompileScript|FlushInstructionCache)/,
  ],
  [
    'script run',
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.run|V8\.(Execute|BytecodeBudgetInterrupt|OptimizeCode|Maglev|Turbofan|StackGuard|DeoptimizeCode)|ResizeObserver)/,
  ],
  ['GC', /GC|Scavenge|Mark-Compact/i],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/,
  ],
  ['layout', /^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/],
  [
    'paint + composite',
    /^(Paint|PrePaint|Layerize|CompositeLayers|Commit|RasterTask|UpdateLayer|PaintImage|Decode)/,
  ],
  [
    'task scheduling',
    /^(ThreadControllerImpl::RunTask|Receive mojo message|RunTask|LocalWindowProxy::Initialize)$/,
  ],
];
/** What "other work" was, by event name, over all runs (printed with --names). */
const OTHER = new Map();
const PHASES = [
  ['navigation → boot module ran (HTML, CSS, pre-drawn map)', null, 'atlas:boot'],
  ['boot → app import starts (one frame painted)', 'atlas:boot', 'atlas:import-app'],
  [
    'app import → app evaluated (fetch, compile, run modules)',
    'atlas:import-app',
    'atlas:app-evaluated',
  ],
  ['app evaluated → render scheduled', 'atlas:app-evaluated', 'atlas:render-called'],
  ['render → live map (React render, React Flow measure, frame)', 'atlas:render-called', 'live'],
];

async function traced(context, url, nodeIds) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading,toplevel,disabled-by-default-v8.compile',
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  const live = await page.waitForFunction(
    (ids) => {
      if (!document.querySelector('.map-frame[data-framed="true"]')) return null;
      const present = new Set(
        [...document.querySelectorAll('.react-flow__node[data-id]')].map((el) => el.dataset.id),
      );
      if (!ids.every((id) => present.has(id) || present.has(`group:${id}`))) return null;
      const marks = Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
      );
      return { live: performance.now(), marks };
    },
    nodeIds,
    { polling: 'raf', timeout: 60_000 },
  );
  const timing = await live.jsonValue();
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { events, timing };
}

function breakdown({ events, timing }) {
  // The renderer's main thread: the CrRendererMain thread that holds our marks.
  const boot = events.find((e) => e.name === 'atlas:boot');
  if (!boot)
    throw new Error('no atlas:boot mark in the trace: is this build older than the marks?');
  const main = events.filter((e) => e.pid === boot.pid && e.tid === boot.tid);
  // Trace time (µs) of a page time (ms since the time origin), anchored on the boot mark.
  const at = (ms) => boot.ts + (ms - timing.marks['atlas:boot']) * 1000;
  const complete = main
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time of each event: its duration less its children's.
  const stack = [];
  const selfTime = new Map();
  for (const e of complete) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) selfTime.set(parent, (selfTime.get(parent) ?? parent.dur) - e.dur);
    selfTime.set(e, selfTime.get(e) ?? e.dur);
    stack.push(e);
  }
  const bucketOf = (name) => BUCKETS.find(([, re]) => re.test(name))?.[0] ?? 'other work';
  return PHASES.map(([label, from, to]) => {
    const start = from ? at(timing.marks[from]) : at(0);
    const end = to === 'live' ? at(timing.live) : at(timing.marks[to]);
    const cells = {};
    let busy = 0;
    for (const e of complete) {
      const self = Math.max(0, selfTime.get(e) ?? 0);
      if (self === 0 || e.ts + e.dur <= start || e.ts >= end) continue;
      // Clip to the phase; self time is spread evenly over the event for the clipped part.
      const overlap = (Math.min(end, e.ts + e.dur) - Math.max(start, e.ts)) / e.dur;
      const ms = (self * overlap) / 1000;
      const bucket = bucketOf(e.name);
      cells[bucket] = (cells[bucket] ?? 0) + ms;
      if (bucket === 'other work') OTHER.set(e.name, (OTHER.get(e.name) ?? 0) + ms);
      busy += ms;
    }
    const total = (end - start) / 1000;
    cells['waiting (network, idle)'] = Math.max(0, total - busy);
    return { label, total, cells };
  });
}

async function main() {
  let tmp;
  if (!dist) {
    tmp = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
    dist = join(tmp, 'dist');
    console.error('building…');
    execFileSync(
      process.execPath,
      [
        join(REPO, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        dist,
        '--logLevel',
        'warn',
      ],
      { cwd: REPO, stdio: 'inherit' },
    );
  }
  const atlas = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', 'export'], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }),
  );
  const shown = atlas.views.find((v) => (view ? v.id === view : v.purpose === undefined));
  if (!shown) throw new Error(`no view ${view}; views: ${atlas.views.map((v) => v.id).join(', ')}`);
  // Views over LARGE_VIEW nodes show group boxes when fitted (src/model/layout-options.ts).
  // The big picture draws one React Flow node per block ("block:<kind>"), its members only when
  // a block is opened.
  const ids =
    shown.purpose === 'blocks'
      ? (shown.blocks ?? []).map((b) => `block:${b.id}`)
      : shown.nodes.length > 400
        ? (shown.groups ?? []).map((g) => g.id)
        : shown.nodes.map((n) => n.id);
  const server = await preview({
    root: REPO,
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 4390 },
    logLevel: 'silent',
  });
  const url = `${server.resolvedUrls.local[0]}${view ? `?view=${view}` : ''}`;
  // Playwright's launch gives the browser a fresh temporary profile of its own.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const results = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const r = breakdown(await traced(context, url, ids));
      await context.close();
      if (i > 0) results.push(r); // the first run warms the server and the disk
      console.error(
        `run ${i}${i === 0 ? ' (warm-up)' : ''}: live map at ${r.reduce((s, p) => s + p.total, 0).toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  const columns = ['total', ...BUCKETS.map(([b]) => b), 'other work', 'waiting (network, idle)'];
  console.log(
    `Live map, ${shown.id} view (${ids.length} nodes or groups), median of ${runs} runs, ms`,
  );
  console.log(`| phase | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---:').join('|')}|`);
  for (let p = 0; p < PHASES.length; p++) {
    const cell = (name) =>
      median(results.map((r) => (name === 'total' ? r[p].total : (r[p].cells[name] ?? 0))));
    console.log(`| ${PHASES[p][0]} | ${columns.map((c) => cell(c).toFixed(0)).join(' | ')} |`);
  }
  if (args.includes('--names'))
    console.log(
      'other work by event name (ms, all runs):',
      [...OTHER]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', '),
    );
  const sum = (name) =>
    median(
      results.map((r) =>
        r.reduce((s, ph) => s + (name === 'total' ? ph.total : (ph.cells[name] ?? 0)), 0),
      ),
    );
  console.log(`| **all** | ${columns.map((c) => sum(c).toFixed(0)).join(' | ')} |`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
