import { describe, expect, it } from 'vitest';
import { textOn } from '../../../src/model/color';
import { nearest } from '../../../src/model/suggest';

const IDS = [
  'kubespawner',
  'dockerspawner',
  'batchspawner',
  'jupyterhub',
  'jupyterhub-singleuser',
  'configurable-http-proxy',
];

describe('nearest', () => {
  it.each([
    ['kubespawnr', ['kubespawner']],
    ['KubeSpawner', ['kubespawner']],
    ['jupyterhb', ['jupyterhub']],
    ['proxy', ['configurable-http-proxy']],
    ['zzzzzz', []],
    ['', []],
  ])('%s → %j', (input, expected) => {
    expect(nearest(input, IDS, 1)).toEqual(expected);
  });

  it('orders several matches nearest first, shorter containing names before longer, and respects the limit', () => {
    expect(nearest('jupyterhub-singleusr', IDS, 3)).toEqual([
      'jupyterhub-singleuser',
      'jupyterhub',
    ]);
    expect(nearest('spawner', IDS, 2)).toEqual(['kubespawner', 'batchspawner']);
    expect(nearest('spawner', IDS, 5)).toEqual(['kubespawner', 'batchspawner', 'dockerspawner']);
    expect(nearest('jupyter', IDS, 2)).toEqual(['jupyterhub', 'jupyterhub-singleuser']);
  });
});

describe('textOn', () => {
  it.each([
    ['#d97706', '#111111'],
    ['#ca8a04', '#111111'],
    ['#2563eb', '#ffffff'],
    ['#52525b', '#ffffff'],
    ['#ffffff', '#111111'],
    ['#000000', '#ffffff'],
  ])('%s → %s', (bg, fg) => {
    expect(textOn(bg)).toBe(fg);
  });
});
