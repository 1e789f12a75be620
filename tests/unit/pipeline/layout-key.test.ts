import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutKey, layoutTooling } from '../../../src/pipeline/layout';

const elkjs = JSON.parse(readFileSync('node_modules/elkjs/package.json', 'utf8')) as {
  version: string;
};
const input = {
  nodes: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ] as never,
  relations: [{ id: 'r', from: 'a', to: 'b' }] as never,
};

describe('the layout cache key', () => {
  it('holds the elkjs version and the options of both the flat and the grouped layout', () => {
    const tooling = layoutTooling() as {
      elkjs: string;
      options: Record<string, Record<string, string>>;
    };
    expect(tooling.elkjs).toContain(elkjs.version);
    expect(Object.keys(tooling.options).sort()).toEqual(['flat', 'group', 'groupsRoot']);
    expect(tooling.options.group?.['elk.algorithm']).toBeDefined();
  });

  it('is the same for the same input and changes with the graph', () => {
    expect(layoutKey(input)).toBe(layoutKey(input));
    expect(layoutKey({ ...input, relations: [] })).not.toBe(layoutKey(input));
  });
});
