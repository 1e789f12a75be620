import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const VALID = join(FIXTURES, 'valid');
export const BROKEN = join(FIXTURES, 'broken');

export async function brokenCases(): Promise<string[]> {
  return (await readdir(BROKEN, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * A broken case is the valid fixture with the case's files/ laid over it and the paths in its
 * remove.txt deleted; this writes that atlas root to a temporary folder and returns its path.
 */
export async function materialize(caseName: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `atlas-${caseName}-`));
  await cp(VALID, root, { recursive: true });
  const dir = join(BROKEN, caseName);
  if (existsSync(join(dir, 'files'))) await cp(join(dir, 'files'), root, { recursive: true });
  if (existsSync(join(dir, 'remove.txt'))) {
    const paths = (await readFile(join(dir, 'remove.txt'), 'utf8')).split('\n').filter(Boolean);
    for (const path of paths) await rm(join(root, path));
  }
  return root;
}

export async function expectedOutput(caseName: string): Promise<string[]> {
  const text = await readFile(join(BROKEN, caseName, 'expected.txt'), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '');
}
