// @ts-check
/**
 * `npm test`'s static checks, side by side: the type check, ESLint and Prettier each take one
 * core for about ten seconds, so they run at once instead of one after another; a second, smaller
 * type check covers the JavaScript in scripts/ (tsconfig.scripts.json, a few seconds). Each keeps a
 * cache in node_modules/.cache/atlas (a file that did not change is not checked again); a clean
 * clone, as in CI, starts cold. Prints each check's output and time; fails if any failed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const CACHE = 'node_modules/.cache/atlas';
mkdirSync(CACHE, { recursive: true });

/** @type {[string, string[]][]} */
const CHECKS = [
  [
    'typecheck',
    [
      'tsc',
      '--noEmit',
      '-p',
      'tsconfig.json',
      '--incremental',
      '--tsBuildInfoFile',
      `${CACHE}/tsbuildinfo`,
    ],
  ],
  [
    'typecheck scripts',
    [
      'tsc',
      '--noEmit',
      '-p',
      'tsconfig.scripts.json',
      '--incremental',
      '--tsBuildInfoFile',
      `${CACHE}/tsbuildinfo-scripts`,
    ],
  ],
  [
    'eslint',
    [
      'eslint',
      '.',
      '--max-warnings',
      '0',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      `${CACHE}/eslint`,
    ],
  ],
  [
    'prettier',
    [
      'prettier',
      '--check',
      '.',
      '--log-level',
      'warn',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      `${CACHE}/prettier`,
    ],
  ],
];

/**
 * @typedef {{ name: string, code: number, output: string, seconds: number }} CheckResult
 */

/**
 * Runs one check through npx, collecting its output; resolves with its exit code and time.
 * @param {[string, string[]]} check
 * @returns {Promise<CheckResult>}
 */
function run([name, args]) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({ name, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { name, code, output, seconds } of results) {
  console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
  if (output.trim() !== '') console.log(output.trimEnd());
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
