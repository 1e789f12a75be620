import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/pipeline/build';
import { formatProblem } from '../../../src/pipeline/problems';
import { VALID } from '../../helpers/fixtures';

const temporary: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the valid fixture that a test may change. */
async function validCopy(): Promise<string> {
  const root = await tempDir('atlas-cache-root-');
  await cp(VALID, root, { recursive: true });
  return root;
}

describe('the doc cache', () => {
  it('compiles each doc once; a second build reads them all from the cache, unchanged', async () => {
    const cacheDir = await tempDir('atlas-cache-');
    const first = await buildAtlas({ root: VALID, cacheDir, layout: false });
    expect(first.problems).toEqual([]);
    expect(first.stats).toMatchObject({ docsCompiled: 3, docsCached: 0 });

    const second = await buildAtlas({ root: VALID, cacheDir, layout: false });
    expect(second.stats).toMatchObject({ docsCompiled: 0, docsCached: 3 });
    expect([...second.docModules]).toEqual([...first.docModules]);
    expect(second.atlas).toEqual(first.atlas);
  });

  it('compiles again only the doc that changed', async () => {
    const root = await validCopy();
    const cacheDir = await tempDir('atlas-cache-');
    await buildAtlas({ root, cacheDir, layout: false });
    const file = join(root, 'docs/nodes/hub.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('starts', 'launches'));

    const { problems, stats, docModules } = await buildAtlas({ root, cacheDir, layout: false });
    expect(problems).toEqual([]);
    expect(stats).toMatchObject({ docsCompiled: 1, docsCached: 2 });
    expect(docModules.get('nodes/hub')).toContain('launches');
  });

  it('reports a doc’s problems again when its compiled form comes from the cache', async () => {
    const root = await validCopy();
    const cacheDir = await tempDir('atlas-cache-');
    const file = join(root, 'docs/nodes/hub.mdx');
    // Compiles, but the frontmatter has no sources: found after compiling, so on a cache hit too.
    const source = await readFile(file, 'utf8');
    await writeFile(
      file,
      source.replace(
        'sources:\n  - https://github.com/example/atlas-fixtures/blob/0123456789abcdef0123456789abcdef01234567/docs/hub/doc\n',
        '',
      ),
    );

    const first = await buildAtlas({ root, cacheDir, layout: false });
    const second = await buildAtlas({ root, cacheDir, layout: false });
    expect(first.problems.map(formatProblem)).toEqual([
      'docs/nodes/hub.mdx:1:1 /sources: the frontmatter lists no sources. Fix: list the https URLs the facts were checked against under "sources:" in the frontmatter',
    ]);
    expect(second.problems).toEqual(first.problems);
    expect(second.stats).toMatchObject({ docsCompiled: 0, docsCached: 3 });
  });

  it('does not cache MDX that fails to compile, and reports it on every build', async () => {
    const root = await validCopy();
    const cacheDir = await tempDir('atlas-cache-');
    await writeFile(join(root, 'docs/nodes/hub.mdx'), '---\ntitle: x\n---\n\n<div>\n');

    const first = await buildAtlas({ root, cacheDir, layout: false });
    const second = await buildAtlas({ root, cacheDir, layout: false });
    expect(first.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^docs\/nodes\/hub\.mdx:\d+:\d+: MDX does not compile: /),
    ]);
    expect(second.problems).toEqual(first.problems);
    expect(second.stats).toMatchObject({ docsCompiled: 1, docsCached: 2 });
  });
});

describe('the YAML cache', () => {
  let cacheDir = '';
  beforeAll(async () => {
    // Warmed with the valid fixture: in every broken case, the files it did not change are hits.
    cacheDir = await tempDir('atlas-cache-shared-');
    await buildAtlas({ root: VALID, cacheDir, layout: false });
  });

  it('remembers the files that passed', async () => {
    const entries = await readdir(cacheDir);
    expect(entries.filter((e) => e.startsWith('yaml-')).length).toBeGreaterThan(5);
  });
});
