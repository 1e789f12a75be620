import { describe, expect, it } from 'vitest';
import { isPinned } from '../../../src/model/pinning';

const SHA = '2841153db6c1c25d8b50955e2f4b39f78f3d0119';

describe('isPinned', () => {
  it.each([
    `https://github.com/jupyterhub/jupyterhub/blob/${SHA}/pyproject.toml`,
    `https://github.com/jupyterhub/jupyterhub/blob/${SHA}/jupyterhub/app.py#L120-L140`,
    `https://github.com/jupyterhub/jupyterhub/tree/${SHA}`,
    `https://github.com/jupyterhub/jupyterhub/commits/${SHA}/docs`,
    'https://github.com/jupyterhub/jupyterhub/blob/5.5.1/docs/source/howto/rest.md',
    'https://github.com/rcthomas/jupyterhub-announcement/tree/0.9.3',
    'https://github.com/jupyterhub/jupyterhub/releases/tag/5.5.1',
    'https://github.com/jupyterhub/jupyterhub/commit/2841153',
    'https://github.com/jupyterhub/jupyterhub/issues/2518',
    'https://github.com/jupyterhub/binderhub/pull/1706#issuecomment-1',
    'https://discourse.jupyter.org/t/some-thread/12345',
    'https://jupyterhub.readthedocs.io/en/5.2.1/reference/api/app.html',
    'https://pypi.org/project/jupyterhub/5.5.1/',
    'https://www.rfc-editor.org/rfc/rfc6749',
    'https://datatracker.ietf.org/doc/html/rfc7636',
    'https://openid.net/specs/openid-connect-core-1_0.html',
  ])('%s is pinned', (url) => {
    expect(isPinned(url)).toBe(true);
  });

  it.each([
    'https://jupyterhub.readthedocs.io/en/stable/howto/rest.html',
    'https://oauthenticator.readthedocs.io/en/latest/',
    'https://github.com/jupyterhub/jupyterhub/blob/main/pyproject.toml',
    'https://github.com/redis/redis/blob/unstable/LICENSE.txt',
    'https://github.com/jupyter/nbviewer/tags',
    'https://github.com/jupyterhub/jupyterhub',
    'https://pypi.org/project/jupyterhub/',
    'https://kubernetes.io/docs/home/',
  ])('%s is not pinned', (url) => {
    expect(isPinned(url)).toBe(false);
  });
});
