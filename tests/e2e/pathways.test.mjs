import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, seriousA11yViolations } from './browser.mjs';

const suite = browserSuite({ before, after });
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });

describe('contributor pathways', () => {
  it('Kubernetes + novice lists Zero to JupyterHub with its first-issue link', async () => {
    const { page, problems } = await open('/pathways');
    await page.getByRole('heading', { level: 1, name: 'Contributor pathways' }).waitFor();
    await page.getByRole('checkbox', { name: 'Kubernetes and Helm' }).check();
    await page.waitForURL(/skills=kubernetes/);
    const list = page.getByRole('list', { name: 'Projects to help' });
    const z2jh = list.locator(':scope > li', {
      has: page.getByRole('link', { name: 'Zero to JupyterHub with Kubernetes', exact: true }),
    });
    assert.equal(await z2jh.count(), 1);
    const first = z2jh.getByRole('link', { name: /^Good first issues/ });
    assert.match(
      await first.getAttribute('href'),
      /^https:\/\/github\.com\/jupyterhub\/zero-to-jupyterhub-k8s\/issues\?q=.*good\+first\+issue/,
    );
    assert.equal(await first.getAttribute('rel'), 'noopener noreferrer');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on pathways');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the skills map works by keyboard and reads as a table', async () => {
    const { page, problems } = await open('/pathways');
    const table = page.getByRole('table', { name: 'Skill areas by level' });
    await table.waitFor();
    assert.equal(await table.getByRole('row').count(), 9);
    const cell = table.getByRole('button', { name: /^Kubernetes and Helm, Novice:/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/cell=kubernetes%3Anovice|cell=kubernetes:novice/);
    const region = page.getByRole('region', { name: 'Selected cell' });
    assert.match(await region.textContent(), /Can:.*Learns next:/s);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the guided path “From user to contributor” links here', async () => {
    const { page, problems } = await open('/paths/from-user-to-contributor/4');
    await page.locator('.path-step .doc').waitFor();
    await page.getByRole('link', { name: 'where can I help?' }).click();
    await page.waitForURL(/\/pathways$/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
