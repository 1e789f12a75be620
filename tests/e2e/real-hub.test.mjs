// The composer against a real JupyterHub: Debian 12's jupyterhub package (3.0.0, with
// configurable-http-proxy). The test composes a plain hub in the browser, starts /usr/bin/jupyterhub
// with that file on 127.0.0.1, logs in with Chromium, reaches /user/<name>/, and stops every process
// it started (by the process group of the pid it recorded). The password is made up per run and
// lives only in a temporary folder that is removed afterwards.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addressLines, hubPorts, requireHub, startHub } from '../../scripts/lib/hub.mjs';
import { browserSuite, loadAtlas } from './browser.mjs';

const suite = browserSuite({ before, after });

describe('a composed config on a real JupyterHub', () => {
  it('composes a plain hub, starts it on 127.0.0.1, logs in with Chromium and reaches the server', async () => {
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
    const { page, problems } = await suite.open(`/compose?${params}`, { waitForMap: false });
    await page.getByRole('heading', { level: 1, name: 'Compose a configuration' }).waitFor();
    await page.getByLabel('Shared password (kept out of the address)').fill(password);
    const output = page.getByTestId('compose-text');
    await page.waitForFunction(
      (pw) => document.querySelector('[data-testid="compose-text"]')?.textContent?.includes(pw),
      password,
    );
    const config = await output.textContent();
    assert.ok(!page.url().includes(password), 'the password stays out of the URL');
    assert.match(config, /^c\.JupyterHub\.authenticator_class = 'dummy'$/m);
    assert.match(config, /^c\.JupyterHub\.spawner_class = 'simple'$/m);
    assert.match(config, /^c\.SimpleLocalProcessSpawner\.args = \['--allow-root'\]$/m);
    assert.match(
      config,
      new RegExp(`^c\\.JupyterHub\\.bind_url = 'http://127\\.0\\.0\\.1:${port}'$`, 'm'),
    );
    assert.deepEqual(problems, []);
    await page.close();

    // 2. Start the real hub with exactly that file.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-hub-'));
    let hub;
    try {
      hub = await startHub(dir, config);
      // 3. Log in with Chromium and reach the user's server.
      const browser = await suite.newPage();
      await browser.goto(`http://127.0.0.1:${port}/`);
      await browser.waitForURL(/\/hub\/login/);
      await browser.getByLabel('Username:').fill(user);
      await browser.getByLabel('Password:').fill(password);
      await browser.getByRole('button', { name: 'Sign in' }).click();
      await browser.waitForURL(new RegExp(`/user/${user}/`), { timeout: 60_000 });
      assert.match(new URL(browser.url()).pathname, new RegExp(`^/user/${user}/`));
      await browser.close();

      // 4. Every line was a setting this hub knows: traitlets names any it does not.
      const atlas = loadAtlas();
      const known = new Set(atlas.settings.settings.map((s) => s.name));
      const unrecognised = [
        ...hub.log().matchAll(/Config option `(\w+)` not recognized by `(\w+)`/g),
      ];
      assert.deepEqual(
        unrecognised.filter((m) => known.has(m[1])).map((m) => `${m[2]}.${m[1]}`),
        [],
        'settings the data says exist in 3.0 were not recognised',
      );
      assert.deepEqual(
        unrecognised.map((m) => m[0]),
        [],
      );
    } finally {
      await hub?.stop();
      if (hub) assert.equal(hub.alive(), false, 'every process the hub started has stopped');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('would notice a setting the hub does not know (the check above can fail)', async () => {
    requireHub();
    const ports = await hubPorts();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-hub-'));
    let hub;
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
      assert.match(
        readFileSync(join(dir, 'hub.log'), 'utf8'),
        /Config option `allow_all` not recognized by `DummyAuthenticator`/,
      );
    } finally {
      await hub?.stop();
      if (hub) assert.equal(hub.alive(), false);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
