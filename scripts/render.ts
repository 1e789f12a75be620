/**
 * `npm run render -- --view core --out core.svg`: draws a view of the atlas to SVG or PNG (by
 * the extension of --out) or as text for another tool (.mmd Mermaid, .dot Graphviz, .d2 D2),
 * with the renderer the app's Share bar uses (src/model/render-svg.ts, text-diagrams.ts). The
 * same data and options give the same bytes.
 *
 *   --view ID            a view (core, plugins, deployments, ecosystem, big-picture, …)
 *   --node ID            light a node and its relations (with --view)
 *   --path ID --step N   a guided path's map at step N, its focus lit
 *   --kind A,B           only nodes of these kinds (a filtered view, as ?kind= on the map)
 *   --architecture ID    a reference architecture drawn as a deployment (SVG or PNG)
 *   --compare A,B[,C]    two or three architectures side by side (ids, or tljh, z2jh …), what
 *                        only one has drawn dashed
 *   --theme light|dark   colours (light)
 *   --legend             add the kinds and relation types drawn
 *   --width PX           the drawing's width; the height follows
 *   --out FILE           .svg, .png, .mmd, .dot or .d2; without it, the SVG goes to stdout
 *   --base URL           link each node to URL?node=<id> (SVG only)
 *
 * PNG is the SVG rasterised by Debian's Chromium (scripts/lib/chromium.mjs), headless.
 */
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffArchitectures } from '../src/model/architectures.ts';
import { renderDeploymentSvg } from '../src/model/deployments.ts';
import { litAround, renderViewSvg, viewOf, type RenderOptions } from '../src/model/render-svg.ts';
import { sceneText, type TextFormat } from '../src/model/text-diagrams.ts';
import type { Atlas, View } from '../src/model/types.ts';
import { defaultView, mapViewById, mapViewsOf, pathView } from '../src/model/views.ts';
import { buildAtlasOrThrow } from '../src/pipeline/build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const OPTIONS = {
  root: { type: 'string', default: '.' },
  view: { type: 'string' },
  node: { type: 'string' },
  path: { type: 'string' },
  step: { type: 'string' },
  kind: { type: 'string' },
  architecture: { type: 'string' },
  compare: { type: 'string' },
  theme: { type: 'string', default: 'light' },
  legend: { type: 'boolean', default: false },
  width: { type: 'string' },
  out: { type: 'string' },
  base: { type: 'string' },
} as const;

/** A wrong option: the command line prints it after `render: ` and exits with 2. */
export class RenderError extends Error {}

function fail(message: string): never {
  throw new RenderError(message);
}

/** The view and what is lit in it, from the options. */
export function sceneFor(
  atlas: Atlas,
  opts: { view?: string; node?: string; path?: string; step?: string; kind?: string },
): { view: View; lit?: Set<string>; litRelations?: Set<string>; title?: string } {
  if (opts.path) {
    const path = atlas.paths.find((p) => p.id === opts.path);
    if (!path) fail(`no guided path "${opts.path}" (${atlas.paths.map((p) => p.id).join(', ')})`);
    const view = pathView(atlas.views, path.id);
    if (!view) fail(`the path "${path.id}" has no map`);
    const n = Number(opts.step ?? '1');
    const step = path.steps[n - 1];
    if (!Number.isInteger(n) || !step) fail(`--step is 1 to ${path.steps.length} for "${path.id}"`);
    return {
      view,
      lit: new Set([...step.focus, ...step.edges.flatMap((e) => [e.from, e.to])]),
      litRelations: new Set(step.edges.map((e) => `${e.from}--${e.type}-->${e.to}`)),
      title: `${path.title} — step ${n}: ${step.title}`,
    };
  }
  const id = opts.view ?? defaultView(atlas.views)?.id;
  let view = id === undefined ? undefined : mapViewById(atlas.views, id);
  if (!view)
    fail(
      `no view "${id}" (${mapViewsOf(atlas.views)
        .map((v) => v.id)
        .join(', ')})`,
    );
  if (opts.kind) {
    const kinds = new Set(opts.kind.split(','));
    const unknown = [...kinds].filter((k) => !atlas.kinds.some((x) => x.id === k));
    if (unknown.length > 0)
      fail(`unknown kind ${unknown.join(', ')} (${atlas.kinds.map((k) => k.id).join(', ')})`);
    const kindOf = new Map(atlas.nodes.map((node) => [node.id, node.kind]));
    const ends = new Map(atlas.relations.map((r) => [r.id, [r.from, r.to] as [string, string]]));
    view = viewOf(view, (id) => kinds.has(kindOf.get(id) ?? ''), ends);
  }
  if (!opts.node) return { view };
  const around = litAround(atlas, view, opts.node);
  if (!around) fail(`"${opts.node}" is not in the view "${view.id}"`);
  return { view, ...around };
}

async function toPng(svg: string, width: number, height: number): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium
    .launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
    .catch((error: unknown) =>
      fail(
        `PNG needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium): ${(error as Error).message}`,
      ),
    );
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    // The SVG alone, as an image: no script, no network.
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}</style><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return await page.locator('img').screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}

/**
 * Draws what `args` (the command line's options) ask for. The atlas is built from `--root` unless
 * one is given (the tests build it once). Throws {@link RenderError} for a wrong option.
 */
export async function render(
  args: string[],
  built?: Atlas,
): Promise<{ output: string | Buffer; out: string | undefined }> {
  const { values } = parseArgs({ args, options: OPTIONS });
  const atlas = built ?? (await buildAtlasOrThrow({ root: resolve(values.root) })).atlas;
  const archIds = values.compare?.split(',') ?? (values.architecture ? [values.architecture] : []);
  // An architecture by its id, or by a name people use for its namesake node (tljh, z2jh).
  const archOf = (token: string) => {
    const lower = token.toLowerCase();
    return (
      atlas.architectures.find((a) => a.id === token) ??
      atlas.architectures.find((a) =>
        atlas.nodes.find((n) => n.id === a.id)?.aliases.some((x) => x.toLowerCase() === lower),
      ) ??
      fail(`no architecture "${token}" (${atlas.architectures.map((a) => a.id).join(', ')})`)
    );
  };
  const archs = archIds.map(archOf);
  if (
    values.compare &&
    (archs.length < 2 || archs.length > 3 || new Set(archIds).size !== archIds.length)
  )
    fail(
      '--compare takes two or three different architectures, e.g. --compare the-littlest-jupyterhub,zero-to-jupyterhub',
    );
  const scene = archs.length > 0 ? undefined : sceneFor(atlas, values);
  const theme =
    values.theme === 'dark'
      ? 'dark'
      : values.theme === 'light'
        ? 'light'
        : fail('--theme is light or dark');
  const width = values.width ? Number(values.width) : undefined;
  if (width !== undefined && !(width >= 100 && width <= 10000))
    fail('--width is 100 to 10000 pixels');
  const options: RenderOptions = {
    theme,
    legend: values.legend,
    ...(width ? { width } : {}),
    ...(scene?.lit ? { lit: scene.lit } : {}),
    ...(scene?.litRelations ? { litRelations: scene.litRelations } : {}),
    ...(values.base ? { linkBase: values.base } : {}),
    ...(scene?.title ? { title: scene.title } : {}),
  };
  const ext = values.out ? extname(values.out).toLowerCase() : '.svg';
  const formats: Record<string, TextFormat> = { '.mmd': 'mermaid', '.dot': 'dot', '.d2': 'd2' };
  let output: string | Buffer;
  if (formats[ext]) {
    if (!scene) fail('architectures render as .svg or .png');
    output = sceneText(atlas, scene.view, formats[ext], options);
  } else if (ext === '.svg' || ext === '.png') {
    const svg = scene
      ? renderViewSvg(atlas, scene.view, options)
      : renderDeploymentSvg(atlas, archs, {
          ...options,
          ...(archs.length > 1 ? { only: diffArchitectures(archs).only } : {}),
        });
    if (ext === '.svg') output = svg;
    else {
      const [, w, h] = svg.match(/<svg[^>]* width="([\d.]+)" height="([\d.]+)"/) ?? [];
      output = await toPng(svg, Math.ceil(Number(w)), Math.ceil(Number(h)));
    }
  } else fail(`--out ends in .svg, .png, .mmd, .dot or .d2, not ${ext}`);
  if (values.out) writeFileSync(values.out, output);
  return { output, out: values.out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { output, out } = await render(process.argv.slice(2));
    if (out) console.error(`wrote ${out} (${output.length} bytes)`);
    else process.stdout.write(output);
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    console.error(`render: ${error.message}`);
    process.exit(2);
  }
}
