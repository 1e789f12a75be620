import type { Atlas } from '../../src/model/types';

/** An atlas with nothing in it but what a table-driven test gives. */
export function atlasWith(parts: Partial<Atlas>): Atlas {
  return {
    nodes: [],
    relations: [],
    kinds: [],
    relationTypes: [],
    skills: [],
    skillAreas: [],
    personas: [],
    views: [],
    docs: [],
    paths: [],
    architectures: [],
    ...parts,
  };
}
