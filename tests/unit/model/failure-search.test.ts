import { describe, expect, it } from 'vitest';
import { createFailureSearch, messageWords } from '../../../src/model/failure-search';
import type { Atlas } from '../../../src/model/types';

const atlas = {
  traces: {
    failures: {
      recorded: '2026-12-06',
      jupyterhub: '3.0.0',
      'configurable-http-proxy': '4.5.3',
      failures: [
        {
          id: 'start-timeout',
          title: 'The spawner takes longer than start_timeout',
          config: [],
          page: ['Spawn failed: Timeout'],
          status: 200,
          hubLine: "[JupyterHub user:824] {user}'s server failed to start in {time}, giving up.",
        },
        {
          id: 'http-timeout',
          title: 'The server never answers',
          config: [],
          page: [],
          status: 200,
          hubLine:
            "[JupyterHub user:881] {user}'s server never showed up at http://127.0.0.1:{port}/user/{user}/ after {time}. Giving up.",
        },
      ],
    },
  },
  paths: [
    {
      id: 'debug',
      title: 'Debug a failed spawn',
      steps: [
        {
          title: 'All of them',
          focus: ['jupyterhub'],
          edges: [],
          doc: 'd1',
          failures: ['start-timeout', 'http-timeout'],
        },
        {
          title: 'start_timeout',
          focus: ['kubespawner'],
          edges: [],
          doc: 'd2',
          failures: ['start-timeout'],
        },
        {
          title: 'http_timeout',
          focus: ['jupyterhub-singleuser'],
          edges: [],
          doc: 'd3',
          failures: ['http-timeout'],
        },
      ],
    },
  ],
} as unknown as Pick<Atlas, 'paths' | 'traces'>;
const search = createFailureSearch(atlas);

describe('finding a failure by its message', () => {
  it('drops names, ports, numbers and units from the words', () => {
    expect(messageWords("ana's server failed to start in 3 seconds at http://x:1/")).toEqual([
      'server',
      'failed',
      'start',
    ]);
  });

  it('finds the step about that one failure first, with where to look', () => {
    const [first] = search.search("ana's server failed to start in 3 seconds, giving up.");
    expect(first).toMatchObject({ step: 2, stepTitle: 'start_timeout', focus: ['kubespawner'] });
    expect(
      search.search(
        "bob's server never showed up at http://127.0.0.1:4000/user/bob/ after 30 seconds. Giving up.",
      )[0]?.step,
    ).toBe(3);
  });

  it('leaves settings, names and short queries to the other searches', () => {
    expect(search.search('c.Spawner.start_timeout')).toEqual([]);
    expect(search.search('start timeout')).toEqual([]);
    expect(search.search('the server is slow today')).toEqual([]);
  });
});
