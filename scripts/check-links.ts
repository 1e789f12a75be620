/**
 * `npm run check:links`: checks every external URL in graph-data and docs when a network is
 * present — a few at a time, with retries — and reports the dead ones. Offline it says so and
 * exits 0: no result is better than a false one. Opt-in, never part of `npm test`.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listFiles } from '../src/pipeline/load.ts';
import { online } from './lib/online.ts';

const ROOT = resolve(process.argv[2] ?? '.');
const CONCURRENCY = 6;
const RETRIES = 2;
const TIMEOUT_MS = 15_000;

async function urlsIn(): Promise<Map<string, string[]>> {
  const files = [
    ...(await listFiles(join(ROOT, 'graph-data'), '.yaml')),
    ...(await listFiles(join(ROOT, 'docs'), '.mdx')),
  ];
  const where = new Map<string, string[]>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/https:\/\/[^\s"'<>)\]]+/g)) {
      const url = match[0].replace(/[.,;:]+$/, '');
      where.set(url, [...(where.get(url) ?? []), file.slice(ROOT.length + 1)]);
    }
  }
  return where;
}

async function check(url: string): Promise<number | string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'HEAD',
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      // Some servers refuse HEAD; ask again with GET before calling a link dead.
      if (response.status === 405 || response.status === 403) {
        const again = await fetch(url, {
          redirect: 'follow',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        return again.status;
      }
      return response.status;
    } catch (error) {
      if (attempt >= RETRIES) return String((error as Error).message);
      await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
    }
  }
}

const where = await urlsIn();
if (!(await online('github.com'))) {
  console.log(
    `No network here: ${where.size} links were not checked. Run again where github.com resolves.`,
  );
  process.exit(0);
}
const urls = [...where.keys()];
const dead: string[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const result = await check(url);
      if (typeof result !== 'number' || result >= 400)
        dead.push(`${result}  ${url}\n      in ${where.get(url)?.join(', ')}`);
    }
  }),
);
console.log(`Checked ${urls.length} links: ${dead.length} dead.`);
for (const line of dead.sort()) console.log(`  ${line}`);
process.exit(dead.length > 0 ? 1 : 0);
