/**
 * The composer over the real data: every choice composes from settings that exist, the output
 * parses in its own language, and risky picks are explained.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  compose,
  composeChoices,
  compositionParams,
  DEFAULT_COMPOSITION,
  parseComposition,
  PRESETS,
  type Composition,
} from '../../src/model/compose';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { atlas, settings } = await buildAtlas({ root: ROOT, layout: false });
const choices = composeChoices(settings, atlas.nodes);
const known = {
  auth: choices.auth.map((c) => c.id),
  spawner: choices.spawner.map((c) => c.id),
  proxy: choices.proxy.map((c) => c.id),
  architectures: atlas.architectures.map((a) => a.id),
};
const make = (changes: Partial<Composition>, password?: string) =>
  compose({ ...DEFAULT_COMPOSITION, ...changes }, settings, choices, password ? { password } : {});

describe('the composer', () => {
  it('offers the main authenticators, spawners and proxies, each with its class', () => {
    for (const id of [
      'github-oauthenticator',
      'generic-oauthenticator',
      'ldap-authenticator',
      'native-authenticator',
      'shared-password-authenticator',
      'dummy-authenticator',
      'pam-authenticator',
    ])
      expect(known.auth).toContain(id);
    for (const id of [
      'local-process-spawner',
      'dockerspawner',
      'kubespawner',
      'systemdspawner',
      'slurm-spawner',
      'profiles-spawner',
    ])
      expect(known.spawner).toContain(id);
    expect(known.proxy).toEqual(
      expect.arrayContaining(['configurable-http-proxy', 'traefik-redis-proxy', 'traefik-proxy']),
    );
    expect(choices.auth.find((c) => c.id === 'github-oauthenticator')?.cls.id).toBe(
      'GitHubOAuthenticator',
    );
    expect(choices.spawner.find((c) => c.id === 'slurm-spawner')?.cls.id).toBe('SlurmSpawner');
  });

  it('composes every authenticator with every spawner in each form from real settings only', () => {
    let count = 0;
    for (const form of ['plain', 'z2jh', 'tljh'] as const)
      for (const hub of ['5', '3'] as const)
        for (const auth of known.auth)
          for (const spawner of known.spawner) {
            const out = make({
              form,
              hub,
              auth,
              spawner,
              admins: ['ana'],
              mem: '2G',
              cpu: '1',
              cull: true,
              named: true,
              app: 'lab',
              root: true,
            });
            count++;
            for (const line of out.lines) {
              expect(settings.settings).toContain(line.setting);
              if (
                hub === '3' &&
                settings.classes.find((c) => c.id === line.setting.class)?.project === 'jupyterhub'
              )
                expect([line.setting.id, line.setting.inJupyterHub3]).toEqual([
                  line.setting.id,
                  true,
                ]);
            }
          }
    expect(count).toBeGreaterThan(500);
  });

  it('writes Python that compiles, for every authenticator and spawner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-compose-'));
    const files: string[] = [];
    for (const auth of known.auth)
      for (const spawner of known.spawner) {
        const file = join(dir, `${auth}--${spawner}.py`);
        writeFileSync(
          file,
          make(
            { auth, spawner, admins: ['ana'], cull: true, mem: '1G', cpu: '2' },
            'a-long-password',
          ).text,
        );
        files.push(file);
      }
    const out = execFileSync(
      'python3',
      [
        '-c',
        'import sys\nfor f in sys.argv[1:]: compile(open(f).read(), f, "exec")\nprint(len(sys.argv) - 1)',
        ...files,
      ],
      { encoding: 'utf8' },
    );
    expect(Number(out.trim())).toBe(files.length);
  });

  it('writes a jupyterhub_config.py whose linked lines set the settings they link to', () => {
    const out = make({
      auth: 'github-oauthenticator',
      spawner: 'dockerspawner',
      admins: ['ana', 'ben'],
      mem: '2G',
      cull: true,
      cullAfter: 1800,
    });
    expect(out.fileName).toBe('jupyterhub_config.py');
    const text = out.text.split('\n');
    expect(text).toContain("c.JupyterHub.authenticator_class = 'github'");
    expect(text).toContain("c.JupyterHub.spawner_class = 'docker'");
    expect(text).toContain("c.GitHubOAuthenticator.client_id = 'PUT-CLIENT-ID-HERE'");
    expect(text).toContain("c.Authenticator.admin_users = {'ana', 'ben'}");
    expect(text).toContain("c.DockerSpawner.mem_limit = '2G'");
    expect(out.text).toContain("'--timeout=1800'");
    expect(out.lineSettings.size).toBe(out.lines.length);
    for (const [n, id] of out.lineSettings) {
      const name = id.split('.')[1] as string;
      expect(text[n - 1]).toMatch(new RegExp(`^c\\.\\w+\\.${name} = `));
    }
  });

  it('writes a Zero to JupyterHub config.yaml with the chart keys, and hub.config for the rest', () => {
    const out = make({
      form: 'z2jh',
      where: 'kubernetes',
      auth: 'github-oauthenticator',
      admins: ['ana'],
      mem: '2G',
      cpu: '1.5',
      cull: true,
      cullAfter: 7200,
      app: 'lab',
      named: true,
    });
    const doc = parse(out.text) as Record<string, Record<string, unknown>>;
    expect(doc.singleuser).toMatchObject({
      memory: { limit: '2G' },
      cpu: { limit: 1.5 },
      defaultUrl: '/lab',
    });
    expect(doc.cull).toEqual({ enabled: true, timeout: 7200 });
    expect(doc.hub).toMatchObject({
      allowNamedServers: true,
      config: {
        JupyterHub: { authenticator_class: 'github' },
        GitHubOAuthenticator: { client_id: 'PUT-CLIENT-ID-HERE' },
        Authenticator: { admin_users: ['ana'] },
      },
    });
    expect(out.notices.filter((n) => n.level === 'risk')).toEqual([]);
  });

  it('writes tljh-config commands with TLJH’s keys, and a file for what has no key', () => {
    const out = make({
      ...PRESETS['the-littlest-jupyterhub'],
      form: 'tljh',
      auth: 'github-oauthenticator',
      admins: ['ana'],
      allowed: ['ben'],
      mem: '2G',
      named: true,
    });
    const lines = out.text.split('\n');
    expect(lines).toContain(
      'sudo tljh-config set auth.type oauthenticator.github.GitHubOAuthenticator',
    );
    expect(lines).toContain(
      'sudo tljh-config set auth.GitHubOAuthenticator.client_id PUT-CLIENT-ID-HERE',
    );
    expect(lines).toContain('sudo tljh-config add-item users.admin ana');
    expect(lines).toContain('sudo tljh-config add-item users.allowed ben');
    expect(lines).toContain('sudo tljh-config set limits.memory 2G');
    expect(lines).toContain('sudo tljh-config set user_environment.default_app jupyterlab');
    expect(lines).toContain('sudo tljh-config set services.cull.timeout 600');
    expect(lines).toContain('# c.JupyterHub.allow_named_servers = True');
    expect(lines.indexOf('sudo tljh-config reload')).toBeGreaterThan(0);
  });

  it('links every line that sets something to a setting, in every form', () => {
    for (const form of ['plain', 'z2jh', 'tljh'] as const)
      for (const auth of [
        'github-oauthenticator',
        'ldap-authenticator',
        'first-use-authenticator',
      ]) {
        const out = make({
          form,
          auth,
          admins: ['ana'],
          allowed: ['ben'],
          mem: '2G',
          cpu: '2',
          cull: true,
          https: 'letsencrypt',
          app: 'lab',
          root: true,
          named: form !== 'tljh',
        });
        out.text.split('\n').forEach((line, i) => {
          const sets =
            form === 'plain'
              ? /^c\.\w+\.\w+ = /.test(line)
              : form === 'tljh'
                ? /^sudo tljh-config (set|add-item) /.test(line)
                : /^\s*[\w.]+: \S/.test(line) && !line.trimStart().startsWith('#');
          if (sets)
            expect([form, auth, line, out.lineSettings.has(i + 1)]).toEqual([
              form,
              auth,
              line,
              true,
            ]);
        });
      }
  });

  it.each([
    [{ spawner: 'kubespawner' }, 'KubeSpawner starts pods through the Kubernetes API'],
    [{ spawner: 'systemdspawner', where: 'container' as const }, 'SystemdSpawner needs systemd'],
    [
      { auth: 'dummy-authenticator', public: true },
      'DummyAuthenticator on a public hub lets anyone in',
    ],
    [
      { auth: 'shared-password-authenticator', allowAll: true },
      'The shared password is empty or shorter than 8 characters',
    ],
    [{ auth: 'github-oauthenticator' }, 'lets nobody log in'],
    [{ public: true, allowAll: true }, 'A public hub without HTTPS'],
    [
      { hub: '3' as const, auth: 'shared-password-authenticator', allowAll: true },
      'is not in JupyterHub 3.0',
    ],
  ])('explains a risky pick: %o', (changes, text) => {
    const out = make(changes);
    expect(
      out.notices
        .filter((n) => n.level === 'risk')
        .map((n) => n.text)
        .join(' '),
    ).toContain(text);
  });

  it('leaves out, and names, what JupyterHub 3.0 lacks', () => {
    const out = make({ hub: '3', auth: 'dummy-authenticator', allowAll: true }, 'test-password');
    expect(out.text).not.toContain('allow_all');
    expect(out.text).toContain("c.DummyAuthenticator.password = 'test-password'");
    expect(out.notices.map((n) => n.text).join(' ')).toContain(
      'Left out for JupyterHub 3.0, which does not have them: Authenticator.allow_all',
    );
  });

  it('reads its URL, corrects what it cannot use, and round-trips', () => {
    const { composition, corrections } = parseComposition(
      '?auth=githib-oauthenticator&mem=lots&foo=1&from=nebula&cullAfter=5&admin=ana,<b>',
      known,
    );
    expect(composition).toMatchObject({
      auth: 'pam-authenticator',
      mem: '',
      admins: ['ana'],
      cullAfter: 3600,
      from: null,
    });
    expect(corrections).toEqual([
      'The parameter “foo” is not one the composer knows; it was ignored.',
      'There is no architecture “nebula”; starting blank.',
      'There is no authenticator “githib-oauthenticator” the composer can configure; did you mean github-oauthenticator? It stays pam-authenticator.',
      'Left out user names that are not plain names: “<b>”.',
      '“lots” is not a size such as 2G; mem was ignored.',
      'cullAfter takes whole seconds from 60 to 2592000, not “5”; it stays 3600.',
    ]);
    const chosen = {
      ...DEFAULT_COMPOSITION,
      auth: 'github-oauthenticator',
      admins: ['ana'],
      mem: '2G',
      cull: true,
    };
    const params = new URLSearchParams(
      Object.entries(compositionParams(chosen)).filter((e): e is [string, string] => e[1] !== null),
    );
    expect(params.toString()).toBe('auth=github-oauthenticator&admin=ana&mem=2G&cull=1');
    expect(parseComposition(`?${params}`, known).composition).toEqual(chosen);
  });
});
