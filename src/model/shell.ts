import type { Atlas, AtlasShell, NodeCard } from './types.ts';
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
