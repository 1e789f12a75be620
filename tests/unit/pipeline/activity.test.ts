import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/pipeline/build';
import { formatProblem } from '../../../src/pipeline/problems';
import { VALID } from '../../helpers/fixtures';

async function withActivity(edit: (text: string) => string) {
  const root = await mkdtemp(join(tmpdir(), 'atlas-activity-'));
  await cp(VALID, root, { recursive: true });
  const file = join(root, 'graph-data/activity/repositories.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return buildAtlas({ root, layout: false, cacheDir: join(root, '.cache') });
}

describe('graph-data/activity/ in the build', () => {
  it("gives each node its repository's dates", async () => {
    const { atlas, problems, warnings } = await withActivity((t) => t);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    const hub = atlas.nodes.find((n) => n.id === 'hub');
    expect(hub?.activity?.release?.version).toBe('5.1.0');
    expect(hub?.activity?.lastCommit?.date).toBe('2026-08-01');
    expect(hub?.activity?.asOf).toBe('2026-08-20');
  });

  it('warns, without failing the build, where an active status disagrees with the dates', async () => {
    const { problems, warnings } = await withActivity((t) =>
      t.replace('date: 2026-07-01', 'date: 2024-12-01'),
    );
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'graph-data/nodes/hub/hub.yaml:5:1 /status: status is active, but its last release, 5.1.0, is from 2024-12-01, more than 18 months before 2026-08-20. Fix: set status: maintenance (the rules are in docs/adding-a-node.md, "Dates and statuses")',
    ]);
  });
});
