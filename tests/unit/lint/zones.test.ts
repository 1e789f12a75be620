/**
 * The lint zones fire: each case lints a small file placed where it would live and expects the
 * rule that must stop it. A new feature folder is created on disk for one case, to prove that
 * feature boundaries do not depend on a list someone has to keep.
 */
import { ESLint } from 'eslint';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

const PROBE = 'src/features/zz-lint-probe';
// Made before ESLint first reads its config (the config module is loaded once per process).
mkdirSync(PROBE, { recursive: true });
const eslint = new ESLint();

async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

afterAll(() => rmSync(PROBE, { recursive: true, force: true }));

describe('lint zones', () => {
  it('model code may not reach elkjs (the model rule adds to the general ban)', async () => {
    const messages = await rulesFor(
      'src/model/probe.ts',
      "import ELK from 'elkjs';\nexport const e = ELK;\n",
    );
    expect(messages).toContain(
      "no-restricted-imports: 'elkjs' import is restricted from being used. elkjs is reached only through src/pipeline/layout.ts (and the compact worker).",
    );
  });

  it('model code may not import React', async () => {
    const messages = await rulesFor(
      'src/model/probe.ts',
      "import { useState } from 'react';\nexport const u = useState;\n",
    );
    expect(messages.join('\n')).toMatch(/src\/model has no React/);
  });

  it('a feature created today may not import another feature', async () => {
    const file = `${PROBE}/probe.tsx`;
    const code = "import { SearchBox } from '../search/search-box';\nexport const s = SearchBox;\n";
    writeFileSync(file, code);
    expect((await rulesFor(file, code)).join('\n')).toMatch(/Features never import each other/);
  });

  it('an existing feature may not import another either, and may import its own files', async () => {
    const other = await rulesFor(
      'src/features/map/probe.tsx',
      "import { DetailPanel } from '../details/detail-panel';\nexport const d = DetailPanel;\n",
    );
    expect(other.join('\n')).toMatch(/Features never import each other/);
    const own = await rulesFor(
      'src/features/map/probe.tsx',
      "import { Legend } from './legend';\nexport const l = Legend;\n",
    );
    expect(own.join('\n')).not.toMatch(/Features never import each other/);
  });

  it('browser code never imports the pipeline', async () => {
    const messages = await rulesFor(
      'src/app/probe.tsx',
      "import { buildAtlas } from '../pipeline/build';\nexport const b = buildAtlas;\n",
    );
    expect(messages.join('\n')).toMatch(/Browser code never imports the build pipeline/);
  });
});
