// @ts-check
// In-page measurements, the same code for the app and the floor page. Every time is taken in
// the page with performance.now() (relative to the navigation's start), never around
// Playwright calls.
import { gzipSync } from 'node:zlib';

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @typedef {import('playwright-core').Page} Page */

/**
 * What the probes record (window.__bench): the first moment, in milliseconds since the
 * navigation started, at which each condition held, or null while it has not.
 * @typedef {object} Probe
 * @property {number | null} nodes every node id is in the document
 * @property {number | null} nodesPaint the frame after that
 * @property {number | null} groups every group id is in the document
 * @property {number | null} groupsPaint
 * @property {number | null} interactive the map is framed
 * @property {number | null} interactivePaint
 * @property {[start: number, duration: number][]} longTasks
 * @property {number} checks how many times the mutation observer looked
 */

/** @typedef {{ on: boolean, times: number[], t0: number, t1: number }} FrameCount */

/**
 * The page's window with what this module's page functions leave on it. Those functions run in
 * the browser (Playwright serialises them), so they reach it through a cast, not an import.
 * @typedef {Window & typeof globalThis & { __bench: Probe, __benchStop: () => void,
 *   __frames: FrameCount, __panel: Promise<{ dom: number, raf: number } | null> }} BenchWindow
 */

/**
 * Which moment counts as visible: every node, every group, or the map framed.
 * @typedef {'nodes' | 'groups' | 'interactive'} Definition
 */

/** @typedef {{ id: string, name: string }} Candidate a node to click, and the name its panel shows */

/**
 * Installed before any page script: records the first moment each condition holds —
 * every node id present as [data-node-id], every group id present as [data-group-id] (or a
 * React Flow node "group:<id>"), the map framed (.map-frame[data-framed="true"]) — and the
 * frame after it (requestAnimationFrame, then a message: after that frame is produced; the
 * load figures never count it before the first contentful paint). Also buffers long tasks.
 * @param {{ nodeIds: string[], groupIds: string[] }} wanted
 */
function installProbes({ nodeIds, groupIds }) {
  const win = /** @type {BenchWindow} */ (window);
  /** @type {Probe} */
  const b = {
    nodes: null,
    nodesPaint: null,
    groups: null,
    groupsPaint: null,
    interactive: null,
    interactivePaint: null,
    longTasks: [],
    checks: 0,
  };
  win.__bench = b;
  performance.setResourceTimingBufferSize?.(10000);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  /** @param {'nodesPaint' | 'groupsPaint' | 'interactivePaint'} key */
  const afterPaint = (key) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        b[key] = performance.now();
      };
      channel.port2.postMessage(0);
    });
  /**
   * @param {NodeListOf<Element>} elements
   * @param {(el: Element) => string | null | undefined} idOf
   * @param {string[]} wanted
   */
  const allPresent = (elements, idOf, wanted) => {
    if (elements.length < wanted.length) return false;
    const seen = new Set();
    for (const el of elements) seen.add(idOf(el));
    return wanted.every((id) => seen.has(id));
  };
  const check = () => {
    b.checks++;
    const now = performance.now();
    if (b.nodes === null) {
      const els = document.querySelectorAll('[data-node-id]');
      if (allPresent(els, (el) => el.getAttribute('data-node-id'), nodeIds)) {
        b.nodes = now;
        afterPaint('nodesPaint');
      }
    }
    if (b.groups === null && groupIds.length > 0) {
      const els = document.querySelectorAll(
        '[data-group-id], .react-flow__node[data-id^="group:"]',
      );
      /** @param {Element} el */
      const idOf = (el) => el.getAttribute('data-group-id') ?? el.getAttribute('data-id')?.slice(6);
      if (allPresent(els, idOf, groupIds)) {
        b.groups = now;
        afterPaint('groupsPaint');
      }
    }
    if (b.interactive === null && document.querySelector('.map-frame[data-framed="true"]')) {
      b.interactive = now;
      afterPaint('interactivePaint');
    }
    if (b.nodes !== null && b.interactive !== null && (b.groups !== null || !groupIds.length))
      observer.disconnect();
  };
  const observer = new MutationObserver(check);
  // Called once the load figures are read, so the probe costs nothing during the interactions.
  win.__benchStop = () => observer.disconnect();
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-framed', 'data-node-id', 'data-group-id', 'data-id'],
  });
}

/**
 * Opens `url` in a fresh context (empty cache) with the probes installed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ nodeIds: string[], groupIds: string[], timeout: number }} options
 */
export async function openPage(browser, url, { nodeIds, groupIds, timeout }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  /** @type {Promise<{ url: string, raw: number, gzip: number } | null>[]} */
  const bodies = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }),
        () => null, // Redirects and aborted responses have no body.
      ),
    );
  });
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(installProbes, { nodeIds, groupIds });
  await page.goto(url);
  return {
    page,
    cdp,
    nodeIds,
    groupIds,
    errors,
    bodies,
    async close() {
      await context.close();
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof openPage>>} OpenedPage */

/**
 * What a response was, for the byte counts.
 * @param {{ name: string, entryType: string, initiatorType: string }} entry
 */
const kindOf = (entry) => {
  if (entry.entryType === 'navigation') return 'html';
  const path = new URL(entry.name).pathname;
  if (/\.(m?js)$/.test(path) || entry.initiatorType === 'script') return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.json$/.test(path) || ['fetch', 'xmlhttprequest'].includes(entry.initiatorType))
    return 'data';
  if (/\.html?$/.test(path)) return 'html';
  return 'other';
};

/**
 * Waits for the map to be framed and the page to settle, then reads the load figures.
 * `definition` says which moment counts as visible: 'nodes', 'groups', or null to decide from
 * what the framed map shows (the first app run): 'nodes' if every node of the view is in the
 * document, else 'groups' if every group is, else 'interactive' (the framing itself).
 * @param {OpenedPage} opened
 * @param {{ definition: Definition | null, settleMs?: number }} options
 */
export async function loadFigures(opened, { definition, settleMs = 1000 }) {
  const { page, cdp, bodies, nodeIds, groupIds } = opened;
  await page.waitForFunction(
    () => /** @type {BenchWindow} */ (window).__bench.interactive !== null,
  );
  await page.waitForLoadState('networkidle').catch(() => {});
  await sleep(settleMs);
  const probe = await page.evaluate(
    ({ nodeIds, groupIds }) => {
      const b = /** @type {BenchWindow} */ (window).__bench;
      // Both kinds are PerformanceResourceTiming (a navigation entry extends it).
      const entries = /** @type {PerformanceResourceTiming[]} */ ([
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ]).map((e) => ({
        name: e.name,
        entryType: e.entryType,
        initiatorType: e.initiatorType,
        responseEnd: e.responseEnd,
        encodedBodySize: e.encodedBodySize,
        decodedBodySize: e.decodedBodySize,
        transferSize: e.transferSize,
      }));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const nodesNow = new Set(
        [...document.querySelectorAll('[data-node-id]')].map(
          (el) => /** @type {HTMLElement | SVGElement} */ (el).dataset.nodeId,
        ),
      );
      const groupsNow = new Set(
        [...document.querySelectorAll('[data-group-id], .react-flow__node[data-id^="group:"]')].map(
          (el) => el.getAttribute('data-group-id') ?? el.getAttribute('data-id')?.slice(6),
        ),
      );
      return {
        ...b,
        entries,
        fcp,
        nodesInDocument: nodeIds.filter((id) => nodesNow.has(id)).length,
        groupsInDocument: groupIds.filter((id) => groupsNow.has(id)).length,
      };
    },
    { nodeIds, groupIds },
  );
  await page.evaluate(() => /** @type {BenchWindow} */ (window).__benchStop());
  let used = definition;
  if (used === null) {
    if (probe.nodesInDocument === nodeIds.length && probe.nodesPaint !== null) used = 'nodes';
    else if (groupIds.length > 0 && probe.groupsInDocument === groupIds.length) used = 'groups';
    else used = 'interactive';
  }
  // Nothing is on screen before the first contentful paint (a presentation time): a condition
  // met earlier counts from then. Later, the frame after it (rAF, then a message) is used.
  /** @param {number | null} t */
  const painted = (t) => (t === null ? null : Math.max(t, probe.fcp ?? 0));
  const frameAfter =
    used === 'interactive' ? probe.interactivePaint : probe[/** @type {const} */ (`${used}Paint`)];
  const visible = painted(frameAfter);
  const visibleDom = used === 'interactive' ? probe.interactive : probe[used];

  // Bytes of the responses that finished before a moment; gzip computed here from the bodies
  // (vite preview does not compress), raw as decoded. "JS + data" is every response but
  // stylesheets, fonts and images: scripts, the document (it may carry a pre-rendered map) and
  // fetched data.
  /** @type {Map<string, { url: string, raw: number, gzip: number }>} */
  const gzipByUrl = new Map();
  for (const body of await Promise.all(bodies))
    if (body && !gzipByUrl.has(body.url)) gzipByUrl.set(body.url, body);
  /** @param {number | null} moment */
  const bytesBefore = (moment) => {
    /** @type {Bytes} */
    const sums = { jsDataRaw: 0, jsDataGzip: 0, allRaw: 0, allGzip: 0, byType: {}, responses: 0 };
    for (const e of probe.entries) {
      if (moment === null || e.responseEnd > moment) continue;
      const type = kindOf(e);
      const raw = e.decodedBodySize || gzipByUrl.get(e.name)?.raw || 0;
      const gz = gzipByUrl.get(e.name)?.gzip ?? 0;
      const ofType = (sums.byType[type] ??= { count: 0, raw: 0, gzip: 0 });
      ofType.count++;
      ofType.raw += raw;
      ofType.gzip += gz;
      sums.responses++;
      sums.allRaw += raw;
      sums.allGzip += gz;
      if (type !== 'css' && type !== 'other') {
        sums.jsDataRaw += raw;
        sums.jsDataGzip += gz;
      }
    }
    return sums;
  };
  const interactive = painted(probe.interactivePaint);
  const beforeVisible = bytesBefore(visible);
  const beforeInteractive = bytesBefore(interactive);
  const longTasks = probe.longTasks.filter(([start]) => visible !== null && start < visible);

  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;

  return {
    definition: used,
    visibleMs: visible,
    visibleFrameMs: frameAfter,
    visibleDomMs: visibleDom,
    interactiveMs: interactive,
    nodesMs: painted(probe.nodesPaint),
    groupsMs: painted(probe.groupsPaint),
    fcpMs: probe.fcp,
    nodesInDocument: probe.nodesInDocument,
    groupsInDocument: probe.groupsInDocument,
    jsDataRaw: beforeVisible.jsDataRaw,
    jsDataGzip: beforeVisible.jsDataGzip,
    allRaw: beforeVisible.allRaw,
    allGzip: beforeVisible.allGzip,
    jsDataRawInteractive: beforeInteractive.jsDataRaw,
    jsDataGzipInteractive: beforeInteractive.jsDataGzip,
    bytesBeforeVisible: beforeVisible,
    bytesBeforeInteractive: beforeInteractive,
    longTaskMs: longTasks.reduce((s, [, d]) => s + d, 0),
    longTaskCount: longTasks.length,
    heapBytes: heap,
    observerChecks: probe.checks,
  };
}

/**
 * Bytes of the responses finished before a moment, all together and by kind of response.
 * @typedef {{ jsDataRaw: number, jsDataGzip: number, allRaw: number, allGzip: number,
 *   byType: Record<string, { count: number, raw: number, gzip: number }>, responses: number }} Bytes
 */

/** @typedef {Awaited<ReturnType<typeof loadFigures>>} LoadFigures */

/**
 * A point on the empty map (no node, group, edge, panel or control under it), nearest the
 * centre of the map area; `strict: false` when none was found and the centre is used.
 * @param {Page} page
 */
async function emptyPoint(page) {
  return page.evaluate(() => {
    // Either is there once the map is framed, which the callers waited for.
    const area = /** @type {Element} */ (
      document.querySelector('.react-flow__pane') ?? document.querySelector('.map-frame')
    );
    const r = area.getBoundingClientRect();
    const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
    const bad =
      '[data-node-id], [data-group-id], .react-flow__node, .react-flow__edge, .react-flow__panel, ' +
      '.react-flow__controls, .react-flow__minimap, .nopan, button, a, input, aside, [role="search"]';
    /** @type {[number, number][]} */
    const points = [];
    for (let y = r.top + 24; y < r.bottom - 24; y += 8)
      for (let x = r.left + 24; x < r.right - 24; x += 8) points.push([x, y]);
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    for (const [x, y] of points) {
      const el = document.elementFromPoint(x, y);
      if (el && area.contains(el) && !el.closest(bad)) return { x, y, strict: true };
    }
    return { x: cx, y: cy, strict: false };
  });
}

/**
 * Frames the page produced while `action` ran: their rate and the longest gap between two.
 * @param {Page} page
 * @param {() => Promise<void>} action
 */
async function countFrames(page, action) {
  await page.evaluate(() => {
    /** @type {FrameCount} */
    const f = { on: true, times: [], t0: performance.now(), t1: 0 };
    /** @type {BenchWindow} */ (window).__frames = f;
    /** @param {number} ts */
    const tick = (ts) => {
      if (!f.on) return;
      f.times.push(ts);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    const f = /** @type {BenchWindow} */ (window).__frames;
    f.on = false;
    f.t1 = performance.now();
    const times = f.times.filter((t) => t >= f.t0 && t <= f.t1);
    let worst = 0;
    /** @type {number | undefined} */
    let previous;
    for (const t of times) {
      if (previous !== undefined) worst = Math.max(worst, t - previous);
      previous = t;
    }
    return {
      fps: (times.length / (f.t1 - f.t0)) * 1000,
      worstFrameMs: worst,
      frames: times.length,
    };
  });
}

/**
 * Frames per second while panning by a real mouse drag (down on the empty map, small moves
 * every 8 ms along a closed curve, up) and while zooming by wheel steps (in, then out, by turns).
 * @param {Page} page
 * @param {{ panMs: number, zoomMs: number }} durations
 */
export async function fpsFigures(page, { panMs, zoomMs }) {
  const at = await emptyPoint(page);
  await page.mouse.move(at.x, at.y);
  const pan = await countFrames(page, async () => {
    await page.mouse.down();
    const t0 = Date.now();
    for (let t = 0; t < panMs; t = Date.now() - t0) {
      const a = (2 * Math.PI * t) / 1500;
      await page.mouse.move(at.x + 120 * Math.sin(a), at.y + 80 * Math.sin(2 * a));
      await sleep(8);
    }
    await page.mouse.move(at.x, at.y);
    await page.mouse.up();
  });
  await sleep(300);
  const zoom = await countFrames(page, async () => {
    const t0 = Date.now();
    for (let t = 0; t < zoomMs; t = Date.now() - t0) {
      const inward = Math.floor(t / 250) % 2 === 0;
      await page.mouse.wheel(0, inward ? -40 : 40);
      await sleep(16);
    }
  });
  await sleep(300);
  return {
    point: at,
    fpsPan: pan.fps,
    worstFramePanMs: pan.worstFrameMs,
    fpsZoom: zoom.fps,
    worstFrameZoomMs: zoom.worstFrameMs,
  };
}

/** @typedef {Awaited<ReturnType<typeof fpsFigures>>} FpsFigures */

/**
 * Keystroke to results painted, in the page: for each query, set the search input's value with
 * the native setter, dispatch 'input' (t0 just before), wait for the "Search results" listbox to
 * change (a MutationObserver), then t1 in the next requestAnimationFrame callback. A warm-up
 * query first waits for the engine to load (not counted; its time is reported apart).
 * @param {Page} page
 * @param {string[]} queries
 */
export async function searchFigures(page, queries) {
  return page.evaluate(async (queries) => {
    // The app's first screen has a stand-in box ([data-stand-in], src/features/search/
    // search-entry.tsx) that the real one replaces at idle or on focus: focus whichever is there,
    // then type into the real one once it has taken over (the floor has only a real one).
    /** @returns {HTMLInputElement | null} */
    const real = () =>
      document.querySelector('[role="search"]:not([data-stand-in]) input') ??
      document.querySelector('input[type="search"]:not([data-stand-in] input)');
    /** @type {HTMLInputElement | null} */ (
      document.querySelector('[role="search"] input') ??
        document.querySelector('input[type="search"]')
    )?.focus();
    for (let waited = 0; !real() && waited < 10_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    const input = real();
    if (!input) return { error: 'no search input (or the stand-in was never replaced)' };
    // The prototype's setter: assigning input.value would go through React's value tracker,
    // and React would then take the 'input' event for no change.
    const setValue = /** @type {(this: HTMLInputElement, value: string) => void} */ (
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    );
    const listbox = () => document.querySelector('[role="listbox"][aria-label="Search results"]');
    /** @param {Element} lb */
    const loading = (lb) => /loading/i.test(lb.textContent ?? '');
    /** @typedef {{ dom: number, raf: number, afterPaint: number }} SearchTime */
    /**
     * @param {string} q
     * @param {number} timeout
     * @returns {Promise<SearchTime | null>}
     */
    const type = (q, timeout) =>
      new Promise((resolve) => {
        let t0 = 0;
        let done = false;
        const before = listbox();
        /** @param {SearchTime | null} value */
        const finish = (value) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(value);
        };
        const observer = new MutationObserver((records) => {
          const lb = listbox();
          if (!lb || loading(lb)) return;
          const changed = lb !== before || records.some((r) => lb.contains(r.target));
          if (!changed) return;
          const tDom = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const tRaf = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              finish({
                dom: tDom - t0,
                raf: tRaf - t0,
                afterPaint: performance.now() - t0,
              });
            channel.port2.postMessage(0);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => finish(null), timeout);
        setValue.call(input, q);
        t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    input.focus();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const warmup = await type('zq', 15000);
    /** @type {(SearchTime | null)[]} */
    const results = [];
    // Keystrokes land at spread-out points of the frame (30 ms plus 0, 1.7 … 15 ms), as a
    // person's do: with a fixed pause every query would start at the same phase, and the next
    // frame would come after a near-constant, arbitrary wait.
    for (const [i, q] of queries.entries()) {
      results.push(await type(q, 3000));
      await new Promise((r) => setTimeout(r, 30 + (i % 10) * 1.67));
    }
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.blur();
    return { warmupMs: warmup?.raf ?? null, results };
  }, queries);
}

/**
 * The first of `ids` not in `skip` whose element is fully on screen and not covered.
 * @param {{ ids: string[], skip: string[] }} choice
 */
function hittableNode({ ids, skip }) {
  const skipped = new Set(skip);
  /** @type {Map<string, { id: string, x: number, y: number }>} */
  const onScreen = new Map();
  for (const el of document.querySelectorAll('[data-node-id]')) {
    const id = el.getAttribute('data-node-id');
    if (id === null || skipped.has(id)) continue;
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    if (r.width > 8 && inside && el.contains(document.elementFromPoint(x, y)))
      onScreen.set(id, { id, x, y });
  }
  for (const id of ids) {
    const hit = onScreen.get(id);
    if (hit) return hit;
  }
  return null;
}

/**
 * Click to detail panel painted: a real click on a node (chosen in a fixed order among those
 * fully on screen and not covered), t0 in a capture-phase click listener, t1 in the first
 * animation frame after #detail-title shows the node's name. Escape closes the panel before
 * the next node. When no node can be clicked (a far zoom that draws groups only), the map is
 * zoomed in by wheel steps at its centre first; `zoomSteps` says how many.
 * @param {Page} page
 * @param {Candidate[]} candidates
 * @param {number} count how many clicks to time
 */
export async function panelFigures(page, candidates, count) {
  const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
  const ids = candidates.map((c) => c.id);
  /** @type {(number | null)[]} */
  const times = [];
  /** @type {string[]} */
  const used = [];
  let zoomSteps = 0;
  while (times.length < count) {
    let at = await page.evaluate(hittableNode, { ids, skip: used });
    while (!at && zoomSteps < 24) {
      const centre = await emptyPoint(page);
      await page.mouse.move(centre.x, centre.y);
      for (let i = 0; i < 4; i++, zoomSteps++) {
        await page.mouse.wheel(0, -100);
        await sleep(50);
      }
      await sleep(500);
      at = await page.evaluate(hittableNode, { ids, skip: used });
    }
    if (!at) break;
    const name = nameOf.get(at.id);
    await page.evaluate((name) => {
      /** @type {BenchWindow} */ (window).__panel = new Promise((resolve) => {
        /** @type {number | null} */
        let t0 = null;
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 10000);
        const check = () => {
          const h = document.getElementById('detail-title');
          if (t0 === null || !h || h.textContent.trim() !== name) return;
          const clicked = t0;
          observer.disconnect();
          clearTimeout(timer);
          const tDom = performance.now();
          requestAnimationFrame(() =>
            resolve({ dom: tDom - clicked, raf: performance.now() - clicked }),
          );
        };
        const observer = new MutationObserver(check);
        window.addEventListener(
          'click',
          () => {
            t0 = performance.now();
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            });
            queueMicrotask(check);
          },
          { capture: true, once: true },
        );
      });
    }, name);
    await page.mouse.click(at.x, at.y);
    const t = await page.evaluate(() => /** @type {BenchWindow} */ (window).__panel);
    times.push(t?.raf ?? null);
    used.push(at.id);
    await page.keyboard.press('Escape');
    await page
      .waitForFunction(() => !document.getElementById('detail-title')?.textContent?.trim(), null, {
        timeout: 3000,
      })
      .catch(() => {});
    await sleep(600);
  }
  return { times, nodes: used, zoomSteps };
}
