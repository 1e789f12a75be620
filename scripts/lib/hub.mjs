// @ts-check
// A real JupyterHub on 127.0.0.1 for the project's tests and `npm run trace`: Debian's
// /usr/bin/jupyterhub (3.0, with configurable-http-proxy), started in its own process group so
// that stopping it by its pid stops the proxy and every single-user server it started.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const HUB = '/usr/bin/jupyterhub';
export const INSTALL =
  "install Debian's JupyterHub (3.0, with configurable-http-proxy): apt-get update && apt-get install -y jupyterhub";

/** Throws, saying what to install, when the hub or its proxy is missing. */
export function requireHub() {
  if (!existsSync(HUB)) throw new Error(`${HUB} is missing; ${INSTALL}`);
  if (!existsSync('/usr/bin/configurable-http-proxy'))
    throw new Error(`configurable-http-proxy is missing; ${INSTALL}`);
}

/**
 * A free TCP port on 127.0.0.1.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      // A server listening on a TCP port has an AddressInfo (the string form is for pipes).
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {{ port: number, hubPort: number, apiPort: number }} HubPorts
 */

/**
 * Three free ports: the public one, the Hub's own, the proxy's API.
 * @returns {Promise<HubPorts>}
 */
export async function hubPorts() {
  return { port: await freePort(), hubPort: await freePort(), apiPort: await freePort() };
}

/**
 * The lines that put a hub on those loopback ports.
 * @param {HubPorts} ports
 */
export function addressLines({ port, hubPort, apiPort }) {
  return [
    `c.JupyterHub.bind_url = 'http://127.0.0.1:${port}'`,
    `c.JupyterHub.hub_bind_url = 'http://127.0.0.1:${hubPort}'`,
    `c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:${apiPort}'`,
  ];
}

/**
 * @typedef {object} Hub
 * @property {number} pid
 * @property {() => string} log everything it printed so far
 * @property {() => Promise<void>} stop
 * @property {() => boolean} alive
 */

/**
 * Starts the hub with `config` in `dir` (its log in hub.log); resolves once it serves.
 * @param {string} dir
 * @param {string} config the text of jupyterhub_config.py
 * @param {{ timeout?: number }} [options] milliseconds to wait for it to serve
 * @returns {Promise<Hub>}
 */
export async function startHub(dir, config, { timeout = 30_000 } = {}) {
  requireHub();
  writeFileSync(join(dir, 'jupyterhub_config.py'), config);
  const log = join(dir, 'hub.log');
  const child = spawn(HUB, ['-f', 'jupyterhub_config.py', '--debug'], {
    cwd: dir,
    env: { ...process.env, NODE_PATH: '/usr/share/nodejs', JUPYTERHUB_CRYPT_KEY: '' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // No pid means the process was never created (the 'error' event will say why).
  const { pid } = child;
  if (pid === undefined) throw new Error(`${HUB} did not start`);
  let text = '';
  /** @param {Buffer} chunk */
  const onData = (chunk) => {
    text += chunk;
    writeFileSync(log, text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** @type {Hub} */
  const hub = {
    pid,
    log: () => text,
    /** Stops the process group it started: SIGTERM, then SIGKILL after 10 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      /** @type {Promise<'late'>} */
      const late = new Promise((resolve) => setTimeout(() => resolve('late'), 10_000));
      if ((await Promise.race([exited, late])) === 'late') {
        process.kill(-pid, 'SIGKILL');
        await exited;
      }
    },
    /** Whether anything of its process group still runs. */
    alive() {
      try {
        process.kill(-pid, 0);
        return true;
      } catch {
        return false;
      }
    },
  };
  const deadline = Date.now() + timeout;
  while (!/JupyterHub is now running/.test(text)) {
    if (child.exitCode !== null)
      throw new Error(`the hub exited (${child.exitCode}):\n${text.slice(-2000)}`);
    if (Date.now() > deadline) {
      await hub.stop();
      throw new Error(`the hub did not start in ${timeout / 1000} s:\n${text.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return hub;
}
