/**
 * The resolved atlas: what the pipeline emits and the browser reads.
 * This is also the documented shape of `npm run export` (see docs/export-format.md).
 *
 * The fields authored in graph-data/ are declared once, in graph-data/schema/: the types here
 * take them from the types generated from the schemas (./generated/schema-types.ts, written by
 * `npm run gen:types`). What the pipeline adds or changes on the way (ids resolved, defaults
 * filled, fields renamed) is written out below, each with why.
 */
import type {
  ActivityFile,
  ArchitectureFile,
  KindsFile,
  Level as SchemaLevel,
  NodeFile,
  PathFile,
  PathwaysFile,
  PersonasFile,
  RelationTypesFile,
  SkillsFile,
  TraceFile,
  ViewFile,
} from './generated/schema-types.ts';

/**
 * `list`, checked to name every member of the union `T` (a schema's enum) and nothing else: a
 * value added to the schema fails the typecheck until the list names it too.
 * @example const LEVELS = listOfEvery<Level>()(['novice', 'intermediate', 'expert', 'mastery']);
 */
export function listOfEvery<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

export type NodeStatus = NodeFile['status'];
/**
 * The contributor levels, in order: the one list the app reads. graph-data/schema/
 * common.schema.json's `level` lists the same (the typecheck keeps the values equal, a test
 * the order), and the contributor pathways' `levels:` describe each.
 */
export const LEVELS = listOfEvery<SchemaLevel>()(['novice', 'intermediate', 'expert', 'mastery']);
export type Level = (typeof LEVELS)[number];

export type Source = NodeFile['sources'][number];
export type NodeConfig = NonNullable<NodeFile['config']>;
export type EntryPoint = NonNullable<NodeConfig['entry_points']>[number];
export type Contribute = NonNullable<NodeFile['contribute']>;
export type NodeLinks = NodeFile['links'];

/**
 * A node as its file writes it, but for `relations`, which move to `Atlas.relations` with an id
 * and their start; `aliases` is filled with [] when the file has none.
 */
export interface AtlasNode extends Omit<NodeFile, 'relations' | 'aliases'> {
  aliases: string[];
  /** Repository-relative path of the YAML file the node came from. */
  file: string;
  /** Id of the MDX doc about this node (docs/nodes/<id>.mdx), when there is one. */
  doc?: string;
  /** How alive its repository is (graph-data/activity/), when it names one that was read. */
  activity?: Activity;
}

type ActivityEntry = ActivityFile['repositories'][number];

/**
 * One repository's dates as `npm run extract:activity` read them from git
 * (graph-data/activity/repositories.yaml), with the day they were read. The file writes the day
 * once for all repositories, and snake_case; here each repository carries it, in camelCase.
 */
export interface Activity extends Pick<
  ActivityEntry,
  'repo' | 'stale' | 'unread' | 'snapshot' | 'release'
> {
  /** The day the repositories were read (YYYY-MM-DD): the file's `read`. */
  read: ActivityFile['read'];
  /** The newest commit in any copy read (the file's `as_of`): about when the copies were taken; the rules measure from it. */
  asOf: ActivityFile['as_of'];
  /** Why there is no release (a deployment repository, a guide, no tags): `no_releases`. */
  noReleases?: ActivityEntry['no_releases'];
  /** The newest commit by a person on the default branch: `last_commit`. */
  lastCommit?: ActivityEntry['last_commit'];
}

type WrittenRelation = NonNullable<NodeFile['relations']>[number];

/**
 * A relation as written on its start node (`relations:` of a node file), with the start and an
 * id added; the reverse reading is derived from its type.
 */
export interface Relation extends WrittenRelation {
  /** `<from>--<type>--><to>`, unique. */
  id: string;
  from: string;
}

export type Kind = KindsFile['kinds'][number];

/** Who a part of the map matters to; each persona names the kinds it cares about. */
export type Persona = PersonasFile['personas'][number];

/** A row of the skills map and a group of the "your skills" checklist (graph-data/vocab/skills.yaml). */
export type SkillArea = SkillsFile['areas'][number];

export type Skill = SkillsFile['skills'][number];

export type RelationType = RelationTypesFile['relation_types'][number];

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

/** A precomputed layout of some of the nodes; a view file says which (or a guided path does). */
export interface View extends Pick<ViewFile, 'id' | 'title' | 'description'> {
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

type PathStepFile = PathFile['steps'][number];

/** A step as its path file writes it; `edges` is filled with [] when the step animates none. */
export interface GuidedPathStep extends Omit<PathStepFile, 'edges'> {
  edges: NonNullable<PathStepFile['edges']>;
}

/** One recorded message of the login path (graph-data/traces/login.yaml). */
export type TraceExchange = NonNullable<TraceFile['exchanges']>[number];

/** What a recording says about itself: when, and which hub and proxy made it. */
export type TraceMeta = Pick<TraceFile, 'recorded' | 'jupyterhub' | 'configurable-http-proxy'>;

/**
 * The login recording. One schema checks both trace files, so it leaves `config` and
 * `exchanges` optional; `npm run trace` writes both in a login trace, and the pipeline fills
 * either with [] if it is missing.
 */
export interface LoginTrace extends TraceMeta {
  config: NonNullable<TraceFile['config']>;
  exchanges: TraceExchange[];
}

/** One recorded failure (graph-data/traces/failures.yaml): `page` is the words the browser shows, `hubLine` the Hub's log line. */
export type RecordedFailure = NonNullable<TraceFile['failures']>[number];

export interface Traces {
  login?: LoginTrace;
  failures?: TraceMeta & { failures: RecordedFailure[] };
}

/** A path as its file writes it; `next` is filled with [] when the file suggests none. */
export interface GuidedPath extends Omit<PathFile, 'next' | 'steps'> {
  next: string[];
  steps: GuidedPathStep[];
}

export type AttributeValue = ArchitectureFile['attributes'][string][number];

/**
 * The facts /choose ranks an architecture by (graph-data/architectures/<id>.yaml `chooser`):
 * each a value from a fixed vocabulary, sourced unless `unknown`, with `says` a few words a
 * person reads beside the verdict.
 */
export type ChooserFacts = NonNullable<ArchitectureFile['chooser']>;
type Known<Fact extends keyof ChooserFacts> = Exclude<ChooserFacts[Fact]['value'], 'unknown'>;

/** What a deployment needs you to run already (`chooser.runs-on`); `managed` is run for you. */
export const RUNS_ON = listOfEvery<Known<'runs-on'>>()([
  'vm',
  'docker',
  'kubernetes',
  'hpc',
  'managed',
]);
export type RunsOn = (typeof RUNS_ON)[number];

/** The operations skill a deployment asks of your own team, least first (`chooser.team-skill`). */
export const TEAM_SKILLS = listOfEvery<Known<'team-skill'>>()([
  'none',
  'little',
  'some',
  'platform',
]);
export type TeamSkill = (typeof TEAM_SKILLS)[number];

/** Whether users' files outlive their sessions (`chooser.keeps-files`). */
export const KEEPS_FILES = listOfEvery<Known<'keeps-files'>>()(['kept', 'throwaway']);
export type KeepsFiles = (typeof KEEPS_FILES)[number];

/** The part a component plays in an architecture (`components[].role`). */
export type ArchitectureRole = ArchitectureFile['components'][number]['role'];

/**
 * An architecture as its file writes it; `deployments` is filled with [] when it lists none.
 * `chooser` is absent in an architecture not yet described for the chooser: it then says "not
 * documented".
 */
export interface ReferenceArchitecture extends Omit<ArchitectureFile, 'deployments'> {
  deployments: NonNullable<ArchitectureFile['deployments']>;
}

/**
 * Roles, levels and the skills map (graph-data/pathways/pathways.yaml), as the file writes
 * them; the map's rows are the atlas's `skillAreas`.
 */
export type Pathways = PathwaysFile;

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
 * Summaries, descriptions, links, docs, config and sources stay in the full atlas, loaded after the
 * map shows (the summaries alone were a tenth of the first load).
 */
export type NodeCard = Pick<AtlasNode, 'id' | 'name' | 'kind' | 'status'> & {
  contribute?: Pick<Contribute, 'skills' | 'level'>;
};

/**
 * The part of the atlas the map route loads before its first render (issue #8's size budget):
 * node cards, relations, vocabularies and the map views (a guided path's view comes with the
 * full atlas). A full `Atlas` is also an `AtlasShell`.
 */
export interface AtlasShell {
  nodes: NodeCard[];
  relations: Relation[];
  kinds: Described<Kind>[];
  relationTypes: Described<RelationType>[];
  skills: Described<Skill>[];
  personas: Described<Persona>[];
  views: View[];
  /**
   * Every map view, drawn or not, in order (the default first). Absent: every map view is drawn
   * in `views` (a full atlas). The map route's shell draws only the view it opens on; the others
   * arrive one module each when asked for (src/model/shell.ts).
   */
  viewList?: ViewSummary[];
  /** The map views showing each node, by id, in view order; absent when `viewList` is. */
  nodeViews?: Record<string, string[]>;
}

/**
 * A vocabulary entry as the map route's shell carries it: its description (a tooltip) may be
 * left for the full atlas to bring.
 */
export type Described<T extends { description: string }> = Omit<T, 'description'> & {
  description?: string;
};

/** A kind as the map draws it (its description may come later, with the full atlas). */
export type KindCard = Described<Kind>;
/** A relation type as the map draws it. */
export type RelationTypeCard = Described<RelationType>;

/** What the view menu, links and "Show it in …" need of a map view without its drawing. */
export interface ViewSummary extends Pick<View, 'id' | 'title' | 'purpose'> {
  /** The nodes it draws. */
  nodeCount: number;
  /** The big picture's blocks. */
  blockCount?: number;
}
