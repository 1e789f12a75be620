import { basename, join, resolve as resolvePath } from 'node:path';
import { nearest } from '../model/suggest.ts';
import type { Atlas, Pathways, View } from '../model/types.ts';
import { compileDoc } from './docs.ts';
import { layoutGraph } from './layout.ts';
import { listFiles, loadYamlFile, locate, relativePath, type LoadedFile } from './load.ts';
import { AtlasBuildError, sortProblems, type Problem } from './problems.ts';
import { resolve, type RawData } from './resolve.ts';
import { checkSchema, type SchemaName } from './schemas.ts';

export interface BuildOptions {
  /** The folder holding graph-data/ and docs/. */
  root: string;
  /** Where layouts are cached; defaults to <root>/.atlas-cache. */
  cacheDir?: string;
  /** Lay out the views (skipped by `validate`). */
  layout?: boolean;
}

export interface BuildStats {
  layoutsRun: number;
  layoutsCached: number;
  milliseconds: number;
}

export interface BuildResult {
  atlas: Atlas;
  /** Doc id → ES module source. */
  docModules: Map<string, string>;
  problems: Problem[];
  stats: BuildStats;
}

/**
 * Loads every YAML file of one kind. Files that fail are reported and left out; their ids are
 * collected in `invalidIds` so references to them do not add a second, misleading problem.
 */
async function loadGroup(
  root: string,
  dir: string,
  schema: SchemaName,
  problems: Problem[],
  invalidIds: Set<string>,
): Promise<LoadedFile[]> {
  const files = await listFiles(join(root, dir), '.yaml');
  const loaded: LoadedFile[] = [];
  for (const path of files) {
    const result = await loadYamlFile(root, path);
    problems.push(...result.problems);
    const schemaProblems = result.loaded ? checkSchema(result.loaded, schema) : [];
    problems.push(...schemaProblems);
    if (result.loaded && schemaProblems.length === 0) {
      loaded.push(result.loaded);
      continue;
    }
    const id = (result.loaded?.data as { id?: unknown } | undefined)?.id;
    invalidIds.add(typeof id === 'string' ? id : basename(path, '.yaml'));
  }
  return loaded;
}

async function loadVocab(root: string, name: string, schema: SchemaName, problems: Problem[]) {
  const path = join(root, 'graph-data', 'vocab', `${name}.yaml`);
  try {
    const result = await loadYamlFile(root, path);
    problems.push(...result.problems);
    if (!result.loaded) return undefined;
    const schemaProblems = checkSchema(result.loaded, schema);
    problems.push(...schemaProblems);
    return schemaProblems.length === 0 ? result.loaded : undefined;
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

async function loadPathways(
  root: string,
  problems: Problem[],
  skillIds: ReadonlySet<string>,
): Promise<Pathways | undefined> {
  const path = join(root, 'graph-data', 'pathways', 'pathways.yaml');
  let result;
  try {
    result = await loadYamlFile(root, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  problems.push(...result.problems);
  if (!result.loaded) return undefined;
  const loaded = result.loaded;
  const schemaProblems = checkSchema(loaded, 'pathways');
  problems.push(...schemaProblems);
  if (schemaProblems.length > 0) return undefined;
  const data = loaded.data as Pathways;
  const at = (pointer: string, message: string, fix: string) =>
    problems.push({ file: loaded.file, pointer, ...locate(loaded, pointer), message, fix });
  const areaIds = new Set(data.areas.map((a) => a.id));
  data.areas.forEach((area, a) =>
    area.skills.forEach((skill, k) => {
      if (!skillIds.has(skill))
        at(
          `/areas/${a}/skills/${k}`,
          `unknown skill "${skill}"`,
          `${guess(skill, skillIds)}use a skill listed in graph-data/vocab/skills.yaml`,
        );
    }),
  );
  const seen = new Set<string>();
  data.cells.forEach((cell, c) => {
    if (!areaIds.has(cell.area))
      at(
        `/cells/${c}/area`,
        `unknown area "${cell.area}"`,
        `${guess(cell.area, areaIds)}name an area listed under areas:`,
      );
    const key = `${cell.area} ${cell.level}`;
    if (seen.has(key))
      at(
        `/cells/${c}`,
        `a second cell for ${cell.area} at ${cell.level}`,
        'keep one cell per area and level',
      );
    seen.add(key);
  });
  for (const area of data.areas)
    for (const level of data.levels)
      if (!seen.has(`${area.id} ${level.id}`))
        at(
          '/cells',
          `no cell for ${area.id} at ${level.id}`,
          `add a cell with area: ${area.id} and level: ${level.id}`,
        );
  return data;
}

/**
 * Loads, validates and resolves graph-data/, compiles docs/ and lays out the views.
 * Collects every problem rather than stopping at the first.
 */
export async function buildAtlas(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  // Absolute, so esbuild (which compiles the docs) accepts it whatever the caller passed.
  const root = resolvePath(options.root);
  const problems: Problem[] = [];
  const invalidNodeIds = new Set<string>();
  const docsDir = join(root, 'docs');
  const docFiles = await listFiles(docsDir, '.mdx');
  const raw: RawData = {
    kinds: await loadVocab(root, 'kinds', 'kinds', problems),
    relationTypes: await loadVocab(root, 'relation-types', 'relation-types', problems),
    skills: await loadVocab(root, 'skills', 'skills', problems),
    personas: await loadVocab(root, 'personas', 'personas', problems),
    invalidNodeIds,
    docIds: new Set(docFiles.map((path) => relativePath(docsDir, path).replace(/\.mdx$/, ''))),
    nodes: await loadGroup(root, 'graph-data/nodes', 'node', problems, invalidNodeIds),
    views: await loadGroup(root, 'graph-data/views', 'view', problems, new Set()),
    paths: await loadGroup(root, 'graph-data/paths', 'path', problems, new Set()),
    architectures: await loadGroup(
      root,
      'graph-data/architectures',
      'architecture',
      problems,
      new Set(),
    ),
  };
  const { resolved, problems: resolveProblems } = resolve(raw);
  problems.push(...resolveProblems);

  // Contributor pathways: optional; when present, every skill, area and cell must resolve.
  const pathways = await loadPathways(root, problems, new Set(resolved.skills.map((k) => k.id)));

  // Docs: compiled at build time; a doc under docs/nodes/ belongs to the node of the same id.
  const nodeIds = new Set(resolved.nodes.map((n) => n.id));
  const linkable = new Set([...nodeIds, ...invalidNodeIds]);
  const docModules = new Map<string, string>();
  const docs = [];
  for (const path of docFiles) {
    const { doc, problems: docProblems } = await compileDoc(root, docsDir, path, linkable);
    problems.push(...docProblems);
    if (!doc) continue;
    const nodeId = doc.info.id.match(/^nodes\/(.+)$/)?.[1];
    if (nodeId !== undefined && !linkable.has(nodeId)) {
      problems.push({
        file: doc.info.file,
        line: 1,
        column: 1,
        pointer: '',
        message: `docs/nodes/ holds a doc for "${nodeId}", which is not a node`,
        fix: `rename the file after an existing node id, or move it out of docs/nodes/`,
      });
      continue;
    }
    docs.push(doc.info);
    docModules.set(doc.info.id, doc.module);
  }
  const nodes = resolved.nodes.map((n) =>
    docModules.has(`nodes/${n.id}`) ? { ...n, doc: `nodes/${n.id}` } : n,
  );

  const stats: BuildStats = { layoutsRun: 0, layoutsCached: 0, milliseconds: 0 };
  const views: View[] = [];
  if (options.layout !== false && problems.length === 0) {
    for (const spec of resolved.viewSpecs) {
      const shown = new Set(spec.nodeIds);
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
        options.cacheDir ?? join(root, '.atlas-cache'),
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
        options.cacheDir ?? join(root, '.atlas-cache'),
      );
      if (layout.cacheHit) stats.layoutsCached++;
      else stats.layoutsRun++;
      views.push({
        id: `path-${path.id}`,
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
  const atlas: Atlas = { ...data, nodes, views, docs, ...(pathways ? { pathways } : {}) };
  return { atlas, docModules, problems: sortProblems(problems), stats };
}

/** As buildAtlas, but throws an AtlasBuildError listing every problem. */
export async function buildAtlasOrThrow(options: BuildOptions): Promise<BuildResult> {
  const result = await buildAtlas(options);
  if (result.problems.length > 0) throw new AtlasBuildError(result.problems);
  return result;
}
