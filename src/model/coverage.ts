import type { Atlas, AtlasNode } from './types';

/** What a node has of the things every node should have. */
export interface NodeCoverage {
  id: string;
  file: string;
  kind: string;
  doc: boolean;
  contribute: boolean;
  config: boolean;
  sources: boolean;
  missing: string[];
}

export interface CoverageReport {
  total: number;
  byKind: { kind: string; count: number }[];
  share: { doc: number; contribute: number; config: number; sources: number };
  nodes: NodeCoverage[];
}

/** Kinds for which "how to select it in jupyterhub_config.py" is expected. */
const CONFIGURABLE_KINDS = new Set(['authenticator', 'spawner', 'proxy', 'service', 'database']);

function coverageOf(node: AtlasNode): NodeCoverage {
  const c = node.contribute;
  const has = {
    doc: node.doc !== undefined,
    // Contribution links are expected of live projects with a repository: not of services such as
    // GitHub-the-identity-provider or commercial schedulers, nor of archived repositories.
    contribute:
      node.links.repo && node.status !== 'archived'
        ? Boolean(c?.guide && c.first_issues && c.help_wanted)
        : true,
    config: CONFIGURABLE_KINDS.has(node.kind)
      ? Boolean(node.config?.traitlet || node.config?.entry_points?.length)
      : true,
    sources: node.sources.length > 0,
  };
  const missing = (Object.keys(has) as (keyof typeof has)[]).filter((k) => !has[k]);
  return { id: node.id, file: node.file, kind: node.kind, ...has, missing };
}

/**
 * Coverage of the atlas: nodes per kind and the share of nodes with a doc, complete contribute
 * links (guide, good first issues, help wanted; for nodes with a repository), config (for kinds
 * selected in jupyterhub_config.py) and sources.
 * @example coverage(atlas).share.doc // 0.25
 */
export function coverage(atlas: Atlas): CoverageReport {
  const nodes = atlas.nodes.map(coverageOf);
  const total = nodes.length;
  const share = (key: 'doc' | 'contribute' | 'config' | 'sources') =>
    total === 0 ? 0 : nodes.filter((n) => n[key]).length / total;
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return {
    total,
    byKind: atlas.kinds
      .filter((k) => counts.has(k.id))
      .map((k) => ({ kind: k.id, count: counts.get(k.id) ?? 0 })),
    share: {
      doc: share('doc'),
      contribute: share('contribute'),
      config: share('config'),
      sources: share('sources'),
    },
    nodes,
  };
}
