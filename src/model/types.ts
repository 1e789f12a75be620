/**
 * The resolved atlas: what the pipeline emits and the browser reads.
 * This is also the documented shape of `npm run export` (see docs/export-format.md).
 */

export type NodeStatus = 'active' | 'maintenance' | 'experimental' | 'deprecated' | 'archived';
/**
 * The contributor levels, in order: the one list the app reads. graph-data/schema/
 * common.schema.json's `level` lists the same (a test keeps them equal), and the contributor
 * pathways' `levels:` describe each.
 */
export const LEVELS = ['novice', 'intermediate', 'expert', 'mastery'] as const;
export type Level = (typeof LEVELS)[number];

export interface Source {
  url: string;
  facts?: string;
  /** Why the URL names no version (src/model/pinning.ts); absent on pinned sources. */
  unpinned?: string;
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
  /** A starting jupyterhub_config.py snippet, for components set up by more than one line. */
  snippet?: string;
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
  /** How alive its repository is (graph-data/activity/), when it names one that was read. */
  activity?: Activity;
}

/**
 * One repository's dates as `npm run extract:activity` read them from git
 * (graph-data/activity/repositories.yaml), with the day they were read.
 */
export interface Activity {
  repo: string;
  /** The day the repositories were read (YYYY-MM-DD). */
  read: string;
  /** The newest commit in any copy read: about when the copies were taken; the rules measure from it. */
  asOf: string;
  /** Why the copy read is known to be out of date; its dates are shown but not judged. */
  stale?: string;
  /** Why the repository could not be read here; nothing else is known then. */
  unread?: string;
  /** The default branch's head that was read. */
  snapshot?: { commit: string; date: string };
  release?: { version: string; tag: string; date: string; url: string };
  /** Why there is no release (a deployment repository, a guide, no tags). */
  noReleases?: string;
  /** The newest commit by a person on the default branch. */
  lastCommit?: { date: string; url: string };
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
  /** Its row in the big picture, top (people) to bottom (infrastructure). */
  layer?: number;
  /** Its place within the layer, left to right. */
  slot?: number;
  /** `side`: drawn in the column beside the stack (distributions, sites, tools, community). */
  column?: 'main' | 'side';
}

/** Who a part of the map matters to; each persona names the kinds it cares about. */
export interface Persona {
  id: string;
  label: string;
  description: string;
  kinds: string[];
}

/** A row of the skills map and a group of the "your skills" checklist (graph-data/vocab/skills.yaml). */
export interface SkillArea {
  id: string;
  label: string;
  description: string;
}

export interface Skill {
  id: string;
  /** The one skill area it belongs to. */
  area: string;
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

/** One kind drawn as a block of the big picture, with its count and its best-connected members. */
export interface Block {
  /** The kind id. */
  id: string;
  label: string;
  count: number;
  /** Up to three member ids, the most connected first (chosen from the relations, not by hand). */
  highlights: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  layer: number;
  column: 'main' | 'side';
  /** The block's members laid out on their own, for when it is opened. */
  inner: { width: number; height: number };
}

/** The relations of one type from one block's members to another's, drawn as one arrow. */
export interface BlockLink {
  /** `<from kind>--<type>--><to kind>` */
  id: string;
  from: string;
  to: string;
  type: string;
  /** Distinct members of `from` with such a relation (the relations are those of `type` from a
   * member of `from` to one of `to`; the browser finds them, so the map route does not carry them). */
  count: number;
  /** Short, on the arrow: "20 start". */
  label: string;
  /** In words: "20 spawners start single-user servers". */
  sentence: string;
  /** Drawn with nothing open; the others are listed in the outline and inside an open block. */
  shown: boolean;
}

/** A precomputed layout of some of the nodes. */
export interface View {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  nodes: PositionedNode[];
  /**
   * 'path' for the map of one guided path (not offered in the view menu); 'blocks' for the big
   * picture, which draws `blocks` and `links` and, inside an open block, its members at `nodes`.
   */
  purpose?: 'path' | 'blocks';
  /** The big picture's blocks (one per kind) and aggregated relations. */
  blocks?: Block[];
  links?: BlockLink[];
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
  /** Ids of recorded exchanges of the login trace that this step explains. */
  exchanges?: string[];
  /** Ids of recorded failures that this step explains. */
  failures?: string[];
}

/** One recorded message of the login path (graph-data/traces/login.yaml). */
export interface TraceExchange {
  id: string;
  actor: 'browser' | 'hub' | 'spawner' | 'single-user server';
  to?: 'hub' | 'proxy' | 'authenticator' | 'spawner' | 'single-user server';
  method?: string;
  path?: string;
  status?: number;
  location?: string;
  cookies?: string[];
  note?: string;
}

/** What a recording says about itself: when, and which hub and proxy made it. */
export interface TraceMeta {
  recorded: string;
  jupyterhub: string;
  'configurable-http-proxy': string;
}

export interface LoginTrace extends TraceMeta {
  config: string[];
  exchanges: TraceExchange[];
}

export interface RecordedFailure {
  id: string;
  title: string;
  config: string[];
  /** The words the browser shows. */
  page: string[];
  status: number;
  /** The Hub's log line about it. */
  hubLine: string;
}

export interface Traces {
  login?: LoginTrace;
  failures?: TraceMeta & { failures: RecordedFailure[] };
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

/** What a deployment needs you to run already (`chooser.runs-on`); `managed` is run for you. */
export const RUNS_ON = ['vm', 'docker', 'kubernetes', 'hpc', 'managed'] as const;
export type RunsOn = (typeof RUNS_ON)[number];

/** The operations skill a deployment asks of your own team, least first (`chooser.team-skill`). */
export const TEAM_SKILLS = ['none', 'little', 'some', 'platform'] as const;
export type TeamSkill = (typeof TEAM_SKILLS)[number];

/** Whether users' files outlive their sessions (`chooser.keeps-files`). */
export const KEEPS_FILES = ['kept', 'throwaway'] as const;
export type KeepsFiles = (typeof KEEPS_FILES)[number];

/** One fact the chooser ranks by: a value from a fixed vocabulary, sourced unless `unknown`. */
export interface ChooserFact<V extends string> {
  value: V | 'unknown';
  source?: string;
  /** Why, in a few words a person reads beside the verdict. */
  says?: string;
}

/** The facts /choose ranks an architecture by (graph-data/architectures/<id>.yaml `chooser`). */
export interface ChooserFacts {
  'runs-on': ChooserFact<RunsOn>;
  'team-skill': ChooserFact<TeamSkill>;
  'keeps-files': ChooserFact<KeepsFiles>;
}

export interface ReferenceArchitecture {
  id: string;
  name: string;
  fit: string;
  status?: NodeStatus;
  components: { node: string; role: string; note?: string }[];
  attributes: Record<string, AttributeValue[]>;
  /** Absent in an architecture not yet described for the chooser: it then says "not documented". */
  chooser?: ChooserFacts;
  deployments: { name: string; source: string }[];
  sources: Source[];
}

/**
 * Roles, levels and the skills map (graph-data/pathways/pathways.yaml); the map's rows are the
 * atlas's `skillAreas`.
 */
export interface Pathways {
  roles: { id: string; label: string; description: string; source: string }[];
  levels: { id: Level; label: string; description: string }[];
  cells: { area: string; level: Level; can: string; next: string; source?: string }[];
  sources: Source[];
}

export interface Atlas {
  nodes: AtlasNode[];
  relations: Relation[];
  kinds: Kind[];
  relationTypes: RelationType[];
  skills: Skill[];
  /** The areas the skills belong to, in display order. */
  skillAreas: SkillArea[];
  personas: Persona[];
  views: View[];
  docs: DocInfo[];
  paths: GuidedPath[];
  architectures: ReferenceArchitecture[];
  /** Absent when graph-data/pathways/pathways.yaml does not exist. */
  pathways?: Pathways;
  /** What a real JupyterHub did, recorded by `npm run trace` (graph-data/traces/). */
  traces?: Traces;
}

/**
 * What the map needs of a node on first paint: names, kind, status and the facet values.
 * Summaries, descriptions, links, config and sources stay in the full atlas, loaded after the
 * map shows (the summaries alone were a tenth of the first load).
 */
export type NodeCard = Pick<AtlasNode, 'id' | 'name' | 'kind' | 'status' | 'doc'> & {
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
