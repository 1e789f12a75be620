/**
 * The on-disk cache in .atlas-cache/ that lets a build with unchanged inputs skip the slow steps
 * (parsing and checking YAML, compiling MDX). An entry is a JSON file named by a hash of
 * everything its content depends on, so entries are never updated, only superseded; a missing or
 * unreadable entry just means the work is done again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A hash of a JSON value, 32 hex digits. */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** `<cacheDir>/<prefix>-<hash of parts>.json` */
export function cacheFile(cacheDir: string, prefix: string, parts: unknown): string {
  return join(cacheDir, `${prefix}-${hashOf(parts)}.json`);
}

export async function readCacheEntry<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written (a read-only checkout, say) only costs time. */
export async function writeCacheEntry(file: string, value: unknown): Promise<void> {
  // Written aside and renamed, so a build running at the same time never reads half a file.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

const sources = new Map<string, string>();

/**
 * The text of a module of this program (pass `new URL('./x.ts', import.meta.url)`), for keys
 * that should change when the code producing an entry does; '' when it cannot be read.
 */
export function moduleSource(url: URL): string {
  let text = sources.get(url.href);
  if (text === undefined) {
    try {
      text = readFileSync(url, 'utf8');
    } catch {
      text = '';
    }
    sources.set(url.href, text);
  }
  return text;
}

const versions = new Map<string, string>();

/**
 * "name@version" of an installed package, as resolved from `from` (a package name whose
 * dependency it is, or this repository); "name@?" when it cannot be found. Read from the
 * package.json above its entry point, since some packages do not export that file.
 */
export function packageVersion(name: string, from?: string): string {
  const id = `${from ?? ''} ${name}`;
  const known = versions.get(id);
  if (known !== undefined) return known;
  let version = `${name}@?`;
  try {
    const here = createRequire(import.meta.url);
    const require = from ? createRequire(here.resolve(`${from}/package.json`)) : here;
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name) {
          version = `${name}@${pkg.version}`;
          break;
        }
      } catch {
        // No package.json here: keep climbing.
      }
      if (dirname(dir) === dir) break;
      dir = dirname(dir);
    }
  } catch {
    // Not installed where expected: the entry is keyed on "name@?".
  }
  versions.set(id, version);
  return version;
}
