import type { AtlasIndex } from './graph';
import type { NodeCard } from './types';

export const FACETS = ['kind', 'status', 'persona', 'skill'] as const;
export type Facet = (typeof FACETS)[number];

/** Chosen values per facet; an empty or missing list means "no filter on this facet". */
export type FacetSelection = Partial<Record<Facet, string[]>>;

/** The values a node has for a facet (a node can have several personas and skills). */
export function facetValues(index: AtlasIndex, node: NodeCard, facet: Facet): string[] {
  switch (facet) {
    case 'kind':
      return [node.kind];
    case 'status':
      return [node.status];
    case 'persona':
      return index.atlas.personas.filter((p) => p.kinds.includes(node.kind)).map((p) => p.id);
    case 'skill':
      return node.contribute?.skills ?? [];
  }
}

function matchesFacet(
  index: AtlasIndex,
  node: NodeCard,
  facet: Facet,
  chosen: string[] | undefined,
): boolean {
  if (!chosen || chosen.length === 0) return true;
  return facetValues(index, node, facet).some((v) => chosen.includes(v));
}

/**
 * Whether a node passes every facet: values within a facet are alternatives (OR), facets combine (AND).
 * @example matchesAll(index, node, { kind: ['spawner'], status: ['active'] })
 */
export function matchesAll(
  index: AtlasIndex,
  node: NodeCard,
  selection: FacetSelection,
  except?: Facet,
): boolean {
  return FACETS.every((f) => f === except || matchesFacet(index, node, f, selection[f]));
}

export interface FacetOption {
  value: string;
  label: string;
  /** Nodes that would show if this value were chosen, given the other facets' choices. */
  count: number;
}

/**
 * The options of each facet with live counts over `nodes`: the count of a value is how many nodes
 * match it and every other facet's current choice, so a person sees what a click would leave.
 */
export function facetOptions(
  index: AtlasIndex,
  nodes: readonly NodeCard[],
  selection: FacetSelection,
): Record<Facet, FacetOption[]> {
  const labels: Record<Facet, Map<string, string>> = {
    kind: new Map(index.atlas.kinds.map((k) => [k.id, k.plural])),
    status: new Map(
      ['active', 'maintenance', 'experimental', 'deprecated', 'archived'].map((s) => [
        s,
        s[0]!.toUpperCase() + s.slice(1),
      ]),
    ),
    persona: new Map(index.atlas.personas.map((p) => [p.id, p.label])),
    skill: new Map(index.atlas.skills.map((s) => [s.id, s.label])),
  };
  const result = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    const present = new Set<string>();
    for (const node of nodes) {
      const values = new Set(facetValues(index, node, facet));
      for (const v of values) present.add(v);
      if (!matchesAll(index, node, selection, facet)) continue;
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    // Vocabulary order; values no node of the view has are left out unless chosen.
    result[facet] = [...labels[facet]]
      .filter(([value]) => present.has(value) || selection[facet]?.includes(value))
      .map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }));
  }
  return result;
}

/** True when any facet has a choice. */
export function hasSelection(selection: FacetSelection): boolean {
  return FACETS.some((f) => (selection[f]?.length ?? 0) > 0);
}

/** The statuses a node can have (graph-data/schema/node.schema.json). */
const STATUSES = ['active', 'maintenance', 'experimental', 'deprecated', 'archived'];

/**
 * What a map link asks for that the atlas does not have, in words, so the map can say so and
 * show the rest: unknown filter values, a `hops` that is not 1 or 2, a `to` that names no node.
 */
export function linkProblems(
  index: AtlasIndex,
  raw: { facets: Partial<Record<Facet, string[]>>; hops: string | null; to: string | null },
): string[] {
  const known: Record<Facet, Set<string>> = {
    kind: new Set(index.atlas.kinds.map((k) => k.id)),
    status: new Set(STATUSES),
    persona: new Set(index.atlas.personas.map((p) => p.id)),
    skill: new Set(index.atlas.skills.map((s) => s.id)),
  };
  const problems: string[] = [];
  for (const facet of FACETS) {
    const unknown = (raw.facets[facet] ?? []).filter((v) => !known[facet].has(v));
    if (unknown.length > 0) problems.push(`no ${facet} ${unknown.map((v) => `“${v}”`).join(', ')}`);
  }
  if (raw.hops !== null && raw.hops !== '1' && raw.hops !== '2')
    problems.push(`hops is 1 or 2, not “${raw.hops}”`);
  if (raw.to !== null && !index.nodeById.has(raw.to))
    problems.push(`no node “${raw.to}” to find a path to`);
  return problems;
}
