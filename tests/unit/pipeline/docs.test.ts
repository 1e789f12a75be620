import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { renderToStaticMarkup } from 'react-dom/server';
import * as jsxRuntime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import type { DocModuleFactory } from '../../../src/model/docs';
import { compileDoc } from '../../../src/pipeline/docs';
import { VALID } from '../../helpers/fixtures';

describe('compileDoc', () => {
  it('emits an ES module that renders the MDX without evaluating source text', async () => {
    const { doc, problems } = await compileDoc(
      VALID,
      join(VALID, 'docs'),
      join(VALID, 'docs/nodes/hub.mdx'),
      new Set(['hub', 'proxy']),
    );
    expect(problems).toEqual([]);
    expect(doc?.info).toEqual({
      id: 'nodes/hub',
      title: 'The test hub',
      sources: [
        'https://github.com/example/atlas-fixtures/blob/0123456789abcdef0123456789abcdef01234567/docs/hub/doc',
      ],
      file: 'docs/nodes/hub.mdx',
    });
    expect(doc?.module).toMatch(
      /^export default function mdxModule\(React, ReactDOM, _jsx_runtime\)/,
    );
    expect(doc?.module).not.toMatch(/\beval\(|new Function/);

    const dir = await mkdtemp(join(tmpdir(), 'atlas-doc-'));
    try {
      const file = join(dir, 'hub.mjs');
      await writeFile(file, doc?.module ?? '');
      const mod = (await import(pathToFileURL(file).href)) as { default: DocModuleFactory };
      const exports = mod.default(React, ReactDOM, jsxRuntime);
      const Content = exports.default as React.ComponentType<{
        components: Record<string, unknown>;
      }>;
      const NodeLink = ({ id, children }: { id: string; children: React.ReactNode }) =>
        React.createElement('a', { href: `?node=${id}` }, children);
      const html = renderToStaticMarkup(React.createElement(Content, { components: { NodeLink } }));
      expect(html).toBe(
        '<p>The hub <strong>starts</strong> the <a href="?node=proxy">proxy</a>.</p>',
      );
      expect(exports.frontmatter).toEqual({
        title: 'The test hub',
        sources: [
          'https://github.com/example/atlas-fixtures/blob/0123456789abcdef0123456789abcdef01234567/docs/hub/doc',
        ],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('buildAtlas with a relative root', () => {
  it('compiles the docs all the same', async () => {
    const { relative } = await import('node:path');
    const { buildAtlas } = await import('../../../src/pipeline/build');
    const { problems, atlas } = await buildAtlas({
      root: relative(process.cwd(), VALID),
      layout: false,
    });
    expect(problems).toEqual([]);
    expect(atlas.docs.map((d) => d.id).sort()).toEqual([
      'nodes/hub',
      'paths/tour/01-start',
      'paths/tour/02-spawner',
    ]);
  });
});
