// @ts-check
// Build figures: cold build, warm rebuild (layout cache hit), `npm run validate`; and the
// exported atlas the floor page and the measurements are derived from.
import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'vite';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..', '..');
const VITE = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
const PERF = join(REPO, 'docs', 'performance');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The resolved atlas as `npm run export` prints it (src/pipeline/cli.ts).
 * @typedef {Pick<import('../../src/model/types.ts').Atlas,
 *   'nodes' | 'relations' | 'views' | 'paths' | 'architectures' | 'kinds' | 'relationTypes' | 'docs'>
 *   & { format: 'jupyter-atlas/1', settings: import('../../src/model/settings.ts').SettingsAtlas }} ExportedAtlas
 */

/** @typedef {Awaited<ReturnType<typeof buildFigures>>} BuildFigures */

/**
 * Copies the repository's graph-data/ and docs/ into `dir`, so the real data is built with a
 * layout cache of its own (a cold build deletes it) and cannot change halfway through a run.
 * @param {string} dir
 */
export async function copyRealData(dir) {
  await cp(join(REPO, 'graph-data'), join(dir, 'graph-data'), { recursive: true });
  await cp(join(REPO, 'docs'), join(dir, 'docs'), {
    recursive: true,
    // Not the benchmark's own output (results.json, growth.svg).
    filter: (src) => src !== PERF && !src.startsWith(PERF + sep),
  });
}

/**
 * Runs a command, returning its wall time in milliseconds and its output; throws on failure.
 * @param {string} file
 * @param {string[]} args
 * @param {Record<string, string>} [env] added to this process's environment
 */
async function timed(file, args, env) {
  const started = performance.now();
  try {
    const { stdout, stderr } = await run(file, args, {
      cwd: REPO,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ms: performance.now() - started, log: `${stdout}\n${stderr}` };
  } catch (caught) {
    // execFile's error carries the output the command printed before it failed.
    const error = /** @type {Error & { stdout?: string, stderr?: string }} */ (caught);
    throw new Error(
      `${[file, ...args].join(' ')} failed:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`,
    );
  }
}

/**
 * `vite build` over the data in `root`, into `outDir`.
 * @param {string} root
 * @param {string} outDir
 */
export async function viteBuild(root, outDir) {
  const { ms, log } = await timed(
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { ATLAS_DATA_ROOT: root },
  );
  const atlasLine = log.split('\n').find((l) => l.startsWith('atlas:')) ?? '';
  return { ms, cacheHit: /layout cache hit/.test(atlasLine), log: atlasLine.trim() };
}

/**
 * `npm run validate` over the data in `root`.
 * @param {string} root
 */
export async function validate(root) {
  const { ms, log } = await timed(NPM, ['run', '--silent', 'validate', '--', '--root', root]);
  return { ms, log: log.trim().split('\n')[0] };
}

/**
 * The build figures for one data folder: `cold` builds after deleting the layout cache and the
 * output, then `warm` rebuilds with everything unchanged (the log must say "layout cache hit"),
 * then `npm run validate`. Each figure is a list of runs; `onLine` reports progress.
 * @param {string} root
 * @param {string} outDir
 * @param {{ coldRuns: number, warmRuns: number, validateRuns: number,
 *   onLine: (line: string) => void }} options
 */
export async function buildFigures(root, outDir, { coldRuns, warmRuns, validateRuns, onLine }) {
  /** @type {Awaited<ReturnType<typeof viteBuild>>[]} */
  const cold = [];
  /** @type {Awaited<ReturnType<typeof viteBuild>>[]} */
  const warm = [];
  /** @type {Awaited<ReturnType<typeof validate>>[]} */
  const validations = [];
  for (let i = 0; i < coldRuns; i++) {
    await rm(join(root, '.atlas-cache'), { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
    const b = await viteBuild(root, outDir);
    if (b.cacheHit) throw new Error(`a cold build hit the layout cache: ${b.log}`);
    onLine(`  cold build ${i + 1}/${coldRuns}: ${Math.round(b.ms)} ms (${b.log})`);
    cold.push(b);
  }
  for (let i = 0; i < warmRuns; i++) {
    const b = await viteBuild(root, outDir);
    onLine(`  warm rebuild ${i + 1}/${warmRuns}: ${Math.round(b.ms)} ms (${b.log})`);
    warm.push(b);
  }
  for (let i = 0; i < validateRuns; i++) {
    const v = await validate(root);
    onLine(`  npm run validate ${i + 1}/${validateRuns}: ${Math.round(v.ms)} ms (${v.log})`);
    validations.push(v);
  }
  return {
    coldMs: cold.map((b) => b.ms),
    warmMs: warm.map((b) => b.ms),
    warmCacheHit: warm.every((b) => b.cacheHit),
    warmLog: warm.map((b) => b.log),
    validateMs: validations.map((v) => v.ms),
  };
}

/**
 * The resolved atlas of `root`, as `npm run export` prints it (layouts from the cache).
 * @param {string} root
 * @returns {Promise<ExportedAtlas>}
 */
export async function exportAtlas(root) {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/cli.ts', 'export', '--root', root],
    { cwd: REPO, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

/**
 * Serves a folder on 127.0.0.1 with vite preview: an app build (with the project's Vite
 * config, `configFile` true) or the floor pages (no config).
 * @param {string} outDir
 * @param {boolean} configFile
 * @param {number} [port] the first port tried (the next free one is taken)
 */
export async function serve(outDir, configFile, port = 4500) {
  const server = await preview({
    ...(configFile ? {} : { configFile: false, root: outDir }),
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
