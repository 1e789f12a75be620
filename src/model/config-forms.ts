/**
 * How a setting is written in each form a deployment uses: a `jupyterhub_config.py` line, a Zero
 * to JupyterHub `config.yaml` block, a `tljh-config` command. Pure functions over the data, used by
 * the setting card and the composer.
 */
import type { Distribution, Setting, SettingKey, SettingsAtlas } from './settings';

/** Where a distribution sets a setting: its own keys, or its pass-through form. */
export interface DistributionForm {
  distribution: Distribution['id'];
  /** The key as written, e.g. `singleuser.profileList` or `hub.config.KubeSpawner.image`. */
  key: string;
  /** The key is the distribution's own (a mapping in its code), not the pass-through. */
  mapped: boolean;
  note?: string;
  default?: string;
  source: string;
}

/** The classes a class is or inherits from. */
function lineage(atlas: SettingsAtlas, classId: string): string[] {
  return [classId, ...(atlas.classes.find((c) => c.id === classId)?.ancestors ?? [])];
}

/**
 * Where Zero to JupyterHub and TLJH set a setting, as written on `onClass` (a subclass that
 * inherits it, or the class that defines it): each key that maps to it, else the pass-through.
 */
export function distributionForms(
  atlas: SettingsAtlas,
  setting: Setting,
  onClass: string = setting.class,
): DistributionForm[] {
  const forms: DistributionForm[] = [];
  for (const d of atlas.distributions) {
    const keys: SettingKey[] = atlas.keys.filter(
      (k) => k.distribution === d.id && k.setting === setting.id,
    );
    for (const k of keys)
      forms.push({
        distribution: d.id,
        key: k.key,
        mapped: true,
        source: k.source,
        ...(k.note ? { note: k.note } : {}),
        ...(k.default !== undefined ? { default: k.default } : {}),
      });
    const pass = d.passthrough;
    const passes =
      pass && (!pass.classes || pass.classes.some((c) => lineage(atlas, onClass).includes(c)));
    if (keys.length === 0 && pass && passes)
      forms.push({
        distribution: d.id,
        key: `${pass.prefix}.${onClass}.${setting.name}`,
        mapped: false,
        source: pass.source,
      });
  }
  return forms;
}

/** A Python literal as YAML: True/False/None become true/false/null; the rest reads the same. */
export function pythonToYaml(value: string): string {
  return value
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null');
}

/**
 * A dotted key and a value as a nested YAML block.
 * @example yamlBlock('singleuser.memory.limit', '2G') // 'singleuser:\n  memory:\n    limit: 2G'
 */
export function yamlBlock(key: string, value: string): string {
  const parts = key.split('.');
  return parts
    .map((part, i) => `${'  '.repeat(i)}${part}:${i === parts.length - 1 ? ` ${value}` : ''}`)
    .join('\n');
}

/** Merges dotted keys into one YAML document, keys sharing a prefix written once. */
export function yamlDocument(entries: { key: string; value: string; comment?: string }[]): string {
  interface Tree {
    children: Map<string, Tree>;
    value?: string;
    comment?: string;
  }
  const root: Tree = { children: new Map() };
  for (const e of entries) {
    let node = root;
    for (const part of e.key.split('.')) {
      let next = node.children.get(part);
      if (!next) {
        next = { children: new Map() };
        node.children.set(part, next);
      }
      node = next;
    }
    node.value = e.value;
    if (e.comment) node.comment = e.comment;
  }
  const lines: string[] = [];
  const walk = (node: Tree, depth: number) => {
    for (const [name, child] of node.children) {
      const pad = '  '.repeat(depth);
      if (child.comment) lines.push(`${pad}# ${child.comment}`);
      if (child.value !== undefined) {
        const [first, ...rest] = child.value.split('\n');
        lines.push(`${pad}${name}:${rest.length > 0 ? '' : ` ${first}`}`);
        if (rest.length > 0) for (const l of [first, ...rest]) lines.push(`${pad}  ${l}`);
      } else lines.push(`${pad}${name}:`);
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return lines.join('\n');
}

/** A Python literal as a tljh-config value (strings unquoted, booleans lower case). */
export function tljhValue(value: string): string {
  const string = value.match(/^'(.*)'$/);
  if (string) return string[1] ?? '';
  return pythonToYaml(value);
}

/** The value to show in a copied line: the default when it is a literal, else a placeholder. */
export function sampleValue(setting: Setting): string {
  if (setting.defaultFrom === 'literal' || setting.defaultFrom === 'type')
    return setting.default ?? '...';
  return '...';
}

/** `c.Class.name = value` */
export function pythonLine(classId: string, name: string, value: string): string {
  return `c.${classId}.${name} = ${value}`;
}
