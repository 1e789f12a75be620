/**
 * The resolved atlas: what the pipeline emits and the browser reads.
 * This is also the documented shape of `npm run export` (see docs/export-format.md).
 */

export type NodeStatus = 'active' | 'maintenance' | 'experimental' | 'deprecated' | 'archived';
export type Level = 'novice' | 'intermediate' | 'expert' | 'mastery';

export interface Source {
  url: string;
  facts?: string;
}

export interface EntryPoint {
  group: string;
  name: string;
  object: string;
}

export interface NodeConfig {
  traitlet?: string;
  value?: string;
  default?: boolean;
  command?: string;
  entry_points?: EntryPoint[];
}

export interface Contribute {
  guide?: string;
  first_issues?: string;
  help_wanted?: string;
  chat?: string;
  skills?: string[];
  level?: Level;
}

export interface NodeLinks {
  docs: string;
  repo?: string;
  package?: string;
}

export interface AtlasNode {
  id: string;
  name: string;
  kind: string;
  summary: string;
  description?: string;
  status: NodeStatus;
  license?: string;
  /** Main programming language. */
  language?: string;
  aliases: string[];
  links: NodeLinks;
  config?: NodeConfig;
  contribute?: Contribute;
  sources: Source[];
  /** Repository-relative path of the YAML file the node came from. */
  file: string;
  /** Id of the MDX doc about this node (docs/nodes/<id>.mdx), when there is one. */
  doc?: string;
}

/** A relation as written on its start node; the reverse reading is derived from its type. */
export interface Relation {
  /** `<from>--<type>--><to>`, unique. */
  id: string;
  from: string;
  type: string;
  to: string;
  note?: string;
}

export interface Kind {
  id: string;
  label: string;
  plural: string;
  description: string;
  color: string;
  symbol?: string;
}

/** Who a part of the map matters to; each persona names the kinds it cares about. */
export interface Persona {
  id: string;
  label: string;
  description: string;
  kinds: string[];
}

export interface Skill {
  id: string;
  label: string;
  description: string;
}

export interface RelationType {
  id: string;
  label: string;
  inverse: string;
  description: string;
  style: 'solid' | 'dashed' | 'dotted';
}

export interface PositionedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A labelled box around the nodes of one group (a kind) in a grouped view. */
export interface PositionedGroup {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  nodeIds: string[];
}

/** A precomputed layout of some of the nodes. */
export interface View {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  nodes: PositionedNode[];
  /** 'path' for the map of one guided path (not offered in the view menu). */
  purpose?: 'path';
  /** Boxes around groups of nodes, in views grouped by kind. */
  groups?: PositionedGroup[];
  /** Relation ids drawn in this view. */
  relations: string[];
}

export interface DocInfo {
  id: string;
  title: string;
  sources: string[];
  file: string;
}

export interface GuidedPathStep {
  title: string;
  focus: string[];
  edges: { from: string; type: string; to: string }[];
  doc: string;
}

export interface GuidedPath {
  id: string;
  title: string;
  persona: string;
  level: Level;
  minutes: number;
  summary: string;
  next: string[];
  steps: GuidedPathStep[];
  sources: Source[];
}

export interface AttributeValue {
  value: string;
  rank?: number;
  source?: string;
}

export interface ReferenceArchitecture {
  id: string;
  name: string;
  fit: string;
  status?: NodeStatus;
  components: { node: string; role: string; note?: string }[];
  attributes: Record<string, AttributeValue[]>;
  deployments: { name: string; source: string }[];
  sources: Source[];
}

/** Roles, levels, skill areas and the skills map (graph-data/pathways/pathways.yaml). */
export interface Pathways {
  roles: { id: string; label: string; description: string; source: string }[];
  levels: { id: Level; label: string; description: string }[];
  areas: { id: string; label: string; skills: string[] }[];
  cells: { area: string; level: Level; can: string; next: string; source?: string }[];
  sources: Source[];
}

export interface Atlas {
  nodes: AtlasNode[];
  relations: Relation[];
  kinds: Kind[];
  relationTypes: RelationType[];
  skills: Skill[];
  personas: Persona[];
  views: View[];
  docs: DocInfo[];
  paths: GuidedPath[];
  architectures: ReferenceArchitecture[];
  /** Absent when graph-data/pathways/pathways.yaml does not exist. */
  pathways?: Pathways;
}

/**
 * What the map needs of a node on first paint: names, kind, status and the facet values.
 * Descriptions, links, config and sources stay in the full atlas, loaded after the map shows.
 */
export type NodeCard = Pick<AtlasNode, 'id' | 'name' | 'kind' | 'summary' | 'status' | 'doc'> & {
  contribute?: Pick<Contribute, 'skills' | 'level'>;
};

/**
 * The part of the atlas the map route loads before its first render (issue #8's size budget):
 * node cards, relations, vocabularies and the map views (a guided path's view comes with the
 * full atlas). A full `Atlas` is also an `AtlasShell`.
 */
export type AtlasShell = Pick<
  Atlas,
  'relations' | 'kinds' | 'relationTypes' | 'skills' | 'personas' | 'views'
> & { nodes: NodeCard[] };
