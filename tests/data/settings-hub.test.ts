/**
 * The settings data against a real JupyterHub: Debian's jupyterhub package (3.0.0), asked through
 * traitlets for the configurable traits of its core classes. Each must be in the data (on the
 * class or one it inherits from) or recorded as removed since, with the release that removed it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { settingsOf } from '../../src/model/settings';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PYTHON = '/usr/bin/python3';
const INSTALL =
  "install Debian's JupyterHub: apt-get install -y jupyterhub (it brings /usr/bin/python3 with jupyterhub 3.0 and traitlets)";

interface HubTraits {
  version: string;
  classes: Record<string, Record<string, string>>;
}

function hubTraits(): HubTraits {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing; ${INSTALL}`);
  try {
    const out = execFileSync(
      PYTHON,
      [fileURLToPath(new URL('../helpers/hub-traits.py', import.meta.url))],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return JSON.parse(out) as HubTraits;
  } catch (error) {
    throw new Error(`${PYTHON} could not import jupyterhub; ${INSTALL}\n${String(error)}`);
  }
}

const hub = hubTraits();
const { settings } = await buildAtlas({ root: ROOT, layout: false });

describe('the settings data against the installed JupyterHub', () => {
  it('is JupyterHub 3.0.0 with configurable-http-proxy', () => {
    expect(hub.version).toBe('3.0.0');
    expect(Object.keys(hub.classes)).toHaveLength(8);
  });

  it.each(Object.keys(hub.classes))(
    'has every configurable trait of %s, or records its removal',
    (cls) => {
      const known = new Set(settingsOf(settings, cls).map((s) => s.name));
      const removed = new Set(settings.removed.map((r) => r.setting));
      const traits = hub.classes[cls] as Record<string, string>;
      const missing = Object.entries(traits)
        .filter(([name, definer]) => !known.has(name) && !removed.has(`${definer}.${name}`))
        .map(([name, definer]) => `${definer}.${name}`);
      expect(missing).toEqual([]);
      expect(known.size).toBeGreaterThan(0);
    },
  );

  it('marks a setting as in 3.0 exactly when the installed hub has it on that class', () => {
    for (const [cls, traits] of Object.entries(hub.classes))
      for (const s of settings.settings.filter((x) => x.class === cls))
        expect([s.id, s.inJupyterHub3]).toEqual([s.id, traits[s.name] === cls]);
  });

  it('says which release removed each setting that 3.0 had and the data lacks', () => {
    for (const r of settings.removed) {
      const [cls, name] = r.setting.split('.') as [string, string];
      expect(hub.classes[cls]?.[name], r.setting).toBe(cls);
      expect(r.removedIn).toMatch(/^\d+\.\d+\.\d+/);
      expect(r.source).toMatch(new RegExp(`/blob/${r.removedIn.replace(/\./g, '\\.')}/`));
    }
  });
});
