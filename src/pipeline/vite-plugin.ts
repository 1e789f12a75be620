/**
 * Runs the atlas pipeline inside Vite. `virtual:atlas-shell` is what the map route needs before
 * its first render (src/model/shell.ts); `virtual:atlas` is the whole resolved atlas plus
 * `docLoaders`, each doc id mapped to a lazy import of `virtual:atlas-doc/<id>` (one compiled
 * MDX module per doc). `virtual:atlas-views` maps each map view but the default (which the shell
 * draws) to a lazy import of `virtual:atlas-view/<id>`, its drawing. `virtual:atlas-settings` is the configuration atlas, for /config, /compose
 * and the settings in search. The app imports the shell eagerly and the rest on demand.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { packShell, packView, shellDrawn, shellPositions, toShell } from '../model/shell.ts';
import type { AtlasShell } from '../model/types.ts';
import { defaultView } from '../model/views.ts';
import { buildAtlas, type BuildResult } from './build.ts';
import { injectPrepaint, prepaintMarkup, prepaintScript } from './prepaint.ts';
import { AtlasBuildError, formatProblem } from './problems.ts';

const SHELL_ID = 'virtual:atlas-shell';
const ATLAS_ID = 'virtual:atlas';
const DOC_PREFIX = 'virtual:atlas-doc/';
const SETTINGS_ID = 'virtual:atlas-settings';
const VIEWS_ID = 'virtual:atlas-views';
const VIEW_PREFIX = 'virtual:atlas-view/';
const RESOLVED = '\0';

export interface AtlasPluginOptions {
  /** Folder holding graph-data/ and docs/; defaults to Vite's root. */
  root?: string;
  /** Print one line per build (layout cache hit or miss, timing). */
  log?: (line: string) => void;
}

export function atlasPlugin(options: AtlasPluginOptions = {}): Plugin {
  let root = '';
  let command: 'build' | 'serve' = 'serve';
  let base = '/';
  let lastGood: BuildResult | undefined;
  let pending: Promise<BuildResult> | undefined;
  let queued: Promise<BuildResult> | undefined;
  // The shell feeds both its module and the pre-drawn page: derive it once per build result.
  const shells = new WeakMap<BuildResult, AtlasShell>();
  const shellOf = (result: BuildResult): AtlasShell => {
    let shell = shells.get(result);
    if (!shell) {
      shell = toShell(result.atlas);
      shells.set(result, shell);
    }
    return shell;
  };
  const log = options.log ?? ((line: string) => console.log(line));

  async function rebuild(): Promise<BuildResult> {
    const result = await buildAtlas({ root });
    if (result.problems.length > 0) throw new AtlasBuildError(result.problems);
    const { atlas, stats } = result;
    log(
      `atlas: ${atlas.nodes.length} nodes, ${atlas.relations.length} relations, ${atlas.docs.length} docs; ` +
        `layout ${stats.layoutsRun === 0 ? 'cache hit' : `computed (${stats.layoutsRun} view${stats.layoutsRun === 1 ? '' : 's'})`}; ` +
        `docs ${stats.docsCompiled} compiled, ${stats.docsCached} from the cache; in ${stats.milliseconds} ms`,
    );
    lastGood = result;
    return result;
  }

  /**
   * The atlas as of the files now on disk. A change that arrives while a rebuild runs may have
   * been read too late by it, so it queues one more rebuild after it (one for any number of such
   * changes) instead of sharing the running one.
   */
  function current(): Promise<BuildResult> {
    if (!pending) {
      pending = rebuild().finally(() => {
        pending = undefined;
      });
      return pending;
    }
    queued ??= pending
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return current();
      });
    return queued;
  }

  function watched(file: string): boolean {
    return (
      file.startsWith(resolve(root, 'graph-data') + '/') ||
      file.startsWith(resolve(root, 'docs') + '/')
    );
  }

  async function onDataChange(server: ViteDevServer, file: string) {
    if (!watched(file)) return;
    try {
      await current();
      const invalidate = (id: string) => {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod);
      };
      invalidate(RESOLVED + SHELL_ID);
      invalidate(RESOLVED + ATLAS_ID);
      invalidate(RESOLVED + SETTINGS_ID);
      invalidate(RESOLVED + VIEWS_ID);
      for (const view of lastGood?.atlas.views ?? []) invalidate(RESOLVED + VIEW_PREFIX + view.id);
      for (const id of lastGood?.docModules.keys() ?? []) invalidate(RESOLVED + DOC_PREFIX + id);
      server.ws.send({ type: 'full-reload' });
    } catch (error) {
      // Keep serving the last good atlas; show what is wrong in Vite's overlay.
      const message =
        error instanceof AtlasBuildError
          ? error.problems.map(formatProblem).join('\n')
          : String(error);
      log(`atlas: not rebuilt, the data has problems:\n${message}`);
      server.ws.send({
        type: 'error',
        err: {
          message: `The atlas data has problems; the page keeps the last good data.\n\n${message}`,
          stack: '',
          plugin: 'jupyter-atlas',
        },
      });
    }
  }

  return {
    name: 'jupyter-atlas',
    configResolved(config) {
      root = options.root ?? config.root;
      command = config.command;
      base = config.base;
    },
    // Validate, lay out and compile at start, so problems show before the first page load.
    // A build stops on them; the dev server reports them and shows them in the page's overlay.
    async buildStart() {
      if (command === 'build') {
        try {
          const { atlas } = lastGood ?? (await current());
          // The view the map opens on, which the pre-drawn page shows (prepaintMarkup draws it).
          const shown = defaultView(atlas.views);
          this.emitFile({
            type: 'asset',
            fileName: 'prepaint.js',
            source: prepaintScript(shown?.id ?? ''),
          });
        } catch (error) {
          // One clear message (every problem, file:line:column) instead of a stack trace.
          this.error(error instanceof Error ? error.message : String(error));
        }
        return;
      }
      if (lastGood) return;
      await current().catch((error: unknown) => {
        const message =
          error instanceof AtlasBuildError
            ? error.problems.map(formatProblem).join('\n')
            : String(error);
        log(`atlas: the data has problems; fix them and save to reload:\n${message}`);
      });
    },
    configureServer(server) {
      server.watcher.add([resolve(root, 'graph-data'), resolve(root, 'docs')]);
      for (const event of ['add', 'change', 'unlink'] as const)
        server.watcher.on(event, (file) => void onDataChange(server, file));
    },
    // The built page draws the default view before any JavaScript runs (see prepaint.ts).
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (command !== 'build' || !lastGood) return html;
        const markup = prepaintMarkup(shellOf(lastGood), base);
        return {
          html: injectPrepaint(html, markup),
          tags: [
            { tag: 'script', attrs: { src: `${base}prepaint.js` }, injectTo: 'body-prepend' },
            // No modulepreload of the app's chunks: measured (docs/performance.md), preloading
            // them delayed the pre-drawn paint by ≈ 20 ms and brought the live map no sooner.
          ],
        };
      },
    },
    resolveId(id) {
      if (
        id === SHELL_ID ||
        id === ATLAS_ID ||
        id === SETTINGS_ID ||
        id === VIEWS_ID ||
        id.startsWith(DOC_PREFIX) ||
        id.startsWith(VIEW_PREFIX)
      )
        return RESOLVED + id;
      return undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED + 'virtual:atlas')) return undefined;
      const result = lastGood ?? (await current());
      // JSON.parse of a string literal is faster to start than the same object as JS source.
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (id === RESOLVED + SHELL_ID)
        return `export const shell = ${json(packShell(shellOf(result)))};\n`;
      if (id === RESOLVED + VIEWS_ID) {
        // One lazy import per map view the shell does not draw; boot.ts starts the URL's.
        const shell = shellOf(result);
        const drawn = new Set(shellDrawn(shell));
        const entries = shell.views
          .filter((v) => !drawn.has(v.id))
          .map(
            (v) =>
              `  ${JSON.stringify(v.id)}: () => import(${JSON.stringify(VIEW_PREFIX + v.id)}),`,
          );
        return `export const viewLoaders = {\n${entries.join('\n')}\n};\n`;
      }
      if (id.startsWith(RESOLVED + VIEW_PREFIX)) {
        const shell = shellOf(result);
        const wanted = id.slice((RESOLVED + VIEW_PREFIX).length);
        const view = shell.views.find((v) => v.id === wanted);
        if (!view) return this.error(`No map view "${wanted}" in the atlas`);
        return `export const view = ${json(packView(view, shellPositions(shell)))};\n`;
      }
      if (id === RESOLVED + SETTINGS_ID)
        return `export const settings = ${json(result.settings)};\n`;
      if (id === RESOLVED + ATLAS_ID) {
        const entries = [...result.docModules.keys()].map(
          (doc) => `  ${JSON.stringify(doc)}: () => import(${JSON.stringify(DOC_PREFIX + doc)}),`,
        );
        return (
          `export const atlas = ${json(result.atlas)};\n` +
          `export const docLoaders = {\n${entries.join('\n')}\n};\n`
        );
      }
      const doc = id.slice((RESOLVED + DOC_PREFIX).length);
      const code = result.docModules.get(doc);
      if (code === undefined) this.error(`No doc "${doc}" in the atlas`);
      return code;
    },
  };
}
