import type { Atlas, AtlasShell, NodeCard, View } from './types.ts';
import { mapViewsOf } from './views.ts';

/**
 * The first-paint part of an atlas: what the map draws, filters and focuses on, and nothing the
 * panel, the search or other routes read. The build emits it as its own module.
 * @example toShell(atlas).nodes[0] // { id, name, kind, status, … }
 */
export function toShell(atlas: Atlas): AtlasShell {
  return {
    nodes: atlas.nodes.map((n): NodeCard => {
      const card: NodeCard = {
        id: n.id,
        name: n.name,
        kind: n.kind,
        status: n.status,
      };
      if (n.doc !== undefined) card.doc = n.doc;
      const skills = n.contribute?.skills;
      const level = n.contribute?.level;
      if (skills !== undefined || level !== undefined)
        card.contribute = {
          ...(skills !== undefined ? { skills } : {}),
          ...(level !== undefined ? { level } : {}),
        };
      return card;
    }),
    relations: atlas.relations,
    kinds: atlas.kinds,
    relationTypes: atlas.relationTypes,
    skills: atlas.skills,
    personas: atlas.personas,
    views: mapViewsOf(atlas.views),
  };
}

/** A relation on the wire: start, type, end (its id is rebuilt from them). */
type PackedRelation = [from: string, type: string, to: string];
/** A placed node on the wire: id, x, y, width, height. */
type PackedNode = [id: string, x: number, y: number, width: number, height: number];
type PackedView = Omit<View, 'nodes' | 'relations'> & {
  nodes: PackedNode[];
  /** Indexes into the shell's relations. */
  relations: number[];
};

/**
 * The shell as the build emits it, about a third smaller (gzip) than its plain JSON: relations
 * are tuples without their notes (the panel reads those from the full atlas), and the views list
 * their nodes as tuples and their relations by index. `unpackShell` turns it back.
 */
export interface PackedShell extends Omit<AtlasShell, 'relations' | 'views'> {
  relations: PackedRelation[];
  views: PackedView[];
}

/** The id the pipeline gives a relation (src/pipeline/resolve.ts builds the same). */
export const relationId = (from: string, type: string, to: string): string =>
  `${from}--${type}-->${to}`;

/**
 * @example unpackShell(packShell(toShell(atlas))) // toShell(atlas), less the relations' notes
 */
export function packShell(shell: AtlasShell): PackedShell {
  const index = new Map(shell.relations.map((r, i) => [r.id, i]));
  return {
    ...shell,
    relations: shell.relations.map((r): PackedRelation => {
      if (r.id !== relationId(r.from, r.type, r.to))
        throw new Error(`relation ${r.id} does not have the id its ends and type give`);
      return [r.from, r.type, r.to];
    }),
    views: shell.views.map((v) => ({
      ...v,
      nodes: v.nodes.map((n): PackedNode => [n.id, n.x, n.y, n.width, n.height]),
      relations: v.relations.map((id) => {
        const i = index.get(id);
        if (i === undefined) throw new Error(`view ${v.id} draws an unknown relation ${id}`);
        return i;
      }),
    })),
  };
}

export function unpackShell(packed: PackedShell): AtlasShell {
  const relations = packed.relations.map(([from, type, to]) => ({
    id: relationId(from, type, to),
    from,
    type,
    to,
  }));
  return {
    ...packed,
    relations,
    views: packed.views.map((v) => ({
      ...v,
      nodes: v.nodes.map(([id, x, y, width, height]) => ({ id, x, y, width, height })),
      relations: v.relations.map((i) => relations[i]!.id),
    })),
  };
}
