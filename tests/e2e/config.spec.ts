// The configuration reference (/config) and the composer (/compose) in Chromium: by keyboard,
// on a phone, in dark mode, with axe; and the settings never load with the map.
import type { Page } from '@playwright/test';
import { expect, tabTo, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

async function noSideways(page: Page, what: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
}

test.describe('settings', () => {
  test('the map loads no settings until the search is used, then finds c.Spawner.start_timeout', async ({
    open,
  }) => {
    const requests: string[] = [];
    const { page, problems } = await open('/', {
      beforeGoto: (p) => {
        p.on('request', (r) => requests.push(new URL(r.url()).pathname));
      },
    });
    // Absence is the point: once the page has stopped fetching, nothing of the settings came.
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((r) => /settings|config-page|compose/.test(r)),
      'nothing of the settings on the map',
    ).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('c.Spawner.start_timeout');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(first).toContainText('Spawner.start_timeout');
    await expect(first).toContainText('setting: c.Spawner.start_timeout');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/config\?setting=Spawner\.start_timeout$/);
    const card = page.getByRole('article', { name: 'c.Spawner.start_timeout' });
    await expect(card).toContainText('Zero to JupyterHub: singleuser.startTimeout');
    const source = card.getByRole('link', {
      name: /jupyterhub\/jupyterhub@2841153 jupyterhub\/spawner\.py:\d+/,
    });
    await expect(source).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/jupyterhub\/jupyterhub\/blob\/2841153db6c1c25d8b50955e2f4b39f78f3d0119\/jupyterhub\/spawner\.py#L\d+$/,
    );
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(problems).toEqual([]);
  });

  test('/config filters by keyboard, holds the filter in the URL, and passes axe in both themes', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/config?class=KubeSpawner', { waitForMap: false });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Configuration reference' }),
    ).toBeVisible();
    await expect(page.getByText(/^\d+ settings, \d+ of them inherited\.$/)).toBeVisible();
    await tabTo(page, page.getByRole('searchbox', { name: 'Find' }), 80);
    await page.keyboard.type('profile');
    await expect(page).toHaveURL(/text=profile/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('a.setting-row:focus')).toContainText('profile');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/setting=KubeSpawner\.\w*profile/);
    await expect(page.getByRole('article')).toBeVisible();
    expect(await axe(page), 'axe on /config, light').toEqual([]);
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axe(page), 'axe on /config, dark').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('/config reads well on a phone', async ({ open, axe }) => {
    const { page, problems } = await open(
      '/config?setting=KubeSpawner.profile_list&class=KubeSpawner',
      { waitForMap: false, viewport: PHONE },
    );
    await expect(page.getByRole('article', { name: 'c.KubeSpawner.profile_list' })).toBeVisible();
    await noSideways(page, '/config on a phone');
    expect(await axe(page), 'axe on /config, phone').toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('the composer', () => {
  test('changes by keyboard, keeps the choice in the URL, links lines to cards, passes axe', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/compose', { waitForMap: false });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compose a configuration' }),
    ).toBeVisible();
    const auth = page.getByRole('combobox', { name: 'Authenticator' });
    await tabTo(page, auth, 80);
    await auth.selectOption('github-oauthenticator');
    await expect(page).toHaveURL(/auth=github-oauthenticator/);
    await tabTo(page, page.getByRole('textbox', { name: 'Memory limit per server' }), 80);
    await page.keyboard.type('2G');
    await expect(page).toHaveURL(/mem=2G/);
    const output = page.getByTestId('compose-text');
    await expect(output.getByText("c.LocalProcessSpawner.mem_limit = '2G'")).toBeVisible();
    await expect(page.getByRole('list', { name: 'Warnings and notes' })).toContainText(
      'does not enforce memory or CPU limits',
    );
    await expect(
      output.getByRole('link', { name: "c.GitHubOAuthenticator.client_id = 'PUT-CLIENT-ID-HERE'" }),
    ).toHaveAttribute('href', '/config?setting=OAuthenticator.client_id');
    // Reload: the same composition comes back from the URL.
    await page.reload();
    await expect(output.getByText("c.JupyterHub.authenticator_class = 'github'")).toBeVisible();
    expect(await axe(page), 'axe on /compose, light').toEqual([]);
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axe(page), 'axe on /compose, dark').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a broken composer link shows what was corrected and a working composition', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open(
      '/compose?auth=githb-oauthenticator&mem=%3Cscript%3E&form=helm&zzz=1',
      { waitForMap: false, viewport: PHONE },
    );
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('did you mean github-oauthenticator?');
    await expect(alert).toContainText('“<script>” is not a size such as 2G');
    await expect(alert).toContainText('“helm” is not a value of form');
    await expect(alert).toContainText('The parameter “zzz” is not one the composer knows');
    await expect(
      page.getByTestId('compose-text').getByText("c.JupyterHub.authenticator_class = 'pam'"),
    ).toBeVisible();
    await noSideways(page, '/compose on a phone');
    expect(await axe(page), 'axe on /compose, phone').toEqual([]);
    expect(problems).toEqual([]);
  });
});
