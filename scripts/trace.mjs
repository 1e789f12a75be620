#!/usr/bin/env node
// @ts-check
// `npm run trace`: records what a real JupyterHub does on the login path, and what a deployer
// sees when a spawn or a login fails, into graph-data/traces/*.yaml.
//
// It starts Debian's JupyterHub 3.0 (with configurable-http-proxy) on 127.0.0.1 with a known
// config, drives Chromium through the login path — open /, the login page, log in, spawn, wait,
// the server, the Hub's home page, stop the server, log out — and records every HTTP exchange the
// browser makes (method, path with the user as {user}, status, Location, the names of cookies
// set), and from the Hub's debug log its calls to the proxy's REST API, the single-user server's
// OAuth exchange with the Hub and the spawner's start and stop. Then it provokes four real
// failures (a spawn over start_timeout, a server that never answers, a command that exits at
// once, a user the authenticator refuses) and records the page, status and the Hub's log line.
//
// Secrets never reach the files: query values, cookie values, the password and anything that
// looks like a token are replaced before writing; `record()` returns what it replaced, and
// tests/e2e/trace.spec.ts searches the output for every one of them.
//
//   npm run trace                  write graph-data/traces/login.yaml and failures.yaml
//   npm run trace -- --out DIR     write them to DIR instead (the CI check compares with the committed ones)
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { stringify } from 'yaml';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { addressLines, HUB, hubPorts, requireHub, startHub } from './lib/hub.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USER = 'ana';

/** @typedef {import('../src/model/types.ts').TraceExchange} TraceExchange */

/**
 * One recorded message before it is named, with the moment it happened (ms since 1970) to put
 * the browser's and the Hub's messages in one order.
 * @typedef {Omit<TraceExchange, 'id'> & { t: number }} Timed
 */

/** Replaces every secret and every value that could be one; remembers what it replaced. */
export class Scrubber {
  /** @param {string} user the user name, written as {user} */
  constructor(user) {
    this.user = user;
    /** @type {Set<string>} */
    this.secrets = new Set();
  }
  /**
   * Remembers a secret (values shorter than four characters would match too much).
   * @param {string | null | undefined} value
   */
  add(value) {
    if (value && value.length >= 4) this.secrets.add(value);
  }
  /**
   * A path or URL made origin-free, with {user} for the user and … for every query value.
   * @param {string} raw
   * @param {string} origin
   */
  path(raw, origin) {
    let text = raw.startsWith(origin) ? raw.slice(origin.length) : raw;
    if (/^https?:\/\//.test(text)) text = new URL(text).pathname + new URL(text).search;
    const [pathPart, query = ''] = text.split('?');
    /** @param {string} p */
    const clean = (p) =>
      decodeURIComponent(p)
        .replaceAll(`/${this.user}/`, '/{user}/')
        .replace(new RegExp(`/${this.user}$`), '/{user}');
    let out = clean(pathPart ?? '');
    if (query) {
      const params = new URLSearchParams(query);
      // Values are never written; those that grant something are also searched for everywhere.
      for (const key of ['state', 'code', 'token', '_xsrf', 'access_token'])
        if (params.get(key)) this.add(params.get(key));
      const keys = [...params.keys()].map((k) =>
        k === 'next' ? `next=${clean(params.get(k) ?? '')}` : `${k}=…`,
      );
      out += `?${keys.join('&')}`;
    }
    return this.text(out);
  }
  /**
   * Free text (a log line, a page's words) with every known secret and token-like run removed.
   * @param {string} raw
   */
  text(raw) {
    let out = raw;
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
      out = out.split(s).join('…');
    return out.replace(/\b[0-9a-f]{24,}\b/gi, '…').replace(/\b[A-Za-z0-9_-]{32,}\b/g, '…');
  }
}

/**
 * The Hub log's lines worth keeping, normalised (no times, ports, durations or secrets).
 * @param {string} log
 * @param {Scrubber} scrub
 * @param {import('./lib/hub.mjs').HubPorts} ports
 */
function hubEvents(log, scrub, ports) {
  /** @type {Timed[]} */
  const events = [];
  const portRe = new RegExp(`:(${Object.values(ports).join('|')}|\\d{4,5})\\b`, 'g');
  for (const line of log.split('\n')) {
    const m = line.match(/^\[([DIWEC]) ([\d-]+ [\d:.]+) (\S+) (\S+)\] (.*)$/);
    if (!m) continue;
    const [, level, stamp = '', , where = '', message = ''] = m;
    // The hub logs local time; this machine's clock, as the browser's events use.
    const t = new Date(stamp.replace(' ', 'T')).getTime();
    const clean = scrub
      .text(message)
      .replace(portRe, ':{port}')
      .replace(/\b\d+(\.\d+)?\s?(ms|seconds?)\b/g, '{time}');
    /** @type {Omit<TraceExchange, 'id'>} */
    let event;
    const access = message.match(
      /^(\d{3}) (GET|POST|PUT|PATCH|DELETE|HEAD) (\S+)(?: -> (\S+))? \(/,
    );
    if (access) {
      const [, status, method, path = '', location] = access;
      // The browser's own exchanges are recorded from the browser; the log adds what others ask.
      if (!/^\/hub\/api\/(oauth2\/token|user$|users\/[^/]+\/activity)/.test(path)) continue;
      event = {
        actor: 'single-user server',
        to: 'hub',
        method,
        path: scrub.path(path, ''),
        status: Number(status),
      };
      if (location) event.location = scrub.path(location, '');
    } else if (/Proxy: Fetching (GET|POST|DELETE|PATCH)/.test(message)) {
      const [, method, url = ''] = message.match(/Proxy: Fetching (\w+) (\S+)/) ?? [];
      event = { actor: 'hub', to: 'proxy', method, path: scrub.path(new URL(url).pathname, '') };
    } else if (/^User logged in: /.test(message)) {
      event = { actor: 'hub', to: 'authenticator', note: clean.replaceAll(scrub.user, '{user}') };
    } else if (/^(Spawning |User \S+ took|Stopping \S+|Adding user|Removing user)/.test(message)) {
      const spawner = where.startsWith('spawner');
      event = {
        actor: spawner ? 'spawner' : 'hub',
        ...(spawner ? { to: 'single-user server' } : {}),
        note: clean.replaceAll(scrub.user, '{user}'),
      };
    } else continue;
    void level;
    events.push({ ...event, t });
  }
  // Repeated polls and identical lines once each, in order of first appearance.
  const seen = new Set();
  return events.filter((e) => {
    const { t: _t, ...rest } = e;
    const key = JSON.stringify(rest);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every HTTP exchange the page makes with the hub's origin, as a person's browser sees it.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {Scrubber} scrub
 */
function watchExchanges(page, origin, scrub) {
  /** @type {(Timed & { path: string })[]} */
  const exchanges = [];
  page.on('response', async (response) => {
    const request = response.request();
    const url = response.url();
    if (!url.startsWith(origin)) return;
    const type = request.resourceType();
    // Page loads and redirects, and the pages' calls to the Hub: the login path's conversation
    // (the notebook interface's own calls to its server are not part of it).
    const path = new URL(url).pathname;
    if (!(type === 'document' || (['fetch', 'xhr'].includes(type) && path.startsWith('/hub/'))))
      return;
    const t = Date.now();
    /** @type {Record<string, string>} */
    const headers = await response.allHeaders().catch(() => ({}));
    const cookies = (await response.headersArray().catch(() => []))
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => {
        const [pair = ''] = h.value.split(';');
        const [name = '', ...value] = pair.split('=');
        scrub.add(value.join('='));
        return name.trim().replaceAll(scrub.user, '{user}');
      });
    /** @type {Timed & { path: string }} */
    const exchange = {
      t,
      actor: 'browser',
      to:
        new URL(url).pathname.startsWith('/hub/') || new URL(url).pathname === '/'
          ? 'hub'
          : 'single-user server',
      method: request.method(),
      path: url,
      status: response.status(),
      ...(headers.location ? { location: headers.location } : {}),
      ...(cookies.length > 0 ? { cookies: [...new Set(cookies)].sort() } : {}),
    };
    exchanges.push(exchange);
  });
  return exchanges;
}

/** The versions of the Hub and the proxy that make the recording. */
function versions() {
  const hub = execFileSync(HUB, ['--version'], { encoding: 'utf8' }).trim();
  let proxy = 'unknown';
  try {
    proxy = execFileSync('/usr/bin/configurable-http-proxy', ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: '/usr/share/nodejs' },
    }).trim();
  } catch {
    // Older proxies print their version only in the log.
  }
  return { jupyterhub: hub, 'configurable-http-proxy': proxy };
}

/**
 * Names each exchange: the method and path in words, numbered when one repeats.
 * @param {Omit<TraceExchange, 'id'>[]} list
 * @returns {TraceExchange[]}
 */
function nameExchanges(list) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  return list.map((e) => {
    const words = e.note ? e.note.split(/\s+/).slice(0, 4).join(' ') : null;
    const [beforeQuery = ''] = (e.path ?? words ?? '').split('?');
    const where =
      beforeQuery
        .replace(/\{user\}/g, 'user')
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'root';
    const who = e.actor === 'browser' ? '' : `${e.actor.split(' ')[0]}-`;
    const base = `${who}${(e.method ?? 'log').toLowerCase()}-${where}`
      .slice(0, 56)
      .replace(/-$/, '');
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...e };
  });
}

/**
 * What a recording gets while its hub runs.
 * @typedef {{ context: import('playwright-core').BrowserContext, origin: string,
 *   hub: import('./lib/hub.mjs').Hub, ports: import('./lib/hub.mjs').HubPorts }} HubSession
 */

/**
 * Starts a hub with these config lines and a fresh browser, runs `run`, and adds the Hub's log
 * events and the config to what it returns; stops both whatever happens.
 * @template R
 * @param {string[]} configLines
 * @param {Scrubber} scrub
 * @param {(session: HubSession) => Promise<R>} run
 * @returns {Promise<R & { log: Timed[], config: string[] }>}
 */
async function withHub(configLines, scrub, run) {
  const ports = await hubPorts();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-trace-'));
  const config = [...addressLines(ports), ...configLines].join('\n') + '\n';
  const profile = mkdtempSync(join(tmpdir(), 'atlas-trace-browser-'));
  /** @type {import('./lib/hub.mjs').Hub | undefined} */
  let hub;
  /** @type {import('playwright-core').BrowserContext | undefined} */
  let context;
  try {
    hub = await startHub(dir, config);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const origin = `http://127.0.0.1:${ports.port}`;
    const result = await run({ context, origin, hub, ports });
    for (const cookie of await context.cookies()) scrub.add(cookie.value);
    return { ...result, log: hubEvents(hub.log(), scrub, ports), config: configLines };
  } finally {
    await context?.close();
    await hub?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Opens the hub and signs in on its login page.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {string} user
 * @param {string} password
 */
async function logIn(page, origin, user, password) {
  await page.goto(`${origin}/`);
  await page.waitForURL(/\/hub\/login/);
  await page.getByLabel('Username:').fill(user);
  await page.getByLabel('Password:').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * The login path, start to logout.
 * @param {string} password
 * @param {Scrubber} scrub
 */
async function recordLogin(password, scrub) {
  const configLines = [
    "c.JupyterHub.authenticator_class = 'dummy'",
    "c.DummyAuthenticator.password = '<password>'",
    "c.JupyterHub.spawner_class = 'simple'",
    "c.Spawner.args = ['--allow-root']",
    // The Hub shows its pending page to a browser whose server is not up within a second
    // (handlers/pages.py waits one second before redirecting); a bare local server on a quiet
    // machine can beat that, a loaded one cannot. Two seconds before every spawn make each
    // recording take the path most real spawns take.
    'import asyncio',
    'async def wait_a_little(spawner): await asyncio.sleep(2)',
    'c.Spawner.pre_spawn_hook = wait_a_little',
  ];
  const lines = configLines.map((l) => l.replace('<password>', password));
  // The session's type is written out: a JS file does not infer R through a callback whose
  // parameter is only contextually typed.
  return withHub(lines, scrub, async (/** @type {HubSession} */ { context, origin, hub }) => {
    const page = await context.newPage();
    const exchanges = watchExchanges(page, origin, scrub);
    await logIn(page, origin, USER, password);
    await page.waitForURL(new RegExp(`/user/${USER}/`), { timeout: 60_000 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.goto(`${origin}/hub/home`);
    // The Stop button is in the page before the Hub's script (loaded by require.js) binds it: a
    // click before then does nothing (seen once in CI). Wait for the page's scripts to arrive.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    // Stop the server, and wait until the Hub has answered and taken its route off the proxy,
    // so a slow machine records the same conversation as a fast one.
    const stop = page.locator('#stop');
    await stop.waitFor({ state: 'visible', timeout: 30_000 });
    await Promise.all([
      page.waitForResponse(
        (r) =>
          r.request().method() === 'DELETE' && r.url().endsWith(`/hub/api/users/${USER}/server`),
        { timeout: 60_000 },
      ),
      stop.click(),
    ]);
    const deadline = Date.now() + 30_000;
    while (!/Removing user \S+ from proxy/.test(hub.log()) && Date.now() < deadline)
      await page.waitForTimeout(200);
    await page.waitForTimeout(300);
    await page.goto(`${origin}/hub/logout`);
    await page.waitForURL(/\/hub\/login/);
    await page.close();
    return { exchanges, origin, configLines };
  });
}

/** The four failures: the page a person sees, its status, and the Hub's line about it. */
const FAILURES = [
  {
    id: 'start-timeout',
    title: 'The spawner takes longer than start_timeout',
    // A spawner whose start never finishes, as when an image pull or a batch queue is slow.
    lines: [
      'import asyncio',
      'from jupyterhub.spawner import SimpleLocalProcessSpawner',
      'class SlowSpawner(SimpleLocalProcessSpawner):',
      '    async def start(self):',
      '        await asyncio.sleep(600)',
      'c.JupyterHub.spawner_class = SlowSpawner',
      'c.Spawner.start_timeout = 3',
    ],
    waitFor: /Spawn failed|failed to start|timed out|did not start|Timeout/i,
  },
  {
    id: 'http-timeout',
    title: 'The server starts but never answers (http_timeout)',
    lines: [
      "c.JupyterHub.spawner_class = 'simple'",
      "c.Spawner.cmd = ['python3', '-c', 'import time; time.sleep(600)']",
      'c.Spawner.http_timeout = 3',
      'c.Spawner.start_timeout = 60',
    ],
    waitFor: /Spawn failed|never showed up|failed to start/i,
  },
  {
    id: 'exits-at-once',
    title: 'The server command exits at once',
    lines: [
      "c.JupyterHub.spawner_class = 'simple'",
      "c.Spawner.cmd = ['false']",
      'c.Spawner.http_timeout = 5',
    ],
    waitFor: /Spawn failed|failed to start|exited/i,
  },
  {
    id: 'refused-login',
    title: 'The authenticator refuses the user',
    lines: ["c.Authenticator.allowed_users = {'someone-else'}"],
    waitFor: /Invalid username or password|Forbidden|403/i,
  },
];

/**
 * One failure, provoked: what the page says, the last status from the Hub, the Hub's line.
 * @param {(typeof FAILURES)[number]} failure
 * @param {string} password
 * @param {Scrubber} scrub
 */
async function recordFailure(failure, password, scrub) {
  const lines = [
    "c.JupyterHub.authenticator_class = 'dummy'",
    `c.DummyAuthenticator.password = '${password}'`,
    "c.Spawner.args = ['--allow-root']",
    ...failure.lines,
  ];
  return withHub(lines, scrub, async (/** @type {HubSession} */ { context, origin, hub }) => {
    const page = await context.newPage();
    const exchanges = watchExchanges(page, origin, scrub);
    await logIn(page, origin, USER, password);
    const deadline = Date.now() + 45_000;
    let text = '';
    while (Date.now() < deadline) {
      text =
        (await page
          .locator('body')
          .innerText()
          .catch(() => '')) ?? '';
      if (failure.waitFor.test(text)) break;
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(1000);
    text =
      (await page
        .locator('body')
        .innerText()
        .catch(() => '')) ?? '';
    // The Hub's own words about it: the first log line that names the failure.
    const hubLine =
      hub
        .log()
        .split('\n')
        .find(
          (l) =>
            /^\[[DIWEC] /.test(l) &&
            /didn't respond|failed to start|giving up|not allowed|exited|Spawn failed|Unhandled error starting/i.test(
              l,
            ),
        ) ?? '';
    await page.close();
    const last = exchanges.filter((e) => e.to === 'hub').at(-1);
    return {
      page: text
        .split('\n')
        .map((l) => l.trim())
        .filter(
          (l) => l && !/^(Home|Token|Admin|Logout|Sign in|Services|Change Password)$/i.test(l),
        )
        .slice(0, 6),
      status: last?.status ?? 0,
      hubLine,
    };
  });
}

/** Records everything; returns the files' data and every secret it removed. */
export async function record() {
  requireHub();
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  const scrub = new Scrubber(USER);
  scrub.add(password);
  const login = await recordLogin(password, scrub);
  const origin = login.origin;
  const browser = login.exchanges.map((e) => ({
    ...e,
    path: scrub.path(e.path, origin),
    ...(e.location ? { location: scrub.path(e.location, origin) } : {}),
  }));
  // One conversation, in the order it happened (the browser's clock and the hub's log share this
  // machine's clock); the times themselves are not kept.
  const sequence = [...browser, ...login.log]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.t - b.e.t || a.i - b.i)
    .map(({ e }) => {
      const { t: _t, ...rest } = e;
      return rest;
    });
  const recorded = new Date().toISOString().slice(0, 10);
  const meta = { recorded, ...versions(), user: '{user}' };
  const loginFile = {
    ...meta,
    config: login.configLines,
    exchanges: nameExchanges(sequence),
  };
  /** @type {import('../src/model/types.ts').RecordedFailure[]} */
  const failures = [];
  for (const failure of FAILURES) {
    const result = await recordFailure(failure, password, scrub);
    failures.push({
      id: failure.id,
      title: failure.title,
      config: failure.lines,
      page: result.page.map((l) =>
        scrub
          .text(l)
          .replaceAll(USER, '{user}')
          .replace(/:\d{4,5}\b/g, ':{port}'),
      ),
      status: result.status,
      hubLine: scrub
        .text(result.hubLine.replace(/^\[[A-Z] [\d-]+ [\d:.]+ /, '['))
        .replaceAll(USER, '{user}')
        .replace(/:\d{4,5}\b/g, ':{port}')
        .replace(/\b\d+(\.\d+)?\s?(ms|seconds?)\b/g, '{time}'),
    });
  }
  return {
    files: { login: loginFile, failures: { ...meta, failures } },
    secrets: [...scrub.secrets],
  };
}

/**
 * The comment lines at the top of a trace file.
 * @param {string} name what the file holds
 */
function header(name) {
  return `# yaml-language-server: $schema=../schema/trace.schema.json\n# Recorded by \`npm run trace\` (scripts/trace.mjs) from a real JupyterHub; do not edit: record again.\n# ${name}\n`;
}

/**
 * Writes login.yaml and failures.yaml into dir.
 * @param {Awaited<ReturnType<typeof record>>['files']} files
 * @param {string} dir
 */
export function writeTraces(files, dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'login.yaml'),
    header('The login path') + stringify({ kind: 'login', ...files.login }, { lineWidth: 0 }),
  );
  writeFileSync(
    join(dir, 'failures.yaml'),
    header('Four real failures') +
      stringify({ kind: 'failures', ...files.failures }, { lineWidth: 0 }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const dir = resolve(values.out ?? join(ROOT, 'graph-data', 'traces'));
  const { files } = await record();
  writeTraces(files, dir);
  console.log(
    `trace: ${files.login.exchanges.length} exchanges, ${files.failures.failures.length} failures → ${dir}`,
  );
}
