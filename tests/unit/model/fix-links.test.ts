import { describe, expect, it } from 'vitest';
import { editUrl, parseRepository, reportUrl } from '../../../src/model/fix-links';

const repo = { url: 'https://github.com/example/jupyter-atlas', branch: 'main' };

describe('fix links', () => {
  it('opens GitHub’s editor on the file', () => {
    expect(editUrl(repo, 'graph-data/nodes/spawner/kubespawner.yaml')).toBe(
      'https://github.com/example/jupyter-atlas/edit/main/graph-data/nodes/spawner/kubespawner.yaml',
    );
  });

  it('prefills an issue naming the fact, its file, the page and its sources', () => {
    const url = new URL(
      reportUrl(repo, {
        title: 'KubeSpawner (kubespawner)',
        file: 'graph-data/nodes/spawner/kubespawner.yaml',
        sources: ['https://github.com/jupyterhub/kubespawner/blob/abc/pyproject.toml'],
        page: 'https://atlas.example/?node=kubespawner',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/example/jupyter-atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Wrong fact: KubeSpawner (kubespawner)');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain(
      '**Where**: `graph-data/nodes/spawner/kubespawner.yaml` — seen at https://atlas.example/?node=kubespawner',
    );
    expect(body).toContain('- https://github.com/jupyterhub/kubespawner/blob/abc/pyproject.toml');
  });

  it.each([
    ['https://github.com/example/jupyter-atlas', 'https://github.com/example/jupyter-atlas'],
    ['https://github.com/example/jupyter-atlas.git\n', 'https://github.com/example/jupyter-atlas'],
    ['git@github.com:example/jupyter-atlas.git', 'https://github.com/example/jupyter-atlas'],
    [
      'git+https://github.com/example/jupyter-atlas.git',
      'https://github.com/example/jupyter-atlas',
    ],
    ['https://gitlab.com/example/jupyter-atlas', undefined],
    ['', undefined],
  ])('reads %j as %s', (value, expected) => {
    expect(parseRepository(value)?.url).toBe(expected);
  });
});
