import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../src/model/graph';
import { rankArchitectures } from '../../src/model/architectures';
import { createSearch } from '../../src/model/search';
import { buildAtlas } from '../../src/pipeline/build';
import { formatProblem } from '../../src/pipeline/problems';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { atlas, problems } = await buildAtlas({ root: ROOT, layout: false });
const index = indexAtlas(atlas);

/** Every string in an object that looks like a URL, with the JSON path it sits at. */
function urlsIn(value: unknown, path = ''): [string, string][] {
  // A scheme with "//", or one of the schemes that run or embed code; not module:Class paths.
  if (typeof value === 'string')
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(javascript|data|vbscript):/i.test(value)
      ? [[path, value]]
      : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsIn(v, `${path}/${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => urlsIn(v, `${path}/${k}`));
  return [];
}

describe('the real graph-data', () => {
  it('validates and resolves with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('gives the idle culler a starting snippet: a Hub-managed service and a role with its scopes', () => {
    const snippet = index.nodeById.get('jupyterhub-idle-culler')?.config?.snippet ?? '';
    for (const text of [
      'c.JupyterHub.load_roles',
      'c.JupyterHub.services',
      '"list:users"',
      '"read:users:activity"',
      '"read:servers"',
      '"delete:servers"',
      '"-m", "jupyterhub_idle_culler"',
    ])
      expect(snippet).toContain(text);
    // The role is granted to the service the snippet registers, by the same name.
    const names = [...snippet.matchAll(/"name": "([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['idle-culler', 'idle-culler']);
    expect(snippet).toContain('"services": ["idle-culler"]');
    // Pinned: the README's setup section, at a commit.
    expect(
      index.nodeById
        .get('jupyterhub-idle-culler')
        ?.sources.some((s) => /\/blob\/[0-9a-f]{40}\/README\.md#L\d+-L\d+$/.test(s.url)),
    ).toBe(true);
  });

  it('lights the spawner at the login path’s spawn request, as the Hub hands Spawner.start the launch', () => {
    const login = atlas.paths.find((p) => p.id === 'what-happens-when-you-log-in');
    const spawn = login?.steps.find((s) => s.title === 'The spawn request');
    expect(spawn?.focus).toContain('local-process-spawner');
  });

  it('covers JupyterHub core: at least 15 nodes, with the parts the issue names', () => {
    expect(atlas.nodes.length).toBeGreaterThanOrEqual(15);
    for (const id of [
      'browser',
      'jupyterhub',
      'configurable-http-proxy',
      'hub-database',
      'sqlite',
      'postgresql',
      'mysql',
      'rest-api',
      'jupyterhub-singleuser',
      'jupyter-server',
      'jupyterhub-idle-culler',
      'pam-authenticator',
      'local-process-spawner',
    ])
      expect(index.nodeById.has(id), id).toBe(true);
  });

  it('lists every authenticator, spawner and proxy entry point that jupyterhub registers', () => {
    // From jupyterhub's pyproject.toml (the sources of the nodes below cite it).
    const registered = atlas.nodes.flatMap((n) =>
      (n.config?.entry_points ?? []).map((ep) => `${ep.group} ${ep.name} ${ep.object}`),
    );
    expect(registered).toEqual(
      expect.arrayContaining([
        'jupyterhub.authenticators default jupyterhub.auth:PAMAuthenticator',
        'jupyterhub.authenticators pam jupyterhub.auth:PAMAuthenticator',
        'jupyterhub.authenticators dummy jupyterhub.auth:DummyAuthenticator',
        'jupyterhub.authenticators null jupyterhub.auth:NullAuthenticator',
        'jupyterhub.authenticators shared-password jupyterhub.authenticators.shared:SharedPasswordAuthenticator',
        'jupyterhub.spawners default jupyterhub.spawner:LocalProcessSpawner',
        'jupyterhub.spawners localprocess jupyterhub.spawner:LocalProcessSpawner',
        'jupyterhub.spawners simple jupyterhub.spawner:SimpleLocalProcessSpawner',
        'jupyterhub.proxies default jupyterhub.proxy:ConfigurableHTTPProxy',
        'jupyterhub.proxies configurable-http-proxy jupyterhub.proxy:ConfigurableHTTPProxy',
      ]),
    );
  });

  it("lists the entry points that the JupyterHub organisation's plugin packages register", () => {
    // Read from each package's pyproject.toml or setup.py (the nodes' sources cite the lines).
    const registered = new Set(
      atlas.nodes.flatMap((n) =>
        (n.config?.entry_points ?? []).map((ep) => `${ep.name} ${ep.object}`),
      ),
    );
    const expected = [
      'docker dockerspawner:DockerSpawner',
      'docker-system-user dockerspawner:SystemUserSpawner',
      'docker-swarm dockerspawner:SwarmSpawner',
      'systemd systemdspawner:SystemdSpawner',
      'systemdspawner systemdspawner:SystemdSpawner',
      'sudo sudospawner:SudoSpawner',
      'ldap ldapauthenticator:LDAPAuthenticator',
      'ldapauthenticator ldapauthenticator:LDAPAuthenticator',
      'native nativeauthenticator:NativeAuthenticator',
      'firstuse firstuseauthenticator:FirstUseAuthenticator',
      'firstuseauthenticator firstuseauthenticator:FirstUseAuthenticator',
      'tmp tmpauthenticator:TmpAuthenticator',
      'kerberos kerberosauthenticator.auth:KerberosAuthenticator',
      'local-kerberos kerberosauthenticator.auth:KerberosLocalAuthenticator',
      'traefik_consul jupyterhub_traefik_proxy.consul:TraefikConsulProxy',
      'traefik_etcd jupyterhub_traefik_proxy.etcd:TraefikEtcdProxy',
      'traefik_file jupyterhub_traefik_proxy.fileprovider:TraefikFileProviderProxy',
      'traefik_redis jupyterhub_traefik_proxy.redis:TraefikRedisProxy',
      'traefik_toml jupyterhub_traefik_proxy.toml:TraefikTomlProxy',
      'mediawiki oauthenticator.mediawiki:MWOAuthenticator',
      ...[
        'auth0:Auth0',
        'azuread:AzureAd',
        'bitbucket:Bitbucket',
        'cilogon:CILogon',
        'generic:Generic',
        'github:GitHub',
        'gitlab:GitLab',
        'globus:Globus',
        'google:Google',
        'openshift:OpenShift',
      ].flatMap((pair) => {
        const [module, cls] = pair.split(':');
        const name = module === 'generic' ? 'generic-oauth' : module;
        return [
          `${name} oauthenticator.${module}:${cls}OAuthenticator`,
          `local-${name} oauthenticator.${module}:Local${cls}OAuthenticator`,
        ];
      }),
    ];
    expect(expected.filter((e) => !registered.has(e))).toEqual([]);
  });

  it('uses only https URLs anywhere in the data', () => {
    // A config value such as db_url = "sqlite:///…" is a setting, not a link.
    const links = (n: object) => urlsIn(n).filter(([path]) => path !== '/config/value');
    const bad = atlas.nodes.flatMap((n) =>
      links(n)
        .filter(([, url]) => !url.startsWith('https://'))
        .map(([p, url]) => `${n.file} ${p}: ${url}`),
    );
    expect(bad).toEqual([]);
  });

  it('connects every node to at least one other', () => {
    const isolated = atlas.nodes
      .filter((n) => !index.outgoing.has(n.id) && !index.incoming.has(n.id))
      .map((n) => n.file);
    expect(isolated).toEqual([]);
  });

  it('has a doc for the Hub and for the proxy', () => {
    expect(index.nodeById.get('jupyterhub')?.doc).toBe('nodes/jupyterhub');
    expect(index.nodeById.get('configurable-http-proxy')?.doc).toBe(
      'nodes/configurable-http-proxy',
    );
  });
});

describe('search over the real data', () => {
  const engine = createSearch(atlas);
  it.each([
    // by name
    ['KubeSpawner', 'kubespawner'],
    ['The Littlest JupyterHub', 'the-littlest-jupyterhub'],
    ['configurable-http-proxy', 'configurable-http-proxy'],
    // by entry-point name
    ['localprocess', 'local-process-spawner'],
    ['docker-swarm', 'swarm-spawner'],
    ['generic-oauth', 'generic-oauthenticator'],
    ['traefik_redis', 'traefik-redis-proxy'],
    // by class path, as a deployer writes it
    ['kubespawner.KubeSpawner', 'kubespawner'],
    ['batchspawner.SlurmSpawner', 'slurm-spawner'],
    ['oauthenticator.github.GitHubOAuthenticator', 'github-oauthenticator'],
    ['jupyterhub.spawner:LocalProcessSpawner', 'local-process-spawner'],
  ])('"%s" finds %s first', (query, id) => {
    expect(engine.search(query)[0]?.node.id).toBe(id);
  });

  it('finds the spawners for c.JupyterHub.spawner_class', () => {
    const kinds = new Set(engine.search('c.JupyterHub.spawner_class', 10).map((h) => h.node.kind));
    expect([...kinds]).toEqual(['spawner']);
  });
});

describe('reference architectures', () => {
  const required = [
    'scale',
    'infrastructure',
    'isolation',
    'authentication',
    'persistence',
    'operations-skill',
    'cost-model',
    'gpu',
    'scaling',
    'maturity',
    'upgrade-path',
  ];

  it('covers the twelve the issue names, each with every attribute, sourced or unknown', () => {
    // The twelve by name: a count alone would pass with one missing and another added.
    expect(atlas.architectures.map((a) => a.id).sort()).toEqual(
      expect.arrayContaining([
        '2i2c-managed-hubs',
        'binderhub',
        'daskhub',
        'hpc-batchspawner',
        'jupyterhub-deploy-docker',
        'jupyterhub-the-hard-way',
        'mybinder-org-federation',
        'nebari',
        'open-ondemand',
        'plain-jupyterhub',
        'the-littlest-jupyterhub',
        'zero-to-jupyterhub',
      ]),
    );
    for (const arch of atlas.architectures) {
      expect(Object.keys(arch.attributes).sort(), arch.id).toEqual([...required].sort());
      for (const [attribute, values] of Object.entries(arch.attributes))
        for (const v of values)
          expect(
            v.source !== undefined || v.value === 'unknown',
            `${arch.id} ${attribute}: ${v.value}`,
          ).toBe(true);
    }
    expect(atlas.architectures.find((a) => a.id === 'nebari')?.status).toBe(
      index.nodeById.get('nebari')?.status,
    );
  });

  it('recommends The Littlest JupyterHub for a class of 30 on one VM, and says why', () => {
    const [first] = rankArchitectures(index, { users: '30', infra: 'vm', ops: '1' });
    expect(first?.arch.id).toBe('the-littlest-jupyterhub');
    expect(first?.reasons.map((r) => r.text)).toContain('runs on one machine, which you have');
  });

  it('recommends Zero to JupyterHub for thousands of users on an existing Kubernetes cluster', () => {
    const [first] = rankArchitectures(index, {
      users: '10000',
      infra: 'kubernetes',
      ops: '5',
      storage: 'persistent',
    });
    expect(first?.arch.id).toBe('zero-to-jupyterhub');
  });
});

describe('contributor pathways', () => {
  it('has roles from user to leadership, four levels, nine skill areas and every cell filled', () => {
    const p = atlas.pathways;
    expect(p?.roles.map((r) => r.id).slice(0, 4)).toEqual([
      'user',
      'deployer',
      'contributor',
      'maintainer',
    ]);
    expect(p?.levels.map((l) => l.id)).toEqual(['novice', 'intermediate', 'expert', 'mastery']);
    expect(atlas.skillAreas).toHaveLength(9);
    expect(p?.cells).toHaveLength(36);
  });

  it('names only skills the vocabulary defines, on every node', () => {
    const known = new Set(atlas.skills.map((s) => s.id));
    const unknown = atlas.nodes.flatMap((n) =>
      (n.contribute?.skills ?? []).filter((s) => !known.has(s)).map((s) => `${n.file}: ${s}`),
    );
    expect(unknown).toEqual([]);
  });

  it('is one skills vocabulary: every skill in one area, every area with a skill', () => {
    const areaIds = atlas.skillAreas.map((a) => a.id);
    expect(atlas.skills.filter((s) => !areaIds.includes(s.area))).toEqual([]);
    expect(areaIds.filter((a) => !atlas.skills.some((s) => s.area === a))).toEqual([]);
  });
});
