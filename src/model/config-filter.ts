import { normalise } from './setting-search';
import type { Setting, SettingsAtlas } from './settings';

export interface SettingsFilter {
  /** A class: its own settings and those it inherits. '' for all. */
  class: string;
  /** A component: the settings of its classes. '' for all. */
  node: string;
  /** Kinds of component. */
  kind: string[];
  /** Words in a name, a key or a summary. */
  text: string;
}

export interface FilteredSettings {
  rows: { setting: Setting; group: string }[];
  /** Headings in order: a class, or "inherited from" one. */
  groups: { id: string; label: string }[];
  /** False when the class or node filter names nothing in the data (it is then ignored). */
  classKnown: boolean;
  nodeKnown: boolean;
  inheritedCount: number;
}

/**
 * The settings a filter selects, grouped by the class that defines them. A class filter lists
 * the class's own settings, then each ancestor's that it inherits.
 * @example filterSettings(atlas, { class: 'KubeSpawner', node: '', kind: [], text: 'timeout' }, kindOf)
 */
export function filterSettings(
  atlas: SettingsAtlas,
  filter: SettingsFilter,
  nodeKind: (nodeId: string) => string | undefined,
): FilteredSettings {
  const byId = new Map(atlas.settings.map((s) => [s.id, s]));
  const keysOf = new Map<string, string[]>();
  for (const k of atlas.keys)
    keysOf.set(k.setting, [...(keysOf.get(k.setting) ?? []), k.key.toLowerCase()]);
  const cls = filter.class ? atlas.classes.find((c) => c.id === filter.class) : undefined;
  const classKnown = filter.class === '' || cls !== undefined;
  const nodeKnown = filter.node === '' || atlas.classes.some((c) => c.node === filter.node);
  const groups: FilteredSettings['groups'] = [];
  const rows: FilteredSettings['rows'] = [];
  let inheritedCount = 0;
  const q = normalise(filter.text);
  const words = q.split(/\s+/).filter(Boolean);
  const matches = (s: Setting) => {
    if (words.length === 0) return true;
    const hay = [
      s.id.toLowerCase(),
      ...(keysOf.get(s.id) ?? []),
      (s.summary ?? '').toLowerCase(),
      s.type.toLowerCase(),
    ].join(' ');
    return words.every((w) => hay.includes(w));
  };
  const add = (group: { id: string; label: string }, ids: string[], inherited = false) => {
    const list = ids.flatMap((id) => byId.get(id) ?? []).filter(matches);
    if (list.length === 0) return;
    groups.push(group);
    for (const setting of list) rows.push({ setting, group: group.id });
    if (inherited) inheritedCount += list.length;
  };
  if (cls) {
    add({ id: cls.id, label: `Defined by ${cls.id}` }, cls.own);
    for (const ancestor of cls.ancestors)
      add(
        { id: `${cls.id}<${ancestor}`, label: `Inherited from ${ancestor}` },
        cls.inherited.filter((id) => id.startsWith(`${ancestor}.`)),
        true,
      );
  } else {
    const kinds = new Set(filter.kind);
    for (const c of atlas.classes) {
      if (filter.node && nodeKnown && c.node !== filter.node) continue;
      if (kinds.size > 0 && !kinds.has(nodeKind(c.node) ?? '')) continue;
      add({ id: c.id, label: c.id }, c.own);
    }
  }
  return { rows, groups, classKnown, nodeKnown, inheritedCount };
}
