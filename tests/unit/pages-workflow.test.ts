import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const FILE = fileURLToPath(new URL('../../.github/workflows/pages.yml', import.meta.url));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(FILE, 'utf8')) as {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};

describe('the GitHub Pages workflow', () => {
  const build = workflow.jobs.build?.steps ?? [];
  const step = (name: string) => build.find((s) => s.name === name);
  const order = (name: string) => build.findIndex((s) => s.name === name);

  it('validates and tests before it builds, builds under the sub-path, then deploys', () => {
    expect(step('Validate the data')?.run).toBe('npm run validate');
    expect(step('Test')?.run).toBe('npm test');
    const built = step('Build under the Pages sub-path');
    expect(built?.run).toBe('npm run build');
    expect(built?.env?.ATLAS_BASE).toBe('/${{ github.event.repository.name }}/');
    expect(built?.env?.ATLAS_REPOSITORY).toBe('${{ github.server_url }}/${{ github.repository }}');
    expect(order('Validate the data')).toBeLessThan(order('Build under the Pages sub-path'));
    expect(order('Test')).toBeLessThan(order('Build under the Pages sub-path'));
    expect(step('Serve deep links (SPA fallback)')?.run).toBe('cp dist/index.html dist/404.html');
    expect(workflow.jobs.deploy?.needs).toBe('build');
    expect(workflow.jobs.deploy?.steps[0]?.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('installs from the lock file and uses Node 20, as the README does', () => {
    expect(step('Install')?.run).toBe('npm ci');
    expect(build.find((s) => s.uses?.startsWith('actions/setup-node'))).toMatchObject({
      with: { 'node-version': 20 },
    });
  });
});
