import MiniSearch from 'minisearch';
import type { Atlas, AtlasNode } from './types';

/** One search result: the node and which of its texts matched best. */
export interface SearchHit {
  node: AtlasNode;
  score: number;
  /** The field that matched, to show the person why this node came up. */
  matchedIn: 'name' | 'alias' | 'entry point' | 'class path' | 'config' | 'kind' | 'summary';
  /** The exact text that matched, when it is not the name (e.g. "kubespawner.KubeSpawner"). */
  matchedText?: string;
}

interface SearchDocument {
  id: string;
  name: string;
  aliases: string;
  entryPoints: string;
  classPaths: string;
  config: string;
  kind: string;
  summary: string;
}

const FIELDS = [
  'name',
  'aliases',
  'entryPoints',
  'classPaths',
  'config',
  'kind',
  'summary',
] as const;
const MATCHED_IN: Record<(typeof FIELDS)[number], SearchHit['matchedIn']> = {
  name: 'name',
  aliases: 'alias',
  entryPoints: 'entry point',
  classPaths: 'class path',
  config: 'config',
  kind: 'kind',
  summary: 'summary',
};

/**
 * Splits text into search terms: each whitespace-separated word as a whole (so a class path or a
 * config key matches as typed) and its parts between dots, colons, underscores, slashes and dashes.
 * @example tokenize('c.JupyterHub.spawner_class') // ['c.jupyterhub.spawner_class', 'c', 'jupyterhub', 'spawner', 'class']
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().split(/[\s,;()"'“”]+/)) {
    const trimmed = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (trimmed === '') continue;
    terms.push(trimmed);
    const parts = trimmed.split(/[.:_/\-=]+/).filter((p) => p !== '');
    if (parts.length > 1) terms.push(...parts);
  }
  return terms;
}

/**
 * Words people use for a kind of part, with the kind's own word. JupyterHub's docs call
 * authenticators what handles "login" (https://jupyterhub.readthedocs.io/en/stable/reference/authenticators.html).
 */
const SYNONYMS: Record<string, string> = {
  login: 'authenticator',
  logins: 'authenticator',
  signin: 'authenticator',
};

/**
 * The terms of a query: like {@link tokenize}, but a word written with dots, underscores or
 * dashes counts by its parts only, so `idle-culler` finds what `idle culler` finds and
 * `spawner_class` what mentions spawner and class; a few everyday words map to the atlas's.
 * @example queryTerms('idle-culler') // ['idle', 'culler']
 */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().split(/[\s,;()"'“”]+/)) {
    const trimmed = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (trimmed === '') continue;
    const parts = trimmed.split(/[.:_/\-=]+/).filter((p) => p !== '');
    for (const part of parts.length > 1 ? parts : [trimmed]) terms.push(SYNONYMS[part] ?? part);
  }
  return terms;
}

function documentOf(node: AtlasNode, kindLabel: string): SearchDocument {
  const eps = node.config?.entry_points ?? [];
  const classPaths = [
    ...eps.map((ep) => ep.object),
    ...eps.map((ep) => ep.object.replace(':', '.')),
    ...(node.config?.value && /\./.test(node.config.value) ? [node.config.value] : []),
  ];
  const config = [node.config?.traitlet, node.config?.value, node.config?.command].filter(Boolean);
  return {
    id: node.id,
    name: `${node.name} ${node.id}`,
    aliases: node.aliases.join(' '),
    entryPoints: eps.map((ep) => ep.name).join(' '),
    classPaths: classPaths.join(' '),
    config: config.join(' '),
    kind: kindLabel,
    summary: node.summary,
  };
}

/** A ready index over the atlas's nodes. */
export interface AtlasSearch {
  search(query: string, limit?: number): SearchHit[];
}

/**
 * Builds a fuzzy, ranked search over names, aliases, entry-point names, class paths, config
 * lines, kinds and summaries. Names weigh most, summaries least.
 * @example createSearch(atlas).search('kubespawner.KubeSpawner')[0]?.node.id // 'kubespawner'
 */
export function createSearch(atlas: Atlas): AtlasSearch {
  const kindLabel = new Map(atlas.kinds.map((k) => [k.id, `${k.label} ${k.plural}`]));
  const byId = new Map(atlas.nodes.map((n) => [n.id, n]));
  const documents = atlas.nodes.map((n) => documentOf(n, kindLabel.get(n.kind) ?? n.kind));
  const docById = new Map(documents.map((d) => [d.id, d]));
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize,
    searchOptions: {
      tokenize: queryTerms,
      boost: { name: 6, aliases: 4, entryPoints: 4, classPaths: 4, config: 3, kind: 2, summary: 1 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(documents);

  /** Which field explains the hit: one holding the whole query as typed wins over partial matches. */
  function why(
    doc: SearchDocument,
    query: string,
    fieldsByTerm: Record<string, string[]>,
  ): Pick<SearchHit, 'matchedIn' | 'matchedText'> {
    const whole = query.toLowerCase();
    for (const field of ['entryPoints', 'classPaths', 'config', 'aliases'] as const) {
      const text = doc[field].split(' ').find((w) => w.toLowerCase() === whole);
      if (text && !doc.name.toLowerCase().split(' ').includes(whole))
        return { matchedIn: MATCHED_IN[field], matchedText: text };
    }
    const fields = new Set(Object.values(fieldsByTerm).flat());
    const field = FIELDS.find((f) => fields.has(f)) ?? 'summary';
    if (field === 'name' || field === 'summary' || field === 'kind')
      return { matchedIn: MATCHED_IN[field] };
    const terms = tokenize(query);
    const text = doc[field].split(' ').find((w) => terms.some((t) => w.toLowerCase().includes(t)));
    return { matchedIn: MATCHED_IN[field], ...(text ? { matchedText: text } : {}) };
  }

  return {
    search(query, limit = 12) {
      const trimmed = query.trim().slice(0, 200);
      if (trimmed === '') return [];
      return index
        .search(trimmed)
        .slice(0, limit)
        .flatMap((r) => {
          const node = byId.get(r.id as string);
          const doc = docById.get(r.id as string);
          if (!node || !doc) return [];
          return [{ node, score: r.score, ...why(doc, trimmed, r.match) }];
        });
    },
  };
}
