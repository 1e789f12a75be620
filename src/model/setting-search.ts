import type { Setting, SettingsAtlas } from './settings';

/** One setting found by a query, and the text that matched it. */
export interface SettingHit {
  setting: Setting;
  score: number;
  /** What the query matched: the setting as written (`c.Spawner.start_timeout`), a chart or TLJH key. */
  matchedIn: 'setting' | 'Zero to JupyterHub key' | 'tljh-config key' | 'summary';
  matchedText: string;
}

/** The base classes whose settings every hub has: an unqualified name finds these first. */
const CORE = new Set(['JupyterHub', 'Spawner', 'Authenticator', 'Proxy']);

interface Entry {
  setting: Setting;
  /** Lower-case texts it is known by, each with what it is. */
  names: { text: string; as: SettingHit['matchedIn']; shown: string }[];
  summary: string;
}

/**
 * The query as a setting reference: `c.` and a trailing ` = …` dropped, lower case.
 * @example normalise(' c.Spawner.start_timeout = 30 ') // 'spawner.start_timeout'
 */
export function normalise(query: string): string {
  return query
    .trim()
    .replace(/\s*=.*$/, '')
    .replace(/^c\./i, '')
    .toLowerCase();
}

/**
 * Search over settings by what people type: `c.Spawner.start_timeout`, `Spawner.start_timeout`,
 * `start_timeout`, a subclass's form (`KubeSpawner.start_timeout`), a chart key
 * (`singleuser.profileList`) or a tljh-config key (`auth.type`), then words of the summaries.
 * Exact forms rank first; an unqualified name ranks the core classes' setting first.
 */
export function createSettingSearch(settings: SettingsAtlas) {
  const byId = new Map(settings.settings.map((s) => [s.id, s]));
  const entries = new Map<string, Entry>();
  for (const s of settings.settings)
    entries.set(s.id, {
      setting: s,
      names: [
        { text: s.id.toLowerCase(), as: 'setting', shown: `c.${s.id}` },
        { text: s.name.toLowerCase(), as: 'setting', shown: `c.${s.id}` },
      ],
      summary: (s.summary ?? '').toLowerCase(),
    });
  // A subclass's spelling of an inherited setting finds the defining one.
  for (const cls of settings.classes)
    for (const id of cls.inherited) {
      const name = id.slice(id.indexOf('.') + 1);
      entries.get(id)?.names.push({
        text: `${cls.id}.${name}`.toLowerCase(),
        as: 'setting',
        shown: `c.${cls.id}.${name}`,
      });
    }
  for (const key of settings.keys)
    entries.get(key.setting)?.names.push({
      text: key.key.toLowerCase(),
      as: key.distribution === 'z2jh' ? 'Zero to JupyterHub key' : 'tljh-config key',
      shown: key.key,
    });
  const list = [...entries.values()];
  const classNode = new Map(settings.classes.map((c) => [c.id, c.node]));

  return {
    byId,
    /** The node a class belongs to. */
    nodeOf: (classId: string) => classNode.get(classId),
    search(query: string, limit = 8): SettingHit[] {
      const q = normalise(query).slice(0, 200);
      if (q.length < 2) return [];
      const words = q.split(/\s+/).filter(Boolean);
      const hits: SettingHit[] = [];
      for (const entry of list) {
        let best: SettingHit | undefined;
        const consider = (score: number, as: SettingHit['matchedIn'], shown: string) => {
          if (!best || score > best.score)
            best = { setting: entry.setting, score, matchedIn: as, matchedText: shown };
        };
        for (const n of entry.names) {
          if (n.text === q) consider(100, n.as, n.shown);
          else if (n.text.startsWith(q))
            consider(60 - Math.min(20, n.text.length - q.length), n.as, n.shown);
          else if (q.length >= 4 && n.text.includes(q)) consider(30, n.as, n.shown);
        }
        if (!best && entry.summary && words.every((w) => entry.summary.includes(w)))
          consider(10, 'summary', entry.setting.summary ?? '');
        if (best) {
          // Tie-breaks: the core classes, then settings with a summary, then non-deprecated.
          if (CORE.has(entry.setting.class)) best.score += 5;
          if (entry.setting.summary) best.score += 2;
          if (entry.setting.deprecated) best.score -= 8;
          hits.push(best);
        }
      }
      return hits
        .sort((a, b) => b.score - a.score || a.setting.id.localeCompare(b.setting.id))
        .slice(0, limit);
    },
  };
}

export type SettingSearch = ReturnType<typeof createSettingSearch>;
