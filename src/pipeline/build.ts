import { readFile } from 'node:fs/promises';
import { basename, join, resolve as resolvePath } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { nearest } from '../model/suggest.ts';
import type { Atlas, Traces, View } from '../model/types.ts';
import {
  cacheFile,
  hashOf,
  moduleSource,
  packageVersion,
  readCacheEntry,
  writeCacheEntry,
} from './cache.ts';
import { attachActivity } from './activity.ts';
import { compileDoc } from './docs.ts';
import { unpinnedSources } from './pinning.ts';
import { layoutBlocks } from './blocks.ts';
import { layoutGraph } from './layout.ts';
import { listFiles, loadYamlFile, locate, relativePath, type LoadedFile } from './load.ts';
import { AtlasBuildError, sortProblems, type Problem } from './problems.ts';
import { resolve, type RawData } from './resolve.ts';
import {
  checkSchema,
  commonSchemaSource,
  schemaSource,
  type Checked,
  type SchemaName,
} from './schemas.ts';
import { loadSettings } from './settings.ts';
import type { SettingsAtlas } from '../model/settings.ts';
import type { SchemaFiles } from '../model/generated/schema-types.ts';
import { pathViewId } from '../model/views.ts';

export interface BuildOptions {
  /** The folder holding graph-data/ and docs/. */
  root: string;
  /** Where layouts, compiled docs and checked YAML files are cached; defaults to <root>/.atlas-cache. */
  cacheDir?: string;
  /** Lay out the views (skipped by `validate`). */
  layout?: boolean;
}

export interface BuildStats {
  layoutsRun: number;
  layoutsCached: number;
  /** Docs mdx-bundler compiled in this build, and docs read from the cache instead. */
  docsCompiled: number;
  docsCached: number;
  milliseconds: number;
}

/** Docs compiled at once: enough to keep esbuild's service and the MDX compiler both busy. */
const DOC_CONCURRENCY = 8;

/** `map` with at most `limit` calls of `fn` pending at a time; results in input order. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface BuildResult {
  atlas: Atlas;
  /** Doc id → ES module source. */
  docModules: Map<string, string>;
  /** The configuration atlas (graph-data/settings/), served apart from the map's data. */
  settings: SettingsAtlas;
  problems: Problem[];
  /** Found but not fatal: statuses their repositories' dates disagree with. */
  warnings: Problem[];
  stats: BuildStats;
}

/**
 * Bump to drop every cached YAML file. The key already holds the file's text, the schema's
 * text, the yaml and ajv versions and the text of load.ts and schemas.ts, which parse and check.
 */
const YAML_CACHE_VERSION = 1;

/** Where YAML files that parsed and passed their schema before are remembered; counts its hits. */
interface YamlCache {
  dir: string;
  hits: number;
}

const checkers = new Map<SchemaName, string>();

/** A hash of what loading and checking a file depends on besides its text. */
function checkerKey(schema: SchemaName): string {
  let key = checkers.get(schema);
  if (key === undefined) {
    key = hashOf({
      v: YAML_CACHE_VERSION,
      tools: [packageVersion('yaml'), packageVersion('ajv')],
      code: ['./load.ts', './schemas.ts'].map((m) => moduleSource(new URL(m, import.meta.url))),
      schema: schemaSource(schema),
      common: commonSchemaSource(),
    });
    checkers.set(schema, key);
  }
  return key;
}

/** Thrown when a problem is to be located in a file that came from the cache, unparsed. */
class NotParsed extends Error {}

/** A file known to be valid, with its data but without the parse tree. */
function unparsed<Data>(file: string, data: Data): LoadedFile<Data> {
  return {
    file,
    data,
    get doc(): never {
      throw new NotParsed(file);
    },
    get lines(): never {
      throw new NotParsed(file);
    },
  };
}

/**
 * Reads a YAML file and checks it against its schema; the problems are the YAML syntax errors
 * or else the schema violations. With a cache, a text that passed the same schema before is
 * neither parsed nor checked again.
 */
async function loadChecked<S extends SchemaName>(
  root: string,
  path: string,
  schema: S,
  cache: YamlCache | undefined,
): Promise<Checked<SchemaFiles[S]>> {
  if (!cache) {
    const result = await loadYamlFile(root, path);
    if (!result.loaded) return result;
    return checkSchema(result.loaded, schema);
  }
  const text = await readFile(path, 'utf8');
  const entry = cacheFile(cache.dir, 'yaml', { checker: checkerKey(schema), text });
  // An entry holds data that passed this very schema: the key holds the schema's text.
  const cached = await readCacheEntry<{ data: SchemaFiles[S] } | null>(entry);
  if (cached && 'data' in cached) {
    cache.hits++;
    const { data } = cached;
    return { valid: unparsed(relativePath(root, path), data), data, problems: [] };
  }
  const result = await loadChecked(root, path, schema, undefined);
  // Remembered only when valid, when JSON holds the data exactly (no .inf, no -0) and when the
  // file did not change while it was being read.
  const data = result.valid?.data;
  if (
    result.valid &&
    isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data) &&
    (await readFile(path, 'utf8')) === text
  )
    await writeCacheEntry(entry, { data });
  return result;
}

/**
 * Loads every YAML file of one kind. Files that fail are reported and left out; their ids are
 * collected in `invalidIds` so references to them do not add a second, misleading problem.
 */
async function loadGroup<S extends SchemaName>(
  root: string,
  dir: string,
  schema: S,
  problems: Problem[],
  invalidIds: Set<string>,
  cache: YamlCache | undefined,
): Promise<LoadedFile<SchemaFiles[S]>[]> {
  const files = await listFiles(join(root, dir), '.yaml');
  const results = await mapLimit(files, 16, (path) => loadChecked(root, path, schema, cache));
  const loaded: LoadedFile<SchemaFiles[S]>[] = [];
  files.forEach((path, i) => {
    const result = results[i] as Checked<SchemaFiles[S]>;
    problems.push(...result.problems);
    if (result.valid) {
      loaded.push(result.valid);
      return;
    }
    // An invalid file's data is whatever it parsed to: its id is taken only if it is a string.
    const id = (result.data as { id?: unknown } | undefined)?.id;
    invalidIds.add(typeof id === 'string' ? id : basename(path, '.yaml'));
  });
  return loaded;
}

async function loadVocab<S extends SchemaName>(
  root: string,
  name: string,
  schema: S,
  problems: Problem[],
  cache: YamlCache | undefined,
): Promise<LoadedFile<SchemaFiles[S]> | undefined> {
  const path = join(root, 'graph-data', 'vocab', `${name}.yaml`);
  try {
    const result = await loadChecked(root, path, schema, cache);
    problems.push(...result.problems);
    return result.valid;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    problems.push({
      file: `graph-data/vocab/${name}.yaml`,
      line: 1,
      column: 1,
      pointer: '',
      message: 'the vocabulary file is missing',
      fix: `create graph-data/vocab/${name}.yaml (see graph-data/schema/${schema}.schema.json)`,
    });
    return undefined;
  }
}

/** "did you mean …? " when a near match exists, for the start of a fix. */
function guess(value: string, options: Iterable<string>): string {
  const near = nearest(value, options, 1)[0];
  return near ? `did you mean "${near}"? Otherwise ` : '';
}

/**
 * graph-data/pathways/pathways.yaml, checked against its schema; its cross-checks against the
 * skills vocabulary are resolve's. Optional: undefined when there is none or it failed.
 */
async function loadPathways(
  root: string,
  problems: Problem[],
  cache: YamlCache | undefined,
): Promise<LoadedFile<SchemaFiles['pathways']> | undefined> {
  const path = join(root, 'graph-data', 'pathways', 'pathways.yaml');
  let result;
  try {
    result = await loadChecked(root, path, 'pathways', cache);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  problems.push(...result.problems);
  if (!result.valid) return undefined;
  problems.push(...unpinnedSources(result.valid));
  return result.valid;
}

/**
 * The recorded traces (graph-data/traces/login.yaml and failures.yaml, written by `npm run
 * trace`), and the check that every exchange or failure a guided-path step names was recorded.
 */
async function loadTraces(
  root: string,
  resolved: { paths: Atlas['paths'] },
  problems: Problem[],
  load: (path: string) => Promise<Checked<SchemaFiles['trace']>>,
): Promise<Traces | undefined> {
  const files = await listFiles(join(root, 'graph-data', 'traces'), '.yaml');
  const traces: Traces = {};
  for (const path of files) {
    const { valid, problems: found } = await load(path);
    problems.push(...found);
    if (!valid) continue;
    const { kind, ...rest } = valid.data;
    // One schema checks both kinds, so the lists of the other kind are optional in it.
    if (kind === 'login')
      traces.login = { ...rest, config: rest.config ?? [], exchanges: rest.exchanges ?? [] };
    else traces.failures = { ...rest, failures: rest.failures ?? [] };
  }
  const exchangeIds = new Set(traces.login?.exchanges.map((e) => e.id) ?? []);
  const failureIds = new Set(traces.failures?.failures.map((f) => f.id) ?? []);
  const pathFiles = new Map<string, LoadedFile>();
  for (const path of await listFiles(join(root, 'graph-data', 'paths'), '.yaml')) {
    const id = basename(path, '.yaml');
    if (resolved.paths.some((p) => p.id === id && p.steps.some((s) => s.exchanges || s.failures))) {
      const result = await loadYamlFile(root, path);
      if (result.loaded) pathFiles.set(id, result.loaded);
    }
  }
  for (const path of resolved.paths)
    path.steps.forEach((step, s) => {
      const loaded = pathFiles.get(path.id);
      const at = (pointer: string, message: string, fix: string) =>
        loaded
          ? problems.push({ file: loaded.file, pointer, ...locate(loaded, pointer), message, fix })
          : undefined;
      (step.exchanges ?? []).forEach((id, i) => {
        if (!exchangeIds.has(id))
          at(
            `/steps/${s}/exchanges/${i}`,
            `the login trace has no exchange "${id}"`,
            `${guess(id, exchangeIds)}name an id from graph-data/traces/login.yaml, or record again with npm run trace`,
          );
      });
      (step.failures ?? []).forEach((id, i) => {
        if (!failureIds.has(id))
          at(
            `/steps/${s}/failures/${i}`,
            `no recorded failure "${id}"`,
            `${guess(id, failureIds)}name an id from graph-data/traces/failures.yaml`,
          );
      });
    });
  return traces.login || traces.failures ? traces : undefined;
}

/** Loads, validates and resolves graph-data/. */
async function loadData(root: string, docIds: Set<string>, cache: YamlCache | undefined) {
  const problems: Problem[] = [];
  const invalidNodeIds = new Set<string>();
  const vocab = <S extends SchemaName>(name: string, schema: S) =>
    loadVocab(root, name, schema, problems, cache);
  const group = <S extends SchemaName>(dir: string, schema: S, invalidIds = new Set<string>()) =>
    loadGroup(root, `graph-data/${dir}`, schema, problems, invalidIds, cache);
  const raw: RawData = {
    kinds: await vocab('kinds', 'kinds'),
    relationTypes: await vocab('relation-types', 'relation-types'),
    skills: await vocab('skills', 'skills'),
    personas: await vocab('personas', 'personas'),
    invalidNodeIds,
    docIds,
    nodes: await group('nodes', 'node', invalidNodeIds),
    views: await group('views', 'view'),
    paths: await group('paths', 'path'),
    architectures: await group('architectures', 'architecture'),
    pathways: await loadPathways(root, problems, cache),
  };
  const { resolved, problems: resolveProblems } = resolve(raw);
  problems.push(...resolveProblems);
  for (const loaded of [...raw.nodes, ...raw.paths, ...raw.architectures])
    problems.push(...unpinnedSources(loaded));
  const warnings: Problem[] = [];
  resolved.nodes = await attachActivity(
    root,
    resolved.nodes,
    (path) => loadChecked(root, path, 'activity', cache),
    problems,
    warnings,
  );

  const nodeIds = new Set([...resolved.nodes.map((n) => n.id), ...invalidNodeIds]);
  const settings = await loadSettings(
    root,
    nodeIds,
    (path, schema) => loadChecked(root, path, schema, cache),
    problems,
  );
  const traces = await loadTraces(root, resolved, problems, (path) =>
    loadChecked(root, path, 'trace', cache),
  );
  return { resolved, invalidNodeIds, problems, warnings, settings, traces };
}

/**
 * Loads, validates and resolves graph-data/, compiles docs/ and lays out the views.
 * Collects every problem rather than stopping at the first.
 */
export async function buildAtlas(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  // Absolute, so esbuild (which compiles the docs) accepts it whatever the caller passed.
  const root = resolvePath(options.root);
  const cacheDir = options.cacheDir ?? join(root, '.atlas-cache');
  const docsDir = join(root, 'docs');
  const docFiles = await listFiles(docsDir, '.mdx');
  const docIds = new Set(docFiles.map((path) => relativePath(docsDir, path).replace(/\.mdx$/, '')));
  // Files that passed before come from the cache without the parse tree a problem's line and
  // column are found in. So when anything is wrong, everything is loaded again, parsed, and
  // every problem is reported exactly as without a cache.
  const yamlCache: YamlCache = { dir: cacheDir, hits: 0 };
  let loaded = await loadData(root, docIds, yamlCache).catch((error: unknown) => {
    if (error instanceof NotParsed) return undefined;
    throw error;
  });
  if (!loaded || (loaded.problems.length > 0 && yamlCache.hits > 0))
    loaded = await loadData(root, docIds, undefined);
  const { resolved, invalidNodeIds, problems, warnings, settings, traces } = loaded;

  // Docs: compiled at build time; a doc under docs/nodes/ belongs to the node of the same id.
  const nodeIds = new Set(resolved.nodes.map((n) => n.id));
  const linkable = new Set([...nodeIds, ...invalidNodeIds]);
  const docModules = new Map<string, string>();
  const docs = [];
  const stats: BuildStats = {
    layoutsRun: 0,
    layoutsCached: 0,
    docsCompiled: 0,
    docsCached: 0,
    milliseconds: 0,
  };
  // Compiled a few at a time; the results are then taken in file order, as before.
  const compiledDocs = await mapLimit(docFiles, DOC_CONCURRENCY, (path) =>
    compileDoc(root, docsDir, path, linkable, { cacheDir }),
  );
  for (const { doc, problems: docProblems, cache } of compiledDocs) {
    if (cache === 'hit') stats.docsCached++;
    else if (cache === 'miss') stats.docsCompiled++;
    problems.push(...docProblems);
    if (!doc) continue;
    docs.push(doc.info);
    docModules.set(doc.info.id, doc.module);
  }
  // Which node each doc belongs to was settled in resolve; compiling changes no node.
  const { nodes, pathways } = resolved;

  const views: View[] = [];
  if (options.layout !== false && problems.length === 0) {
    for (const spec of resolved.viewSpecs) {
      const shown = new Set(spec.nodeIds);
      if (spec.blocks) {
        const laid = await layoutBlocks(
          {
            nodes: nodes.filter((n) => shown.has(n.id)),
            relations: resolved.relations.filter((r) => shown.has(r.from) && shown.has(r.to)),
            kinds: resolved.kinds,
            relationTypes: resolved.relationTypes,
          },
          spec.blocks,
          cacheDir,
        );
        stats.layoutsRun += laid.layoutsRun;
        stats.layoutsCached += laid.layoutsCached;
        views.push({
          id: spec.id,
          title: spec.title,
          description: spec.description,
          purpose: 'blocks',
          width: laid.width,
          height: laid.height,
          nodes: laid.nodes,
          relations: laid.inner,
          blocks: laid.blocks,
          links: laid.links,
        });
        continue;
      }
      const relations = resolved.relations.filter((r) => shown.has(r.from) && shown.has(r.to));
      const members = nodes.filter((n) => shown.has(n.id));
      // Grouped views: one box per kind, in the vocabulary's order.
      const groups =
        spec.groupBy === 'kind'
          ? resolved.kinds
              .map((k) => ({
                id: k.id,
                label: k.plural,
                nodeIds: members.filter((n) => n.kind === k.id).map((n) => n.id),
              }))
              .filter((g) => g.nodeIds.length > 0)
          : undefined;
      const layout = await layoutGraph(
        { nodes: members, relations, ...(groups ? { groups } : {}) },
        cacheDir,
      );
      if (layout.cacheHit) stats.layoutsCached++;
      else stats.layoutsRun++;
      views.push({
        id: spec.id,
        title: spec.title,
        description: spec.description,
        width: layout.width,
        height: layout.height,
        nodes: layout.nodes,
        ...(layout.groups ? { groups: layout.groups } : {}),
        relations: relations.map((r) => r.id),
      });
    }
    // Each guided path gets a small map of its own: every node its steps focus on or animate.
    for (const path of resolved.paths) {
      const shown = new Set(
        path.steps.flatMap((st) => [...st.focus, ...st.edges.flatMap((e) => [e.from, e.to])]),
      );
      const relations = resolved.relations.filter((r) => shown.has(r.from) && shown.has(r.to));
      const layout = await layoutGraph(
        { nodes: nodes.filter((n) => shown.has(n.id)), relations },
        cacheDir,
      );
      if (layout.cacheHit) stats.layoutsCached++;
      else stats.layoutsRun++;
      views.push({
        id: pathViewId(path.id),
        title: path.title,
        description: `The components the path “${path.title}” walks through.`,
        purpose: 'path',
        width: layout.width,
        height: layout.height,
        nodes: layout.nodes,
        relations: relations.map((r) => r.id),
      });
    }
  }
  stats.milliseconds = Math.round(performance.now() - started);
  const { viewSpecs: _specs, ...data } = resolved;
  const atlas: Atlas = {
    ...data,
    nodes,
    views,
    docs,
    ...(pathways ? { pathways } : {}),
    ...(traces ? { traces } : {}),
  };
  return {
    atlas,
    docModules,
    settings,
    problems: sortProblems(problems),
    warnings: sortProblems(warnings),
    stats,
  };
}

/** As buildAtlas, but throws an AtlasBuildError listing every problem. */
export async function buildAtlasOrThrow(options: BuildOptions): Promise<BuildResult> {
  const result = await buildAtlas(options);
  if (result.problems.length > 0) throw new AtlasBuildError(result.problems);
  return result;
}
