/**
 * The one module that reaches mdx-bundler. MDX is compiled here, at build time, into ES modules
 * that receive React and the JSX runtime as arguments: the browser never evaluates source text,
 * so the page runs under a Content-Security-Policy without 'unsafe-eval'.
 *
 * Compiling is the slow part of a build (about 15 ms a doc, plus a few hundred ms to start
 * mdx-bundler and esbuild), so a compiled doc is cached on disk by a hash of everything its
 * compiled form depends on; mdx-bundler is only imported when a doc is not cached.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { isPinned } from '../model/pinning.ts';
import { nearest } from '../model/suggest.ts';
import type { DocInfo } from '../model/types.ts';
import {
  cacheFile,
  hashOf,
  moduleSource,
  packageVersion,
  readCacheEntry,
  writeCacheEntry,
} from './cache.ts';
import { relativePath } from './load.ts';
import { scanMdx, type MdxScan } from './mdx-scan.ts';
import type { Problem } from './problems.ts';

/**
 * Bump to drop every cached doc. The key already holds this module's own text, so a change to
 * the compile below is seen without it.
 */
const DOC_CACHE_VERSION = 1;

export interface CompiledDoc {
  info: DocInfo;
  /** An ES module: `export default function (React, ReactDOM, _jsx_runtime) { … }` returning the MDX exports. */
  module: string;
}

/** Wraps mdx-bundler's function-body output in a module; the body ends in `return Component;`. */
export function toEsModule(code: string): string {
  return `export default function mdxModule(React, ReactDOM, _jsx_runtime) {\n${code}\n}\n`;
}

/** What a successful compile yields: all the cache holds for a doc. */
interface Bundled {
  code: string;
  /** The frontmatter's title, '' when it is not a string. */
  title: string;
  /** The frontmatter's sources that are strings. */
  sources: string[];
}

/** The cache entry of a doc; its name changes with anything the compiled form depends on. */
function cacheFileOf(cacheDir: string, path: string, source: string): string {
  return cacheFile(cacheDir, 'doc', { compiler: compilerKey(), path, source });
}

let compiler: string | undefined;

/** A hash of what every compile depends on besides the doc: the compilers and this module. */
function compilerKey(): string {
  compiler ??= hashOf({
    v: DOC_CACHE_VERSION,
    tools: ['mdx-bundler', '@mdx-js/esbuild', '@mdx-js/mdx', 'esbuild'].map((name) =>
      name === 'mdx-bundler' ? packageVersion(name) : packageVersion(name, 'mdx-bundler'),
    ),
    code: moduleSource(new URL(import.meta.url)),
  });
  return compiler;
}

/** A cached compile, if there is one and it has the expected shape. */
async function readCached(file: string): Promise<Bundled | undefined> {
  const cached = await readCacheEntry<Partial<Bundled> | null>(file);
  return typeof cached?.code === 'string' &&
    typeof cached.title === 'string' &&
    Array.isArray(cached.sources)
    ? (cached as Bundled)
    : undefined;
}

/** Runs mdx-bundler (imported on first use); throws what esbuild throws when the MDX is wrong. */
async function bundle(source: string, cwd: string): Promise<Bundled> {
  const { bundleMDX } = await import('mdx-bundler');
  const result = await bundleMDX({
    source,
    cwd,
    // Problems are reported through the error below, not printed by esbuild.
    esbuildOptions: (o) => ({ ...o, logLevel: 'silent' }),
  });
  const frontmatter = result.frontmatter as { title?: unknown; sources?: unknown };
  return {
    code: result.code,
    title: typeof frontmatter.title === 'string' ? frontmatter.title : '',
    sources: Array.isArray(frontmatter.sources)
      ? frontmatter.sources.filter((s): s is string => typeof s === 'string')
      : [],
  };
}

export interface CompileOptions {
  /**
   * Where compiled docs are cached; without it every doc is compiled. Only successful compiles
   * are cached, and the checks that need other data (node ids) run on every build.
   */
  cacheDir?: string;
}

export async function compileDoc(
  root: string,
  docsDir: string,
  path: string,
  nodeIds: ReadonlySet<string>,
  options: CompileOptions = {},
): Promise<{
  doc?: CompiledDoc;
  problems: Problem[];
  /** Whether the MDX was compiled or read from the cache; absent when checks stopped it first. */
  cache?: 'hit' | 'miss';
}> {
  const file = relativePath(root, path);
  const id = relativePath(docsDir, path).replace(/\.mdx$/, '');
  const source = await readFile(path, 'utf8');
  const problems: Problem[] = [];

  let scan: MdxScan;
  try {
    scan = scanMdx(source);
  } catch (error) {
    // Not cacheable: parsed, and reported, again on every build.
    return { problems: [parseProblem(file, error)], cache: 'miss' };
  }
  const imports = scan.imports.length > 0;
  for (const { target, line, column } of scan.imports) {
    const resolved = resolvePath(dirname(path), target);
    if (!target.startsWith('.') || !resolved.startsWith(resolvePath(docsDir) + '/')) {
      problems.push({
        file,
        pointer: '',
        line,
        column,
        message: `imports "${target}", which is outside docs/`,
        fix: 'docs may only import other files under docs/ by relative path; use the MDX components the atlas provides (NodeLink) instead',
      });
    }
  }
  for (const { what, line, column } of scan.unsafe) {
    problems.push({
      file,
      pointer: '',
      line,
      column,
      message: `contains "${what}", which could run code in the page`,
      fix: 'write plain Markdown; links are [text](https://…) and other nodes are <NodeLink id="…">',
    });
  }
  for (const { id: target, line, column } of scan.nodeLinks) {
    if (target !== null && nodeIds.has(target)) continue;
    const guess = target === null ? undefined : nearest(target, nodeIds, 1)[0];
    problems.push({
      file,
      pointer: '',
      line,
      column,
      message:
        target === null
          ? '<NodeLink> has no id="…" string'
          : `<NodeLink> names unknown node "${target}"`,
      fix: guess ? `did you mean "${guess}"?` : 'name an existing node id',
    });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length > 0) return { problems };

  // A doc that imports other files compiles them in, so its source alone does not key it: such
  // docs are compiled every time.
  const entry =
    options.cacheDir !== undefined && !imports
      ? cacheFileOf(options.cacheDir, path, source)
      : undefined;
  let bundled = entry ? await readCached(entry) : undefined;
  const cache = bundled ? 'hit' : 'miss';
  if (!bundled) {
    try {
      bundled = await bundle(source, dirname(path));
    } catch (error) {
      return { problems: [compileProblem(file, error)], cache };
    }
    if (entry) await writeCacheEntry(entry, bundled);
  }

  const { title, sources } = bundled;
  if (!title)
    problems.push({
      file,
      line: 1,
      column: 1,
      pointer: '/title',
      message: 'the frontmatter has no title',
      fix: 'add "title: …" between the --- lines at the top',
    });
  const badSource = sources.find((s) => !/^https:\/\/\S+$/.test(s));
  if (sources.length === 0 || badSource !== undefined)
    problems.push({
      file,
      line: 1,
      column: 1,
      pointer: '/sources',
      message:
        badSource === undefined
          ? 'the frontmatter lists no sources'
          : `source "${badSource}" is not an https URL`,
      fix: 'list the https URLs the facts were checked against under "sources:" in the frontmatter',
    });
  // The file is read again only to place a problem: most builds find none.
  const unpinned = problems.length === 0 ? sources.filter((source) => !isPinned(source)) : [];
  const lines = unpinned.length > 0 ? (await readFile(path, 'utf8')).split('\n') : [];
  for (const source of unpinned)
    problems.push({
      file,
      line: Math.max(lines.findIndex((l) => l.includes(source)) + 1, 1),
      column: 1,
      pointer: '/sources',
      message: `${source} names no version of the page`,
      fix: 'link the page\'s source file at a commit or tag (https://github.com/OWNER/REPO/blob/<sha>/docs/…), a release or a versioned docs build (see docs/adding-a-node.md, "Pinning")',
    });
  if (problems.length > 0) return { problems, cache };
  return {
    doc: { info: { id, title, sources, file }, module: toEsModule(bundled.code) },
    problems,
    cache,
  };
}

/** The problem for MDX that does not compile, at the place the MDX compiler names. */
function compileProblem(file: string, error: unknown): Problem {
  // esbuild wraps the MDX compiler's message; its cause has the real reason and place.
  interface Cause {
    reason?: string;
    place?: { start?: { line: number; column: number } };
  }
  interface EsbuildMessage {
    text: string;
    location?: { line: number; column: number } | null;
    detail?: { cause?: Cause };
  }
  const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
  const cause = first?.detail?.cause;
  const text = cause?.reason ?? first?.text.split('\n')[0] ?? (error as Error).message;
  return {
    file,
    pointer: '',
    line: cause?.place?.start?.line ?? first?.location?.line ?? 1,
    column: cause?.place?.start?.column ?? (first?.location?.column ?? 0) + 1,
    message: `MDX does not compile: ${text}`,
    fix: 'correct the MDX at this position (close every tag; escape { and < in prose as \\{ and &lt;)',
  };
}

/** The problem for MDX that does not parse, at the place the parser names. */
function parseProblem(file: string, error: unknown): Problem {
  const e = error as { reason?: string; line?: number; column?: number; message?: string };
  return {
    file,
    pointer: '',
    line: e.line ?? 1,
    column: e.column ?? 1,
    message: `MDX does not compile: ${e.reason ?? e.message ?? String(error)}`,
    fix: 'correct the MDX at this position (close every tag; escape { and < in prose as \\{ and &lt;)',
  };
}
