#!/usr/bin/env node
// @ts-check
/**
 * A synthetic, valid atlas of N nodes for benchmarks (issue #8).
 *
 *   node scripts/synthetic.mjs <N> <outDir> [--seed S]
 *   import { writeSyntheticAtlas } from './scripts/synthetic.mjs';
 *   await writeSyntheticAtlas('/tmp/syn1000', 1000, { seed: 1 }); // → { nodes, relations }
 *
 * Writes <outDir>/graph-data/ and <outDir>/docs/ (both replaced; nothing else in <outDir> is
 * touched). The vocabularies (kinds, relation types, skills, personas) and the schemas are
 * copied from this repository's graph-data/, so the nodes use the real kinds and relation
 * types; no real node text is copied. Every name, summary and URL is made up (example.org).
 *
 * Deterministic: the same N, seed and vocabularies give byte-identical files. Randomness comes
 * from a seeded PRNG (mulberry32), never from Math.random or the clock.
 *
 * What it writes, so that `tsx src/pipeline/cli.ts validate --root <outDir>` reports nothing:
 * - N nodes spread over the kinds in the proportions of the real atlas, each with a summary,
 *   status, links.docs and one source; some with aliases, contribute skills/level, config
 *   (traitlet or command, entry points named after the node so they are unique), licence.
 * - About 2.5 relations per node, of types plausible for the node's kind, skewed towards a few
 *   popular targets; never a self-loop, never the same type and target twice.
 * - View "synthetic-ecosystem" (order 0, the default): every kind, grouped by kind, so the
 *   map opens on all N nodes. View "synthetic-sample" (order 1): about 20 well-connected
 *   nodes, ungrouped (a layered layout).
 * - One guided path of one step (its MDX doc is the only doc) and one reference architecture.
 *   Contributor pathways are optional in the pipeline and are not written.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const REAL_GRAPH_DATA = fileURLToPath(new URL('../graph-data/', import.meta.url));
const VOCABS = /** @type {const} */ (['kinds', 'relation-types', 'skills', 'personas']);

/** @typedef {import('../src/model/types.ts').AtlasNode} AtlasNode */

/**
 * What this reads of the vocabularies (graph-data/vocab/<name>.yaml, as their schemas say).
 * @typedef {{ kinds: { kinds: Pick<import('../src/model/types.ts').Kind, 'id' | 'label'>[] },
 *   'relation-types': { relation_types: { id: string }[] }, skills: { skills: { id: string }[] },
 *   personas: unknown }} Vocab
 */

/**
 * A node file as this script writes it, its fields in the order they are set (each added
 * when drawn, so the YAML keeps that order).
 * @typedef {Pick<AtlasNode, 'id' | 'name' | 'kind' | 'summary' | 'status'>
 *   & Partial<Pick<AtlasNode, 'aliases' | 'license' | 'language' | 'links' | 'config'
 *     | 'sources' | 'contribute'>>
 *   & { relations?: { type: string, to: string, note?: string }[] }} NodeFile
 */

/**
 * Nodes per kind in the real atlas when this was written (145 nodes); the synthetic atlas keeps
 * these proportions. Fixed here rather than counted, so a benchmark's data does not drift as
 * real nodes are added. A kind added to the vocabulary later gets weight 2.
 */
/** @type {Record<string, number>} */
const KIND_WEIGHTS = {
  client: 1,
  proxy: 7,
  hub: 1,
  api: 1,
  authenticator: 24,
  spawner: 20,
  database: 4,
  server: 3,
  service: 5,
  application: 8,
  extension: 8,
  kernel: 6,
  distribution: 7,
  component: 8,
  tool: 5,
  site: 2,
  platform: 2,
  infrastructure: 18,
  'identity-provider': 9,
  protocol: 2,
  community: 4,
};

/** Relation types that read sensibly from a node of each kind; others fall back to all types. */
/** @type {Record<string, string[]>} */
const TYPES_BY_KIND = {
  client: ['sends-requests-to', 'uses'],
  proxy: ['routes-to', 'runs-on', 'uses'],
  hub: ['starts', 'stores-state-in', 'can-use', 'provides', 'uses', 'runs-on'],
  api: ['implements', 'part-of'],
  authenticator: ['plugs-into', 'authenticates-against', 'extends', 'alternative-to'],
  spawner: ['plugs-into', 'starts', 'runs-on', 'extends', 'alternative-to'],
  database: ['runs-on', 'part-of'],
  server: ['calls-api', 'runs', 'implements', 'extends'],
  service: ['calls-api', 'plugs-into', 'runs-on', 'part-of'],
  application: ['part-of', 'uses', 'implements', 'alternative-to'],
  extension: ['extends', 'plugs-into', 'part-of'],
  kernel: ['implements', 'runs-on', 'alternative-to'],
  distribution: ['deploys', 'uses', 'alternative-to'],
  component: ['part-of', 'runs-on', 'uses'],
  tool: ['uses', 'deploys', 'implements'],
  site: ['runs-on', 'uses'],
  platform: ['alternative-to', 'uses'],
  infrastructure: ['runs-on', 'provides', 'uses'],
  'identity-provider': ['implements', 'provides', 'alternative-to'],
  protocol: ['part-of', 'uses'],
  community: ['supports'],
};

/** How a deployer selects a plugin of this kind (jupyterhub_config.py key, entry-point group). */
/** @type {Record<string, { traitlet: string, group: string }>} */
const PLUGIN_CONFIG = {
  spawner: { traitlet: 'c.JupyterHub.spawner_class', group: 'jupyterhub.spawners' },
  authenticator: {
    traitlet: 'c.JupyterHub.authenticator_class',
    group: 'jupyterhub.authenticators',
  },
  proxy: { traitlet: 'c.JupyterHub.proxy_class', group: 'jupyterhub.proxies' },
};

/** The role a node of this kind plays in the synthetic reference architecture. */
const ARCHITECTURE_ROLES = [
  ['hub', 'hub'],
  ['proxy', 'proxy'],
  ['authenticator', 'authenticator'],
  ['spawner', 'spawner'],
  ['database', 'database'],
  ['server', 'single-user'],
  ['service', 'service'],
  ['infrastructure', 'infrastructure'],
  ['identity-provider', 'identity-provider'],
];

// prettier-ignore
const WORDS = [
  'Aurora', 'Basalt', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Indigo',
  'Juniper', 'Kestrel', 'Lantern', 'Meadow', 'Nimbus', 'Orchid', 'Pylon', 'Quartz', 'Raven',
  'Sierra', 'Tundra', 'Umber', 'Vertex', 'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Anvil',
  'Beacon', 'Cobalt', 'Dune', 'Estuary', 'Falcon', 'Glacier', 'Heron', 'Iris', 'Jasper',
];
const VERBS = [
  'runs',
  'manages',
  'connects',
  'tracks',
  'schedules',
  'packages',
  'routes',
  'checks',
];
// prettier-ignore
const OBJECTS = [
  'user servers', 'login requests', 'notebook kernels', 'shared storage', 'course material',
  'cluster jobs', 'container images', 'access tokens', 'usage reports', 'workshop hubs',
];
const AUDIENCES = ['small teams', 'universities', 'research groups', 'classrooms', 'companies'];
/** @type {[import('../src/model/types.ts').NodeStatus, number][]} */
const STATUSES = [
  ['active', 70],
  ['maintenance', 12],
  ['experimental', 10],
  ['deprecated', 5],
  ['archived', 3],
];
const LICENSES = ['BSD-3-Clause', 'MIT', 'Apache-2.0', 'GPL-3.0-only'];
const LANGUAGES = ['Python', 'TypeScript', 'JavaScript', 'Go', 'Rust', 'C++'];
/**
 * The levels, from the common schema (the one list the data is checked against).
 * @type {import('../src/model/types.ts').Level[]}
 */
const LEVELS = JSON.parse(
  readFileSync(new URL('../graph-data/schema/common.schema.json', import.meta.url), 'utf8'),
).$defs.level.enum;
/**
 * Relations per node: 0–5, mean 2.5.
 * @type {[number, number][]}
 */
const RELATION_COUNTS = [
  [0, 10],
  [1, 15],
  [2, 25],
  [3, 25],
  [4, 15],
  [5, 10],
];

/**
 * mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). The bench uses it too.
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed as a 32-bit integer: numbers as they are, strings hashed (FNV-1a).
 * @param {number | string} seed
 */
function seedOf(seed) {
  if (typeof seed === 'number' && Number.isFinite(seed)) return Math.trunc(seed) >>> 0;
  let h = 0x811c9dc5;
  for (const ch of String(seed)) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h;
}

/**
 * list[i] for an index the caller knows is below the length; throws, naming it, if not.
 * @template T
 * @param {readonly T[]} list
 * @param {number} i
 * @returns {T}
 */
function itemAt(list, i) {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i} in a list of ${list.length}`);
  return item;
}

/**
 * The random choices the generator makes, all drawn from `random`.
 * @param {() => number} random
 */
function tools(random) {
  /** @param {number} n */
  const int = (n) => Math.floor(random() * n);
  /**
   * @template T
   * @param {readonly T[]} list not empty
   */
  const pick = (list) => itemAt(list, int(list.length));
  /** @param {number} p */
  const chance = (p) => random() < p;
  /**
   * One value, each as likely as its weight.
   * @template T
   * @param {readonly [T, number][]} pairs value and weight; not empty
   * @returns {T}
   */
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = random() * total;
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return itemAt(pairs, pairs.length - 1)[0];
  };
  /**
   * k distinct items of list, in list order.
   * @template T
   * @param {readonly T[]} list
   * @param {number} k
   */
  const sample = (list, k) => {
    /** @type {Set<number>} */
    const chosen = new Set();
    while (chosen.size < Math.min(k, list.length)) chosen.add(int(list.length));
    return list.filter((_, i) => chosen.has(i));
  };
  /**
   * Shuffles list in place (Fisher–Yates) and returns it.
   * @template T
   * @param {T[]} list
   */
  const shuffle = (list) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [list[i], list[j]] = [itemAt(list, j), itemAt(list, i)];
    }
    return list;
  };
  return { random, int, pick, chance, weighted, sample, shuffle };
}

/**
 * n split over the kinds by weight (largest remainder), every kind at least one when n allows.
 * @param {{ id: string }[]} kinds
 * @param {number} n
 */
function kindCounts(kinds, n) {
  const weights = kinds.map((k) => KIND_WEIGHTS[k.id] ?? 2);
  const total = weights.reduce((s, w) => s + w, 0);
  const floor = n >= kinds.length ? 1 : 0;
  const spare = n - floor * kinds.length;
  const exact = weights.map((w) => (spare * w) / total);
  const counts = exact.map((x) => floor + Math.floor(x));
  const order = exact
    .map((x, i) => /** @type {const} */ ([x - Math.floor(x), i]))
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = n - counts.reduce((s, c) => s + c, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] = itemAt(counts, i) + 1;
  }
  return counts;
}

/** @param {unknown} data */
const yamlText = (data) => stringify(data, { lineWidth: 0 });

/**
 * One node's file: made-up text, links and sources, and some of the optional fields.
 * @param {ReturnType<typeof tools>} t
 * @param {{ id: string, kind: Vocab['kinds']['kinds'][number], name: string, number: string,
 *   word: string }} names
 * @param {string[]} skills the skill ids to draw from
 */
function makeNode(t, { id, kind, name, number, word }, skills) {
  /** @param {string} path */
  const url = (path) => `https://example.org/synthetic/${id}${path}`;
  /** @type {NodeFile} */
  const node = {
    id,
    name,
    kind: kind.id,
    summary:
      `${name} ${t.pick(VERBS)} ${t.pick(OBJECTS)} for ${t.pick(AUDIENCES)}. ` +
      `A made-up ${kind.label.toLowerCase()} in a synthetic atlas for benchmarks.`,
    status: t.weighted(STATUSES),
  };
  if (t.chance(0.3)) {
    const initials = name
      .split(/[\s-]+/)
      .filter((w) => /^[A-Za-z]/.test(w))
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
    node.aliases = [
      `${word}${kind.label.replace(/[^A-Za-z]/g, '')}${number}`,
      `${initials}-${number}`,
    ];
  }
  if (t.chance(0.6)) node.license = t.pick(LICENSES);
  if (t.chance(0.6)) node.language = t.pick(LANGUAGES);
  node.links = { docs: url('/docs') };
  if (t.chance(0.7)) node.links.repo = url('/repo');
  if (t.chance(0.4)) node.links.package = url('/package');
  const plugin = PLUGIN_CONFIG[kind.id];
  const module = id.replace(/-/g, '_');
  const className = `${word}${kind.label.replace(/[^A-Za-z]/g, '')}${number}`;
  if (plugin && t.chance(0.8)) {
    node.config = {
      traitlet: plugin.traitlet,
      value: `${module}.${className}`,
      entry_points: [{ group: plugin.group, name: id, object: `${module}:${className}` }],
    };
  } else if (t.chance(0.15)) {
    node.config = { command: id };
  }
  // Sources name a version, as the validator asks (src/model/pinning.ts).
  /** @param {string} path */
  const pinned = (path) =>
    `https://github.com/example/synthetic/blob/${'0'.repeat(40)}/${id}${path}`;
  node.sources = [
    t.chance(0.5)
      ? { url: pinned('/source') }
      : { url: pinned('/source'), facts: 'name, status, links' },
  ];
  if (t.chance(0.35)) {
    node.contribute = {
      first_issues: url('/issues?label=good-first-issue'),
      skills: t.sample(skills, 1 + t.int(3)),
      level: t.pick(LEVELS),
    };
  }
  return node;
}

/**
 * Writes a synthetic atlas of n nodes under dir (graph-data/ and docs/, replacing both) and
 * returns how many nodes and relations it wrote.
 * @param {string} dir
 * @param {number} n
 * @param {{ seed?: number | string }} [options]
 */
export async function writeSyntheticAtlas(dir, n, { seed = 1 } = {}) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, not ${n}`);
  const t = tools(prng(seedOf(seed)));
  const graphData = join(dir, 'graph-data');
  const docs = join(dir, 'docs');
  await rm(graphData, { recursive: true, force: true });
  await rm(docs, { recursive: true, force: true });

  // Vocabularies and schemas: copied as they are.
  await mkdir(join(graphData, 'vocab'), { recursive: true });
  const vocab = /** @type {Vocab} */ ({}); // one file per name, read by the loop
  for (const name of VOCABS) {
    const text = await readFile(join(REAL_GRAPH_DATA, 'vocab', `${name}.yaml`), 'utf8');
    await writeFile(join(graphData, 'vocab', `${name}.yaml`), text);
    vocab[name] = parse(text);
  }
  await cp(join(REAL_GRAPH_DATA, 'schema'), join(graphData, 'schema'), { recursive: true });
  const kinds = vocab.kinds.kinds;
  const typeIds = new Set(vocab['relation-types'].relation_types.map((r) => r.id));
  const allTypes = [...typeIds];
  const skills = vocab.skills.skills.map((s) => s.id);

  // Nodes: kinds in proportion, shuffled so the numbers of one kind are spread out.
  const counts = kindCounts(kinds, n);
  const kindOfIndex = t.shuffle(kinds.flatMap((kind, i) => Array(itemAt(counts, i)).fill(kind)));
  const width = Math.max(4, String(n - 1).length);
  const nodes = kindOfIndex.map((kind, i) => {
    const number = String(i).padStart(width, '0');
    const word = t.pick(WORDS);
    const slug = kind.id;
    return makeNode(
      t,
      {
        id: `${word.toLowerCase()}-${slug}-${number}`,
        kind,
        name: `${word} ${kind.label} ${number}`,
        number,
        word,
      },
      skills,
    );
  });

  // Relations: plausible types per kind; targets skewed to low indices (a few popular nodes).
  let relationCount = 0;
  /** @type {Set<number>[]} */
  const neighbours = nodes.map(() => new Set());
  /** @type {{ from: number, type: string, to: number }[]} */
  const relationList = [];
  nodes.forEach((node, i) => {
    if (n < 2) return;
    const types = (TYPES_BY_KIND[node.kind] ?? []).filter((id) => typeIds.has(id));
    const usable = types.length > 0 ? types : allTypes;
    const wanted = t.weighted(RELATION_COUNTS);
    const seen = new Set();
    const relations = [];
    for (let attempt = 0; relations.length < wanted && attempt < wanted * 10; attempt++) {
      const j = t.chance(0.4) ? Math.floor(n * t.random() ** 3) : t.int(n);
      const type = t.pick(usable);
      const key = `${type} ${j}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      relations.push({
        type,
        to: itemAt(nodes, j).id,
        ...(t.chance(0.05) ? { note: 'in some setups' } : {}),
      });
      relationList.push({ from: i, type, to: j });
      itemAt(neighbours, i).add(j);
      itemAt(neighbours, j).add(i);
    }
    if (relations.length > 0) node.relations = relations;
    relationCount += relations.length;
  });

  const files = new Map();
  for (const node of nodes)
    files.set(join(graphData, 'nodes', node.kind, `${node.id}.yaml`), yamlText(node));

  // Views: the default shows everything, grouped by kind; a small ungrouped one.
  files.set(
    join(graphData, 'views', 'synthetic-ecosystem.yaml'),
    yamlText({
      id: 'synthetic-ecosystem',
      title: 'Whole synthetic ecosystem',
      description: `All ${n} synthetic nodes, one box per kind.`,
      order: 0,
      include: { kinds: kinds.map((k) => k.id) },
      group_by: 'kind',
    }),
  );
  // The sample: the most connected node and its surroundings, breadth first, up to 20 nodes.
  const start = [...nodes.keys()].reduce((best, i) =>
    itemAt(neighbours, i).size > itemAt(neighbours, best).size ? i : best,
  );
  const picked = new Set([start]);
  for (const i of picked) {
    for (const j of [...itemAt(neighbours, i)].sort((a, b) => a - b)) {
      if (picked.size >= 20) break;
      picked.add(j);
    }
    if (picked.size >= 20) break;
  }
  const sample = [...picked].sort((a, b) => a - b);
  files.set(
    join(graphData, 'views', 'synthetic-sample.yaml'),
    yamlText({
      id: 'synthetic-sample',
      title: 'A well-connected sample',
      description:
        'The most connected synthetic node and about twenty around it, without grouping.',
      order: 1,
      include: { nodes: sample.map((i) => itemAt(nodes, i).id) },
    }),
  );

  // One guided path of one step, over the first relation (or the first node alone).
  const first = relationList[0];
  const focus = first
    ? [itemAt(nodes, first.from).id, itemAt(nodes, first.to).id]
    : [itemAt(nodes, 0).id];
  files.set(
    join(graphData, 'paths', 'synthetic-tour.yaml'),
    yamlText({
      id: 'synthetic-tour',
      title: 'A synthetic tour',
      persona: 'newcomer',
      level: 'novice',
      minutes: 1,
      summary: 'One step over one relation of the synthetic atlas, to exercise the path views.',
      steps: [
        {
          title: 'A first relation',
          focus,
          ...(first ? { edges: [{ from: focus[0], type: first.type, to: focus[1] }] } : {}),
          doc: 'paths/synthetic-tour/01-first',
        },
      ],
      sources: [
        { url: `https://github.com/example/synthetic/blob/${'0'.repeat(40)}/paths/synthetic-tour` },
      ],
    }),
  );
  files.set(
    join(docs, 'paths', 'synthetic-tour', '01-first.mdx'),
    [
      '---',
      'title: A first relation',
      'sources:',
      `  - https://github.com/example/synthetic/blob/${'0'.repeat(40)}/paths/synthetic-tour`,
      '---',
      '',
      `This step shows <NodeLink id="${focus[0]}">one synthetic node</NodeLink>` +
        (first ? ' and the node it relates to.' : '.'),
      '',
    ].join('\n'),
  );

  // One reference architecture: the first node of each kind that has a role.
  const components = ARCHITECTURE_ROLES.flatMap(([kind, role]) => {
    const node = nodes.find((x) => x.kind === kind);
    return node ? [{ node: node.id, role }] : [];
  });
  files.set(
    join(graphData, 'architectures', 'synthetic-stack.yaml'),
    yamlText({
      id: 'synthetic-stack',
      name: 'Synthetic stack',
      fit: 'Benchmarks of the atlas; not a real deployment',
      status: 'experimental',
      components:
        components.length > 0 ? components : [{ node: itemAt(nodes, 0).id, role: 'other' }],
      attributes: {
        scale: [
          { value: 'made up', rank: 1 + t.int(5), source: 'https://example.org/synthetic/scale' },
        ],
        cost: [{ value: 'unknown' }],
      },
      sources: [
        {
          url: `https://github.com/example/synthetic/blob/${'0'.repeat(40)}/architectures/synthetic-stack`,
        },
      ],
    }),
  );

  const folders = new Set([...files.keys()].map((path) => join(path, '..')));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const entries = [...files];
  for (let k = 0; k < entries.length; k += 64)
    await Promise.all(entries.slice(k, k + 64).map(([path, text]) => writeFile(path, text)));
  return { nodes: nodes.length, relations: relationCount };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [count, outDir] = args;
  const n = Number(count);
  if (!outDir || !Number.isInteger(n) || n < 1 || !Number.isFinite(seed)) {
    console.error('usage: node scripts/synthetic.mjs <N> <outDir> [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const written = await writeSyntheticAtlas(outDir, n, { seed });
  console.log(
    `wrote ${written.nodes} nodes and ${written.relations} relations to ${outDir} ` +
      `(seed ${seed}, ${Math.round(performance.now() - started)} ms)`,
  );
}
