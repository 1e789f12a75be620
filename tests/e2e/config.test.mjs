// The configuration reference (/config) and the composer (/compose) in Chromium: by keyboard,
// on a phone, in dark mode, with axe; and the settings never load with the map.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, seriousA11yViolations } from './browser.mjs';

const suite = browserSuite({ before, after });
const PHONE = { width: 390, height: 844 };

/** Presses Tab until the element has focus (or fails after `limit` presses). */
async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${locator} by Tab`);
}

async function noSideways(page, what) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(overflow <= 1, `${what} scrolls sideways by ${overflow}px`);
}

describe('settings', () => {
  it('the map loads no settings until the search is used, then finds c.Spawner.start_timeout', async () => {
    const requests = [];
    const { page, problems } = await suite.open('/', {
      beforeGoto: (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)),
    });
    await page.waitForTimeout(300);
    assert.deepEqual(
      requests.filter((r) => /settings|config-page|compose/.test(r)),
      [],
      'nothing of the settings on the map',
    );
    await page.keyboard.press('Control+k');
    await page.keyboard.type('c.Spawner.start_timeout');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await first.filter({ hasText: 'Spawner.start_timeout' }).waitFor();
    assert.match(await first.textContent(), /setting: c\.Spawner\.start_timeout/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/config\?setting=Spawner\.start_timeout$/);
    const card = page.getByRole('article', { name: 'c.Spawner.start_timeout' });
    await card.waitFor();
    assert.match(await card.textContent(), /Zero to JupyterHub: singleuser\.startTimeout/);
    const source = card.getByRole('link', {
      name: /jupyterhub\/jupyterhub@2841153 jupyterhub\/spawner\.py:\d+/,
    });
    assert.match(
      await source.getAttribute('href'),
      /^https:\/\/github\.com\/jupyterhub\/jupyterhub\/blob\/2841153db6c1c25d8b50955e2f4b39f78f3d0119\/jupyterhub\/spawner\.py#L\d+$/,
    );
    assert.equal(await source.getAttribute('rel'), 'noopener noreferrer');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/config filters by keyboard, holds the filter in the URL, and passes axe in both themes', async () => {
    const { page, problems } = await suite.open('/config?class=KubeSpawner', { waitForMap: false });
    await page.getByRole('heading', { level: 1, name: 'Configuration reference' }).waitFor();
    await page.getByText(/^\d+ settings, \d+ of them inherited\.$/).waitFor();
    const find = page.getByRole('searchbox', { name: 'Find' });
    await tabTo(page, find);
    await page.keyboard.type('profile');
    await page.waitForURL(/text=profile/);
    await page.keyboard.press('ArrowDown');
    const row = page.locator('a.setting-row:focus');
    assert.match(await row.textContent(), /profile/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/setting=KubeSpawner\.\w*profile/);
    await page.getByRole('article').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /config, light');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /config, dark');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/config reads well on a phone', async () => {
    const { page, problems } = await suite.open(
      '/config?setting=KubeSpawner.profile_list&class=KubeSpawner',
      {
        waitForMap: false,
        viewport: PHONE,
      },
    );
    await page.getByRole('article', { name: 'c.KubeSpawner.profile_list' }).waitFor();
    await noSideways(page, '/config on a phone');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /config, phone');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the composer', () => {
  it('changes by keyboard, keeps the choice in the URL, links lines to cards, passes axe', async () => {
    const { page, problems } = await suite.open('/compose', { waitForMap: false });
    await page.getByRole('heading', { level: 1, name: 'Compose a configuration' }).waitFor();
    const auth = page.getByRole('combobox', { name: 'Authenticator' });
    await tabTo(page, auth);
    await auth.selectOption('github-oauthenticator');
    await page.waitForURL(/auth=github-oauthenticator/);
    const mem = page.getByRole('textbox', { name: 'Memory limit per server' });
    await tabTo(page, mem);
    await page.keyboard.type('2G');
    await page.waitForURL(/mem=2G/);
    const output = page.getByTestId('compose-text');
    await output.getByText("c.LocalProcessSpawner.mem_limit = '2G'").waitFor();
    assert.match(
      await page.getByRole('list', { name: 'Warnings and notes' }).textContent(),
      /does not enforce memory or CPU limits/,
    );
    const line = output.getByRole('link', {
      name: "c.GitHubOAuthenticator.client_id = 'PUT-CLIENT-ID-HERE'",
    });
    assert.equal(await line.getAttribute('href'), '/config?setting=OAuthenticator.client_id');
    // Reload: the same composition comes back from the URL.
    await page.reload();
    await output.getByText("c.JupyterHub.authenticator_class = 'github'").waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /compose, light');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /compose, dark');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a broken composer link shows what was corrected and a working composition', async () => {
    const { page, problems } = await suite.open(
      '/compose?auth=githb-oauthenticator&mem=%3Cscript%3E&form=helm&zzz=1',
      {
        waitForMap: false,
        viewport: PHONE,
      },
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /did you mean github-oauthenticator\?/);
    assert.match(text, /“<script>” is not a size such as 2G/);
    assert.match(text, /“helm” is not a value of form/);
    assert.match(text, /The parameter “zzz” is not one the composer knows/);
    await page
      .getByTestId('compose-text')
      .getByText("c.JupyterHub.authenticator_class = 'pam'")
      .waitFor();
    await noSideways(page, '/compose on a phone');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /compose, phone');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
