// npm run render's PNG: the SVG rasterised by Debian's Chromium, the same bytes every time.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('npm run render to PNG', () => {
  it('draws the same PNG twice, at the SVG’s size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-png-'));
    try {
      const out = (name) => join(dir, name);
      for (const name of ['a.png', 'b.png'])
        await run(process.execPath, [
          '--import',
          'tsx',
          'scripts/render.ts',
          '--view',
          'core',
          '--width',
          '1600',
          '--out',
          out(name),
        ]);
      const a = readFileSync(out('a.png'));
      assert.deepEqual([...a.subarray(1, 4)], [0x50, 0x4e, 0x47]);
      assert.equal(a.readUInt32BE(16), 1600, 'as wide as asked');
      assert.ok(a.equals(readFileSync(out('b.png'))), 'byte for byte the same');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
