import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../../src/pipeline/mdx-scan';

const doc = (body: string) => `---\ntitle: T\nsources:\n  - https://example.org/\n---\n\n${body}\n`;

describe('the MDX checks read the parsed tree', () => {
  it.each([
    'Onboarding = easy.',
    'Set `onload=` in the config, or write online=true in prose.',
    'A [link](https://jupyter.org/) and **bold** text.',
    'Text that mentions javascript: as a word.',
  ])('prose is not code: %s', (body) => {
    expect(scanMdx(doc(body))).toEqual({ imports: [], nodeLinks: [], unsafe: [] });
  });

  it('finds node links whatever their quotes', () => {
    const scan = scanMdx(
      doc(`See <NodeLink id='proxy'>it</NodeLink> and <NodeLink id="hub">hub</NodeLink>.`),
    );
    expect(scan.nodeLinks.map((l) => l.id)).toEqual(['proxy', 'hub']);
    expect(scan.unsafe).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['A <span onClick={x}>span</span>.', 'onClick='],
    ['[bad](javascript:alert(1))', 'javascript:'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['Inline {fetch("/")} code.', '{fetch("/")}'],
    ['export const x = 1', 'export'],
  ])('flags code in %s', (body, what) => {
    expect(scanMdx(doc(body)).unsafe.map((u) => u.what)).toContain(what);
  });

  it('lists imports with their place', () => {
    expect(scanMdx(doc("import Other from './other.mdx'")).imports).toEqual([
      { target: './other.mdx', line: 7, column: 1 },
    ]);
  });
});
