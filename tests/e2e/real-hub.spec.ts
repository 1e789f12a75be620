// The composer against a real JupyterHub: Debian 12's jupyterhub package (3.0.0, with
// configurable-http-proxy). The test composes a plain hub in the browser, starts /usr/bin/jupyterhub
// with that file on 127.0.0.1, logs in with Chromium, reaches /user/<name>/, and stops every process
// it started (by the process group of the pid it recorded). The password is made up per run and
// lives only in a temporary folder that is removed afterwards. Without the hub installed, both
// tests fail saying `apt-get install -y jupyterhub`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { hubScript, type RunningHub } from './scripts';

test.describe('a composed config on a real JupyterHub', () => {
  test('composes a plain hub, starts it on 127.0.0.1, logs in with Chromium and reaches the server', async ({
    open,
    context,
    atlas,
  }) => {
    // Starting a hub and a single-user server takes tens of seconds on a small machine.
    test.setTimeout(180_000);
    const { requireHub, hubPorts, startHub } = await hubScript();
    requireHub();
    const { port, hubPort, apiPort } = await hubPorts();
    const password = `atlas-${randomBytes(9).toString('base64url')}`;
    const user = 'ana';

    // 1. Compose it in the atlas, as a person would: choices in the URL, the password typed.
    const params = new URLSearchParams({
      hub: '3',
      auth: 'dummy-authenticator',
      spawner: 'simple-local-process-spawner',
      admin: user,
      root: '1',
      bind: `http://127.0.0.1:${port}`,
      hubBind: `http://127.0.0.1:${hubPort}`,
      proxyApi: `http://127.0.0.1:${apiPort}`,
    });
    const { page, problems } = await open(`/compose?${params}`, { waitForMap: false });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compose a configuration' }),
    ).toBeVisible();
    await page.getByLabel('Shared password (kept out of the address)').fill(password);
    const output = page.getByTestId('compose-text');
    // Compared as booleans, so that a failure never prints the password.
    await expect
      .poll(async () => ((await output.textContent()) ?? '').includes(password), {
        message: 'the typed password reaches the file',
      })
      .toBe(true);
    const config = (await output.textContent()) ?? '';
    expect(page.url().includes(password), 'the password stays out of the URL').toBe(false);
    expect(config).toMatch(/^c\.JupyterHub\.authenticator_class = 'dummy'$/m);
    expect(config).toMatch(/^c\.JupyterHub\.spawner_class = 'simple'$/m);
    expect(config).toMatch(/^c\.SimpleLocalProcessSpawner\.args = \['--allow-root'\]$/m);
    expect(config).toMatch(
      new RegExp(`^c\\.JupyterHub\\.bind_url = 'http://127\\.0\\.0\\.1:${port}'$`, 'm'),
    );
    expect(problems).toEqual([]);
    await page.close();

    // 2. Start the real hub with exactly that file.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-hub-'));
    let hub: RunningHub | undefined;
    try {
      hub = await startHub(dir, config);
      // 3. Log in with Chromium and reach the user's server.
      const login = await context.newPage();
      await login.goto(`http://127.0.0.1:${port}/`);
      await expect(login).toHaveURL(/\/hub\/login/);
      await login.getByLabel('Username:').fill(user);
      await login.getByLabel('Password:').fill(password);
      await login.getByRole('button', { name: 'Sign in' }).click();
      await expect(login).toHaveURL(new RegExp(`/user/${user}/`), { timeout: 60_000 });
      expect(new URL(login.url()).pathname).toMatch(new RegExp(`^/user/${user}/`));
      await login.close();

      // 4. Every line was a setting this hub knows: traitlets names any it does not.
      const known = new Set(atlas.settings.settings.map((s) => s.name));
      const unrecognised = [
        ...hub.log().matchAll(/Config option `(\w+)` not recognized by `(\w+)`/g),
      ];
      expect(
        unrecognised.filter((m) => known.has(m[1]!)).map((m) => `${m[2]}.${m[1]}`),
        'settings the data says exist in 3.0 were not recognised',
      ).toEqual([]);
      expect(unrecognised.map((m) => m[0])).toEqual([]);
    } finally {
      await hub?.stop();
      if (hub) expect(hub.alive(), 'every process the hub started has stopped').toBe(false);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('would notice a setting the hub does not know (the check above can fail)', async () => {
    test.setTimeout(120_000);
    const { requireHub, hubPorts, addressLines, startHub } = await hubScript();
    requireHub();
    const ports = await hubPorts();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-hub-'));
    let hub: RunningHub | undefined;
    try {
      hub = await startHub(
        dir,
        [
          ...addressLines(ports),
          "c.JupyterHub.authenticator_class = 'dummy'",
          // Added in JupyterHub 5: the 3.0 hub must name it.
          'c.Authenticator.allow_all = True',
        ].join('\n'),
      );
      expect(readFileSync(join(dir, 'hub.log'), 'utf8')).toMatch(
        /Config option `allow_all` not recognized by `DummyAuthenticator`/,
      );
    } finally {
      await hub?.stop();
      if (hub) expect(hub.alive(), 'every process the hub started has stopped').toBe(false);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
