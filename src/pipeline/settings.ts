/**
 * graph-data/settings/: the extracted settings of each project (<project>.yaml), the history of
 * JupyterHub's own (<project>-history.yaml), the hand-written summaries (summaries.yaml) and the
 * distributions' keys (distributions/<id>.yaml). Checked against their schemas, then against
 * each other and the nodes; resolved into the SettingsAtlas the /config and /compose pages read.
 */
import { basename, join } from 'node:path';
import type { SchemaFiles, SettingsFile } from '../model/generated/schema-types.ts';
import { nearest } from '../model/suggest.ts';
import type {
  Distribution,
  RemovedSetting,
  Setting,
  SettingClass,
  SettingKey,
  SettingsAtlas,
  SettingsProject,
} from '../model/settings.ts';
import { listFiles, locate, type LoadedFile } from './load.ts';
import type { Problem } from './problems.ts';
import type { Checked, SchemaName } from './schemas.ts';

type Load = <S extends SchemaName>(path: string, schema: S) => Promise<Checked<SchemaFiles[S]>>;

/** A class as its project's file lists it. */
type RawClass = SettingsFile['classes'][number];
/** A file that passed its schema, with its data. */
type Valid<S extends SchemaName> = { loaded: LoadedFile<SchemaFiles[S]>; data: SchemaFiles[S] };

const blob = (p: { repo: string; commit: string }, path: string, line: number) =>
  `${p.repo}/blob/${p.commit}/${path}#L${line}`;

function hint(value: string, options: Iterable<string>): string {
  const near = nearest(value, options, 1)[0];
  return near ? `did you mean "${near}"? Otherwise ` : '';
}

export async function loadSettings(
  root: string,
  nodeIds: ReadonlySet<string>,
  load: Load,
  problems: Problem[],
): Promise<SettingsAtlas> {
  const dir = join(root, 'graph-data', 'settings');
  const files = await listFiles(dir, '.yaml');
  const projects: Valid<'settings'>[] = [];
  const histories: Valid<'settings-history'>[] = [];
  const keyFiles: Valid<'setting-keys'>[] = [];
  const summaryFiles: Valid<'setting-summaries'>[] = [];
  /** The file checked against `schema`, added to `list` when it passed. */
  const check = async <S extends SchemaName>(path: string, schema: S, list: Valid<S>[]) => {
    const { valid, problems: found } = await load(path, schema);
    problems.push(...found);
    if (valid) list.push({ loaded: valid, data: valid.data });
  };
  for (const path of files) {
    const name = basename(path, '.yaml');
    if (path.includes('/distributions/')) await check(path, 'setting-keys', keyFiles);
    else if (name === 'summaries') await check(path, 'setting-summaries', summaryFiles);
    else if (name.endsWith('-history')) await check(path, 'settings-history', histories);
    else await check(path, 'settings', projects);
  }
  // There is one summaries.yaml; were there more (in subfolders), the last read would count.
  const summaries = summaryFiles.at(-1);
  const at = (loaded: LoadedFile, pointer: string, message: string, fix: string) =>
    problems.push({ file: loaded.file, pointer, ...locate(loaded, pointer), message, fix });

  // Classes and their own settings.
  const classes = new Map<string, SettingClass>();
  const rawClasses = new Map<string, RawClass>();
  const settings = new Map<string, Setting>();
  const projectList: SettingsProject[] = [];
  for (const { loaded, data } of projects) {
    if (basename(loaded.file, '.yaml') !== data.project)
      at(
        loaded,
        '/project',
        `project "${data.project}" is in a file named ${basename(loaded.file)}`,
        `name the file ${data.project}.yaml`,
      );
    projectList.push({
      id: data.project,
      repo: data.repo,
      commit: data.commit,
      version: data.version,
      docs: data.docs,
    });
    data.classes.forEach((cls, c) => {
      if (classes.has(cls.id)) {
        at(
          loaded,
          `/classes/${c}/id`,
          `class ${cls.id} is defined twice`,
          'keep one entry per class',
        );
        return;
      }
      if (!nodeIds.has(cls.node))
        at(
          loaded,
          `/classes/${c}/node`,
          `unknown node "${cls.node}"`,
          `${hint(cls.node, nodeIds)}name the node the class belongs to (scripts/settings-sources.json)`,
        );
      const own: string[] = [];
      cls.settings.forEach((s, i) => {
        const id = `${cls.id}.${s.name}`;
        if (settings.has(id)) {
          at(
            loaded,
            `/classes/${c}/settings/${i}/name`,
            `setting ${id} is listed twice`,
            'keep one entry per setting',
          );
          return;
        }
        own.push(id);
        const setting: Setting = {
          id,
          class: cls.id,
          name: s.name,
          type: s.type,
          defaultFrom: s.defaultFrom,
          source: blob(data, cls.path, s.line),
          docs: cls.docs ? `${cls.docs.page}#${cls.docs.module}.${cls.id}.${s.name}` : data.docs,
          ...(s.default !== undefined ? { default: s.default } : {}),
          ...(s.computed !== undefined ? { computed: blob(data, cls.path, s.computed) } : {}),
          ...(s.values ? { values: s.values } : {}),
          ...(s.deprecated ? { deprecated: { ...s.deprecated } } : {}),
        };
        settings.set(id, setting);
      });
      rawClasses.set(cls.id, cls);
      classes.set(cls.id, {
        id: cls.id,
        import: cls.import,
        node: cls.node,
        project: data.project,
        version: data.version,
        bases: [],
        externalBases: [],
        ancestors: [],
        source: blob(data, cls.path, cls.line),
        own,
        inherited: [],
        overrides: Object.fromEntries(
          (cls.overrides ?? []).map((o) => [o.name, blob(data, cls.path, o.computed)]),
        ),
      });
    });
  }

  // Bases, ancestors (C3 is not needed: a depth-first, left-first walk keeping the last
  // occurrence gives the MRO for these single-diamond hierarchies) and inherited settings.
  for (const cls of classes.values()) {
    const raw = rawClasses.get(cls.id) as RawClass;
    cls.bases = raw.bases.filter((b) => classes.has(b));
    cls.externalBases = raw.bases.filter((b) => !classes.has(b));
  }
  const mro = (id: string, seen: string[] = []): string[] => {
    const order: string[] = [];
    for (const base of classes.get(id)?.bases ?? []) {
      if (seen.includes(base)) continue;
      for (const a of [base, ...mro(base, [...seen, id])]) {
        const at = order.indexOf(a);
        if (at >= 0) order.splice(at, 1);
        order.push(a);
      }
    }
    return order;
  };
  for (const cls of classes.values()) {
    cls.ancestors = mro(cls.id);
    const names = new Set(cls.own.map((id) => id.slice(cls.id.length + 1)));
    for (const ancestor of cls.ancestors)
      for (const id of classes.get(ancestor)?.own ?? []) {
        const name = id.slice(ancestor.length + 1);
        if (names.has(name)) continue;
        names.add(name);
        cls.inherited.push(id);
      }
  }
  /** The setting `Class.name` resolves to on that class: its own, or the inherited one. */
  const lookup = (ref: string): Setting | undefined => {
    const [classId, name] = ref.split('.') as [string, string];
    const cls = classes.get(classId);
    if (!cls) return undefined;
    const id = [...cls.own, ...cls.inherited].find(
      (s) => s.endsWith(`.${name}`) && s.slice(s.indexOf('.') + 1) === name,
    );
    return id ? settings.get(id) : undefined;
  };
  const explainMissing = (ref: string): { message: string; fix: string } => {
    const [classId, name] = ref.split('.') as [string, string];
    if (!classes.has(classId))
      return {
        message: `unknown class "${classId}"`,
        fix: `${hint(classId, classes.keys())}use a class listed in graph-data/settings/`,
      };
    const elsewhere = [...settings.values()].filter((s) => s.name === name).map((s) => s.class);
    if (elsewhere.length > 0)
      return {
        message: `${classId} has no setting "${name}"; ${elsewhere.slice(0, 3).join(', ')} ${elsewhere.length === 1 ? 'defines' : 'define'} it`,
        fix: `write ${elsewhere[0]}.${name}, or a subclass of ${elsewhere[0]}`,
      };
    const own = [
      ...(classes.get(classId)?.own ?? []),
      ...(classes.get(classId)?.inherited ?? []),
    ].map((id) => id.slice(id.indexOf('.') + 1));
    return {
      message: `no setting "${name}" on ${classId} or its bases`,
      fix: `${hint(name, own)}use a setting the class has (see graph-data/settings/)`,
    };
  };

  // Deprecations name a replacement: qualified, or a name the class (or a base) has.
  for (const { loaded, data } of projects)
    data.classes.forEach((cls, c) =>
      cls.settings.forEach((s, i) => {
        const by = s.deprecated?.by;
        const setting = settings.get(`${cls.id}.${s.name}`);
        if (!by || !setting?.deprecated) return;
        const ref = by.includes('.') ? by : `${cls.id}.${by}`;
        const target = lookup(ref);
        if (target) setting.deprecated.by = ref;
        else {
          const { message } = explainMissing(ref);
          at(
            loaded,
            `/classes/${c}/settings/${i}/deprecated/by`,
            `the replacement ${ref} is not a setting: ${message}`,
            'fix the extractor or name the replacement as Class.setting',
          );
        }
      }),
    );

  // Summaries and rules.
  if (summaries) {
    const { loaded, data } = summaries;
    for (const [field, map] of [
      ['summaries', data.summaries],
      ['rules', data.rules ?? {}],
    ] as const)
      for (const [ref, text] of Object.entries(map)) {
        const own = settings.get(ref);
        if (!own) {
          const inherited = lookup(ref);
          const { message, fix } = inherited
            ? {
                message: `${ref} is inherited; ${inherited.id} defines it`,
                fix: `write the summary for ${inherited.id}`,
              }
            : explainMissing(ref);
          at(loaded, `/${field}/${ref}`, message, fix);
          continue;
        }
        if (field === 'summaries') own.summary = text;
        else if (own.defaultFrom !== 'computed')
          at(
            loaded,
            `/rules/${ref}`,
            `${ref} has a fixed default (${own.default ?? 'none'}), not a computed one`,
            'give rules only for computed defaults',
          );
        else own.rule = text;
      }
  }

  // Which JupyterHub settings an older release had; what it had that is gone is recorded.
  const removed: RemovedSetting[] = [];
  for (const { loaded, data } of histories) {
    data.classes.forEach((cls, c) => {
      if (!classes.has(cls.id)) {
        at(
          loaded,
          `/classes/${c}/id`,
          `unknown class "${cls.id}"`,
          'the history lists classes of the pinned sources',
        );
        return;
      }
      for (const name of cls.settings) {
        const s = lookup(`${cls.id}.${name}`);
        if (s && s.class === cls.id) s.inJupyterHub3 = true;
      }
    });
    for (const r of data.removed) removed.push(r);
    for (const cls of data.classes) {
      const c = classes.get(cls.id);
      if (!c) continue;
      c.inJupyterHub3 = true;
      for (const id of c.own) (settings.get(id) as Setting).inJupyterHub3 ??= false;
    }
    data.absent.forEach((id, i) => {
      const c = classes.get(id);
      if (!c) {
        at(
          loaded,
          `/absent/${i}`,
          `unknown class "${id}"`,
          'the history lists classes of the pinned sources',
        );
        return;
      }
      c.inJupyterHub3 = false;
      for (const sid of c.own) (settings.get(sid) as Setting).inJupyterHub3 = false;
    });
  }

  // Distributions' keys.
  const keys: SettingKey[] = [];
  const distributions: Distribution[] = [];
  for (const { loaded, data } of keyFiles) {
    distributions.push({
      id: data.distribution,
      node: data.node,
      form: data.form,
      ...(data.passthrough ? { passthrough: data.passthrough } : {}),
    });
    if (!nodeIds.has(data.node))
      at(
        loaded,
        '/node',
        `unknown node "${data.node}"`,
        `${hint(data.node, nodeIds)}name the distribution's node`,
      );
    data.keys.forEach((k, i) => {
      const target = lookup(k.setting);
      if (!target) {
        const { message, fix } = explainMissing(k.setting);
        at(loaded, `/keys/${i}/setting`, `${k.key} maps to a missing setting: ${message}`, fix);
        return;
      }
      keys.push({
        distribution: data.distribution,
        key: k.key,
        setting: target.id,
        class: k.setting.split('.')[0] as string,
        source: k.source,
        ...(k.note ? { note: k.note } : {}),
        ...(k.default !== undefined ? { default: k.default } : {}),
      });
    });
  }

  return {
    projects: projectList,
    distributions,
    classes: [...classes.values()],
    settings: [...settings.values()],
    keys,
    removed,
  };
}
