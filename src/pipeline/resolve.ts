import { basename } from 'node:path';
import { relationId } from '../model/shell.ts';
import type {
  ArchitectureFile,
  KindsFile,
  NodeFile,
  PathFile,
  PathwaysFile,
  PersonasFile,
  RelationTypesFile,
  SkillsFile,
  ViewFile,
} from '../model/generated/schema-types.ts';
import { isPinned } from '../model/pinning.ts';
import { nearest } from '../model/suggest.ts';
import type {
  AtlasNode,
  GuidedPath,
  Kind,
  Pathways,
  ReferenceArchitecture,
  Relation,
  Persona,
  RelationType,
  Skill,
  SkillArea,
} from '../model/types.ts';
import { locate, type LoadedFile } from './load.ts';
import type { Problem } from './problems.ts';

/** The files that passed their schemas, typed by them. */
export interface RawData {
  kinds?: LoadedFile<KindsFile>;
  relationTypes?: LoadedFile<RelationTypesFile>;
  skills?: LoadedFile<SkillsFile>;
  personas?: LoadedFile<PersonasFile>;
  /** Ids of node files that failed to load or to pass their schema: already reported. */
  invalidNodeIds: ReadonlySet<string>;
  /** Ids of the docs under docs/ (path without .mdx). */
  docIds: ReadonlySet<string>;
  nodes: LoadedFile<NodeFile>[];
  views: LoadedFile<ViewFile>[];
  paths: LoadedFile<PathFile>[];
  architectures: LoadedFile<ArchitectureFile>[];
  /** graph-data/pathways/pathways.yaml, when there is one and it passed its schema. */
  pathways?: LoadedFile<PathwaysFile>;
}

export interface Resolved {
  nodes: AtlasNode[];
  relations: Relation[];
  kinds: Kind[];
  relationTypes: RelationType[];
  skills: Skill[];
  skillAreas: SkillArea[];
  personas: Persona[];
  viewSpecs: ViewSpec[];
  paths: GuidedPath[];
  architectures: ReferenceArchitecture[];
  pathways?: Pathways;
}

/**
 * A view as configured, before layout: which nodes it shows. Its file's `include` is resolved to
 * node ids, `group_by` and `links` are renamed, and `layout: blocks` becomes `blocks`.
 */
export interface ViewSpec extends Pick<ViewFile, 'id' | 'title' | 'description' | 'order'> {
  nodeIds: string[];
  groupBy?: ViewFile['group_by'];
  /** The big picture: blocks per kind with aggregated arrows. */
  blocks?: { minCount: number; always: string[] };
}

function suggestion(value: string, options: Iterable<string>, where: string): string {
  const guess = nearest(value, options, 1)[0];
  return guess ? `did you mean "${guess}"? Otherwise ${where}` : where;
}

/**
 * Checks everything the schema cannot: ids unique and equal to file names, kinds and relation
 * types known, every id a file names resolvable. Works on files that passed their schema.
 */
export function resolve(raw: RawData): { resolved: Resolved; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (loaded: LoadedFile, pointer: string, message: string, fix: string) =>
    problems.push({ file: loaded.file, pointer, ...locate(loaded, pointer), message, fix });
  /** Every file's id is its file name, so a file can be found from an id and back. */
  const checkFileName = (loaded: LoadedFile, id: string) => {
    const fileId = basename(loaded.file, '.yaml');
    if (id !== fileId)
      problem(
        loaded,
        '/id',
        `id "${id}" differs from the file name "${fileId}.yaml"`,
        `rename the file to ${id}.yaml or set id: ${fileId}`,
      );
  };

  const kinds = raw.kinds?.data.kinds ?? [];
  const relationTypes = raw.relationTypes?.data.relation_types ?? [];
  const skills = raw.skills?.data.skills ?? [];
  const skillAreas = raw.skills?.data.areas ?? [];
  for (const [loaded, list, key] of [
    [raw.kinds, kinds, 'kinds'],
    [raw.skills, skillAreas, 'areas'],
    [raw.skills, skills, 'skills'],
    [raw.relationTypes, relationTypes, 'relation_types'],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (loaded && seen.has(item.id))
        problem(
          loaded,
          `/${key}/${i}/id`,
          `"${item.id}" is listed twice`,
          'remove or rename one of them',
        );
      seen.add(item.id);
    });
  }
  const kindIds = new Set(kinds.map((k) => k.id));
  const personas = raw.personas?.data.personas ?? [];
  personas.forEach((persona, p) =>
    persona.kinds.forEach((kind, k) => {
      if (raw.personas && raw.kinds && !kindIds.has(kind))
        problem(
          raw.personas,
          `/personas/${p}/kinds/${k}`,
          `unknown kind "${kind}"`,
          suggestion(kind, kindIds, 'use a kind listed in graph-data/vocab/kinds.yaml'),
        );
    }),
  );
  const skillIds = new Set(skills.map((k) => k.id));
  // One vocabulary: every skill sits in one of the areas the skills map and the checklist show.
  const areaIds = new Set(skillAreas.map((a) => a.id));
  skills.forEach((skill, k) => {
    if (raw.skills && !areaIds.has(skill.area))
      problem(
        raw.skills,
        `/skills/${k}/area`,
        `unknown skill area "${skill.area}"`,
        suggestion(skill.area, areaIds, 'use an area listed under areas: in this file'),
      );
  });
  /** Entry point "group name" → the file that lists it first. */
  const entryPointOwner = new Map<string, string>();
  const typeIds = new Set(relationTypes.map((t) => t.id));

  // Nodes: ids, file names, kinds.
  const nodes: AtlasNode[] = [];
  const fileOfId = new Map<string, string>();
  const loadedOfNode = new Map<AtlasNode, LoadedFile<NodeFile>>();
  for (const loaded of raw.nodes) {
    const data = loaded.data;
    checkFileName(loaded, data.id);
    const previous = fileOfId.get(data.id);
    if (previous) {
      problem(
        loaded,
        '/id',
        `id "${data.id}" is already used by ${previous}`,
        'ids are unique across the atlas: choose another id and file name',
      );
      continue;
    }
    fileOfId.set(data.id, loaded.file);
    if (raw.kinds && !kindIds.has(data.kind)) {
      problem(
        loaded,
        '/kind',
        `unknown kind "${data.kind}"`,
        suggestion(
          data.kind,
          kindIds,
          'use a kind listed in graph-data/vocab/kinds.yaml or add it there',
        ),
      );
    } else {
      const folder = loaded.file.split('/').at(-2);
      if (folder !== data.kind)
        problem(
          loaded,
          '/kind',
          `kind is "${data.kind}" but the file is in graph-data/nodes/${folder}/`,
          `move the file to graph-data/nodes/${data.kind}/ or change its kind to "${folder}"`,
        );
    }
    (data.contribute?.skills ?? []).forEach((skill, i) => {
      if (raw.skills && !skillIds.has(skill))
        problem(
          loaded,
          `/contribute/skills/${i}`,
          `unknown skill "${skill}"`,
          suggestion(
            skill,
            skillIds,
            'use a skill listed in graph-data/vocab/skills.yaml or add it there',
          ),
        );
    });
    (data.config?.entry_points ?? []).forEach((ep, i) => {
      const key = `${ep.group} ${ep.name}`;
      const owner = entryPointOwner.get(key);
      if (owner === undefined) entryPointOwner.set(key, loaded.file);
      else
        problem(
          loaded,
          `/config/entry_points/${i}`,
          `the entry point "${ep.name}" in group "${ep.group}" is already listed by ${owner}`,
          owner === loaded.file
            ? 'remove the repeated entry point'
            : 'list each entry point once, on the node of the class it loads',
        );
    });
    const { relations: _relations, ...rest } = data;
    // A doc under docs/nodes/ belongs to the node of the same id (compiled in a later stage).
    const doc = raw.docIds.has(`nodes/${data.id}`) ? { doc: `nodes/${data.id}` } : {};
    const node: AtlasNode = { ...rest, aliases: data.aliases ?? [], file: loaded.file, ...doc };
    nodes.push(node);
    loadedOfNode.set(node, loaded);
  }
  const nodeIds = new Set(nodes.map((n) => n.id));
  for (const docId of raw.docIds) {
    const nodeId = docId.match(/^nodes\/(.+)$/)?.[1];
    if (nodeId !== undefined && !nodeIds.has(nodeId) && !raw.invalidNodeIds.has(nodeId))
      problems.push({
        file: `docs/${docId}.mdx`,
        line: 1,
        column: 1,
        pointer: '',
        message: `docs/nodes/ holds a doc for "${nodeId}", which is not a node`,
        fix: `rename the file after an existing node id, or move it out of docs/nodes/`,
      });
  }

  // Relations: types and targets resolve; no duplicates, no self-loops.
  const relations: Relation[] = [];
  const relationIds = new Set<string>();
  for (const node of nodes) {
    const loaded = loadedOfNode.get(node);
    if (!loaded) continue;
    (loaded.data.relations ?? []).forEach((r, i) => {
      const at = `/relations/${i}`;
      let ok = true;
      if (!raw.relationTypes) {
        ok = false; // Already reported: the vocabulary file is missing or invalid.
      } else if (!typeIds.has(r.type)) {
        ok = false;
        problem(
          loaded,
          `${at}/type`,
          `unknown relation type "${r.type}"`,
          suggestion(
            r.type,
            typeIds,
            'use a type listed in graph-data/vocab/relation-types.yaml or add it there',
          ),
        );
      }
      if (raw.invalidNodeIds.has(r.to)) {
        ok = false; // The target's own file has problems, reported there.
      } else if (!nodeIds.has(r.to)) {
        ok = false;
        problem(
          loaded,
          `${at}/to`,
          `unknown node "${r.to}"`,
          suggestion(
            r.to,
            nodeIds,
            `add graph-data/nodes/<kind>/${r.to}.yaml or name an existing node`,
          ),
        );
      } else if (r.to === node.id) {
        ok = false;
        problem(
          loaded,
          `${at}/to`,
          `"${node.id}" relates to itself`,
          'point the relation at another node or remove it',
        );
      }
      const id = relationId(node.id, r.type, r.to);
      if (ok && relationIds.has(id)) {
        problem(
          loaded,
          at,
          `the relation "${r.type}" to "${r.to}" is written twice`,
          'remove the repeated relation',
        );
        return;
      }
      if (ok) {
        relationIds.add(id);
        relations.push({
          id,
          from: node.id,
          type: r.type,
          to: r.to,
          ...(r.note ? { note: r.note } : {}),
        });
      }
    });
  }

  // Views: the nodes and kinds they include exist. Without any view file, one view shows all.
  const viewSpecs: ViewSpec[] = [];
  for (const loaded of raw.views) {
    const data = loaded.data;
    checkFileName(loaded, data.id);
    const ids = new Set<string>();
    (data.include.nodes ?? []).forEach((id, i) => {
      if (nodeIds.has(id)) ids.add(id);
      else if (!raw.invalidNodeIds.has(id))
        problem(
          loaded,
          `/include/nodes/${i}`,
          `unknown node "${id}"`,
          suggestion(id, nodeIds, 'name an existing node id'),
        );
    });
    (data.include.kinds ?? []).forEach((kind, i) => {
      if (raw.kinds && !kindIds.has(kind))
        problem(
          loaded,
          `/include/kinds/${i}`,
          `unknown kind "${kind}"`,
          suggestion(kind, kindIds, 'use a kind listed in graph-data/vocab/kinds.yaml'),
        );
      for (const node of nodes) if (node.kind === kind) ids.add(node.id);
    });
    viewSpecs.push({
      id: data.id,
      title: data.title,
      description: data.description,
      order: data.order,
      nodeIds: [...ids],
      ...(data.group_by ? { groupBy: data.group_by } : {}),
      ...(data.layout === 'blocks'
        ? { blocks: { minCount: data.links?.min_count ?? 1, always: data.links?.always ?? [] } }
        : {}),
    });
    if (data.layout === 'blocks') {
      // Every kind it draws needs its layer; every relation type it always draws must exist.
      (data.include.kinds ?? []).forEach((kind, i) => {
        const k = kinds.find((x) => x.id === kind);
        if (k && k.layer === undefined)
          problem(
            loaded,
            `/include/kinds/${i}`,
            `kind "${kind}" has no layer, so the big picture cannot place it`,
            `give it a layer: (and column: side, if it belongs beside the stack) in graph-data/vocab/kinds.yaml`,
          );
      });
      (data.links?.always ?? []).forEach((type, i) => {
        if (raw.relationTypes && !typeIds.has(type))
          problem(
            loaded,
            `/links/always/${i}`,
            `unknown relation type "${type}"`,
            suggestion(type, typeIds, 'use a type listed in graph-data/vocab/relation-types.yaml'),
          );
      });
    }
  }
  if (raw.views.length === 0)
    viewSpecs.push({
      id: 'all',
      title: 'All components',
      description: 'Every node in the atlas.',
      order: 0,
      nodeIds: [...nodeIds],
    });
  viewSpecs.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  // Guided paths: focus nodes and animated relations exist.
  const paths: GuidedPath[] = [];
  const pathIds = new Set(raw.paths.map((p) => p.data.id));
  // Personas are data (graph-data/vocab/personas.yaml): a path names one of them.
  const personaIds = new Set(personas.map((p) => p.id));
  for (const loaded of raw.paths) {
    const data = loaded.data;
    checkFileName(loaded, data.id);
    if (raw.personas && !personaIds.has(data.persona))
      problem(
        loaded,
        '/persona',
        `unknown persona "${data.persona}"`,
        suggestion(
          data.persona,
          personaIds,
          `use one of ${[...personaIds].map((id) => `"${id}"`).join(', ')} (graph-data/vocab/personas.yaml)`,
        ),
      );
    data.steps.forEach((step, s) => {
      if (!raw.docIds.has(step.doc))
        problem(
          loaded,
          `/steps/${s}/doc`,
          `the step's doc docs/${step.doc}.mdx does not exist`,
          `create docs/${step.doc}.mdx or correct the doc path`,
        );
      step.focus.forEach((id, f) => {
        if (!nodeIds.has(id) && !raw.invalidNodeIds.has(id))
          problem(
            loaded,
            `/steps/${s}/focus/${f}`,
            `unknown node "${id}"`,
            suggestion(id, nodeIds, 'name an existing node id'),
          );
      });
      (step.edges ?? []).forEach((e, k) => {
        const id = relationId(e.from, e.type, e.to);
        // Skip when an end's file or the vocabulary is broken: that problem is reported already.
        const touchesInvalid =
          !raw.relationTypes || raw.invalidNodeIds.has(e.from) || raw.invalidNodeIds.has(e.to);
        if (!relationIds.has(id) && !touchesInvalid)
          problem(
            loaded,
            `/steps/${s}/edges/${k}`,
            `no relation "${e.type}" from "${e.from}" to "${e.to}"`,
            'animate a relation that a node file declares, or add it to the node it starts from',
          );
      });
    });
    (data.next ?? []).forEach((id, i) => {
      if (!pathIds.has(id))
        problem(
          loaded,
          `/next/${i}`,
          `unknown path "${id}"`,
          suggestion(id, pathIds, 'name an existing path id'),
        );
    });
    paths.push({
      ...data,
      next: data.next ?? [],
      steps: data.steps.map((s) => ({ ...s, edges: s.edges ?? [] })),
    });
  }

  // Reference architectures: components exist; values are sourced or marked unknown.
  const architectures: ReferenceArchitecture[] = [];
  for (const loaded of raw.architectures) {
    const data = loaded.data;
    checkFileName(loaded, data.id);
    data.components.forEach((c, i) => {
      if (!nodeIds.has(c.node) && !raw.invalidNodeIds.has(c.node))
        problem(
          loaded,
          `/components/${i}/node`,
          `unknown node "${c.node}"`,
          suggestion(c.node, nodeIds, 'name an existing node id'),
        );
    });
    for (const [attribute, values] of Object.entries(data.attributes)) {
      values.forEach((v, i) => {
        if (!v.source && v.value.trim().toLowerCase() !== 'unknown')
          problem(
            loaded,
            `/attributes/${attribute}/${i}`,
            `the value "${v.value}" has no source`,
            'add source: <https URL> where this is stated, or write value: unknown',
          );
      });
    }
    // The chooser ranks by these facts alone, so each is sourced at a version, like `sources`.
    for (const [fact, value] of Object.entries(data.chooser ?? {})) {
      const at = `/chooser/${fact}`;
      if (value.value === 'unknown') continue;
      if (!value.source)
        problem(
          loaded,
          at,
          `the chooser fact ${fact}: ${value.value} has no source`,
          'add source: <https URL> where this is stated, or write value: unknown',
        );
      else if (!isPinned(value.source))
        problem(
          loaded,
          `${at}/source`,
          `${value.source} names no version of the page`,
          'link the file at a commit or tag (https://github.com/OWNER/REPO/blob/<sha>/<path>)',
        );
      if (fact === 'team-skill' && !value.says)
        problem(
          loaded,
          at,
          `the chooser fact team-skill: ${value.value} does not say why`,
          'add says: <what the source says about the skill it asks, in your own words>',
        );
    }
    architectures.push({ ...data, deployments: data.deployments ?? [] });
  }

  // Contributor pathways: every cell names a skill area of the skills vocabulary, and every area
  // has one cell at every level.
  const pathways = raw.pathways?.data;
  if (raw.pathways && pathways && raw.skills) {
    const loaded = raw.pathways;
    const seen = new Set<string>();
    pathways.cells.forEach((cell, c) => {
      const skill = skills.find((k) => k.id === cell.area);
      if (!areaIds.has(cell.area) && skill)
        problem(
          loaded,
          `/cells/${c}/area`,
          `"${cell.area}" is a skill, not a skill area`,
          `name its area, "${skill.area}" (graph-data/vocab/skills.yaml)`,
        );
      else if (!areaIds.has(cell.area))
        problem(
          loaded,
          `/cells/${c}/area`,
          `unknown skill area "${cell.area}"`,
          suggestion(
            cell.area,
            areaIds,
            'name an area listed under areas: in graph-data/vocab/skills.yaml',
          ),
        );
      const key = `${cell.area} ${cell.level}`;
      if (seen.has(key))
        problem(
          loaded,
          `/cells/${c}`,
          `a second cell for ${cell.area} at ${cell.level}`,
          'keep one cell per area and level',
        );
      seen.add(key);
    });
    for (const area of skillAreas)
      for (const level of pathways.levels)
        if (!seen.has(`${area.id} ${level.id}`))
          problem(
            loaded,
            '/cells',
            `no cell for ${area.id} at ${level.id}`,
            `add a cell with area: ${area.id} and level: ${level.id}`,
          );
  }

  return {
    resolved: {
      nodes,
      relations,
      kinds,
      relationTypes,
      skills,
      skillAreas,
      personas,
      viewSpecs,
      paths,
      architectures,
      ...(pathways ? { pathways } : {}),
    },
    problems,
  };
}
