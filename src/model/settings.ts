/**
 * The configuration atlas: every configurable trait of JupyterHub and its main plugins, read
 * from their sources by scripts/extract-config.py, with where the distributions set them.
 * Loaded lazily (`virtual:atlas-settings`), never on the map route.
 *
 * What is copied from graph-data/settings/ as written takes its type from the schemas
 * (./generated/schema-types.ts); the rest is resolved by src/pipeline/settings.ts (source lines
 * turned into links, bases into ancestors, a distribution's keys onto the defining class).
 */
import type {
  SettingKeysFile,
  SettingsFile,
  SettingsHistoryFile,
} from './generated/schema-types.ts';

type WrittenSetting = SettingsFile['classes'][number]['settings'][number];

export type DefaultFrom = WrittenSetting['defaultFrom'];

export interface Setting {
  /** `Class.name`, unique. */
  id: string;
  class: string;
  name: string;
  /** Trait type with its element types, e.g. `List(Unicode)`. */
  type: string;
  /** As Python prints it, or the source expression when it is not a literal. */
  default?: string;
  defaultFrom: DefaultFrom;
  /** Source line of the method that computes the default, when computed. */
  computed?: string;
  values?: WrittenSetting['values'];
  /** `by` is the replacement as `Class.setting`, qualified by the pipeline when written bare. */
  deprecated?: WrittenSetting['deprecated'];
  /** The exact line: https://github.com/<repo>/blob/<sha>/<path>#L<line>. */
  source: string;
  /** The upstream docs anchor, or the project's reference page when it has no anchors. */
  docs: string;
  /** One line in our words (for the settings paths, architectures and the composer use). */
  summary?: string;
  /** How a computed default is worked out, in our words. */
  rule?: string;
  /** For JupyterHub's own classes: whether JupyterHub 3.0.0 had the setting. */
  inJupyterHub3?: boolean;
}

export interface SettingClass {
  id: string;
  /** Dotted path that selects it, e.g. `kubespawner.KubeSpawner`. */
  import: string;
  node: string;
  project: string;
  version: string;
  /** Base classes that are in the data, nearest first; `externalBases` are the others. */
  bases: string[];
  externalBases: string[];
  /** Every ancestor in the data, in method resolution order. */
  ancestors: string[];
  source: string;
  /** Ids of the settings the class defines itself. */
  own: string[];
  /** Ids of the settings it inherits (defined on an ancestor and not redefined on the way). */
  inherited: string[];
  /** Inherited settings whose default this class computes: name → source line. */
  overrides: Record<string, string>;
  /** For JupyterHub's own classes: whether JupyterHub 3.0.0 had the class. */
  inJupyterHub3?: boolean;
}

export interface SettingKey {
  distribution: SettingKeysFile['distribution'];
  /** `singleuser.profileList`, `auth.type`, `hub.config.*` … */
  key: string;
  /** The setting's id, on the class that defines it. */
  setting: string;
  /** The class the distribution sets it on (a subclass of the defining one, or it). */
  class: string;
  note?: string;
  /** The distribution's own default for the key, as it writes it. */
  default?: string;
  source: string;
}

/** A JupyterHub setting of 3.0.0 that is gone, as graph-data/settings/jupyterhub-history.yaml lists it. */
export type RemovedSetting = SettingsHistoryFile['removed'][number];

/** A project whose settings were read; `id` is its file's `project`. */
export interface SettingsProject extends Pick<
  SettingsFile,
  'repo' | 'commit' | 'version' | 'docs'
> {
  id: string;
}

/** A distribution as its keys file (graph-data/settings/distributions/) names it; `id` is its `distribution`. */
export interface Distribution extends Pick<SettingKeysFile, 'node' | 'form' | 'passthrough'> {
  id: SettingKeysFile['distribution'];
}

export interface SettingsAtlas {
  projects: SettingsProject[];
  distributions: Distribution[];
  classes: SettingClass[];
  settings: Setting[];
  keys: SettingKey[];
  /** JupyterHub settings of 3.0.0 that the pinned JupyterHub no longer has. */
  removed: RemovedSetting[];
}

/** The settings a class has, own first, then inherited, each in source order. */
export function settingsOf(atlas: SettingsAtlas, classId: string): Setting[] {
  const cls = atlas.classes.find((c) => c.id === classId);
  if (!cls) return [];
  const byId = new Map(atlas.settings.map((s) => [s.id, s]));
  return [...cls.own, ...cls.inherited].flatMap((id) => byId.get(id) ?? []);
}
