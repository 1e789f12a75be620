/**
 * Recall over the real data: what people type (names, class paths, config keys written with
 * dots, underscores and dashes, everyday words) and the component they expect among the first.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSearch, queryTerms } from '../../src/model/search';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { atlas } = await buildAtlas({ root: ROOT, layout: false });
const search = createSearch(atlas);

/** [query, expected node, within the first n results] */
const QUERIES: [string, string, number][] = [
  ['idle-culler', 'jupyterhub-idle-culler', 1],
  ['idle culler', 'jupyterhub-idle-culler', 1],
  ['GitHub login', 'github-oauthenticator', 1],
  ['google login', 'google-oauthenticator', 1],
  ['LDAP login', 'ldap-authenticator', 1],
  ['spawner_class', 'local-process-spawner', 3],
  ['authenticator_class', 'pam-authenticator', 3],
  // Every spawner is a value of this setting; the default one comes first.
  ['c.JupyterHub.spawner_class', 'local-process-spawner', 1],
  ['kubespawner.KubeSpawner', 'kubespawner', 1],
  ['batchspawner.SlurmSpawner', 'slurm-spawner', 1],
  ['localprocess', 'local-process-spawner', 1],
  ['docker', 'dockerspawner', 1],
  ['zero to jupyterhub', 'zero-to-jupyterhub', 1],
  ['z2jh', 'zero-to-jupyterhub', 1],
  ['tljh', 'the-littlest-jupyterhub', 2],
  ['the littlest jupyterhub', 'the-littlest-jupyterhub', 1],
  ['binder', 'binderhub', 1],
  ['slurm', 'slurm', 1],
  ['oauth', 'oauthenticator', 3],
  ['jupyterlab', 'jupyterlab', 1],
  ['configurable-http-proxy', 'configurable-http-proxy', 1],
  ['CHP', 'configurable-http-proxy', 1],
  ['repo2docker', 'repo2docker', 1],
  ['nbgitpuller', 'nbgitpuller', 1],
  ['dask', 'dask-gateway', 2],
  ['kubernetes', 'kubernetes', 1],
  ['postgres', 'postgresql', 1],
  ['sqlite', 'sqlite', 1],
  ['native authenticator', 'native-authenticator', 1],
  ['first use', 'first-use-authenticator', 1],
  ['shared password', 'shared-password-authenticator', 1],
  ['systemd', 'systemdspawner', 2],
  ['wrapspawner', 'wrapspawner', 1],
  ['profiles', 'profiles-spawner', 1],
  ['jupyter server', 'jupyter-server', 1],
  ['jupyterhub-singleuser', 'jupyterhub-singleuser', 1],
  ['rest api', 'rest-api', 1],
  ['keycloak', 'keycloak', 1],
  ['redis proxy', 'traefik-redis-proxy', 1],
  ['kube spawner', 'kubespawner', 1],
];

describe('search recall', () => {
  it('splits what people write with dots, underscores and dashes, and maps everyday words', () => {
    expect(queryTerms('idle-culler')).toEqual(['idle', 'culler']);
    expect(queryTerms('c.JupyterHub.spawner_class')).toEqual([
      'c',
      'jupyterhub',
      'spawner',
      'class',
    ]);
    expect(queryTerms('GitHub login')).toEqual(['github', 'authenticator']);
  });

  it.each(QUERIES)('“%s” finds %s within the first %i', (query, expected, n) => {
    expect(
      search
        .search(query)
        .slice(0, n)
        .map((h) => h.node.id),
    ).toContain(expected);
  });
});
