// npm run render's PNG: the SVG rasterised by Debian's Chromium, the same bytes every time.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

const run = promisify(execFile);

test.describe('npm run render to PNG', () => {
  test('draws the same PNG twice, at the SVG’s size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-png-'));
    try {
      const out = (name: string) => join(dir, name);
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
      expect([...a.subarray(1, 4)], 'a PNG signature').toEqual([0x50, 0x4e, 0x47]);
      expect(a.readUInt32BE(16), 'as wide as asked').toBe(1600);
      expect(a.equals(readFileSync(out('b.png'))), 'byte for byte the same').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
