// @ts-check
// The stack floor: the floor page's boxes and relations drawn by React + React Flow alone
// (stack-floor/main.mjs), built with Vite in the bench's run. Between the floor (no framework)
// and the app, it says how much of the app's time the decided stack takes by itself.
import { join } from 'node:path';
import { build } from 'vite';

const VIRTUAL = 'virtual:stack-floor';

/**
 * One page's boxes (nodes, or the big picture's blocks as groups, with lines of text) and
 * relations (the big picture's arrows with their labels).
 * @typedef {{ boxes: { id: string, x: number, y: number, width: number, height: number,
 *   label: string, sub?: string, color?: string, group?: boolean, lines?: string[] }[],
 *   relations: ([string, string] | [string, string, string])[] }} StackFloorPage
 */

/**
 * A view of an exported atlas as a stack-floor page: its nodes and the relations between them,
 * as the floor page draws them (floor.mjs), or only its boxes (the big picture's blocks).
 * @param {import('./build.mjs').ExportedAtlas} atlas
 * @param {import('./floor.mjs').FloorView} view
 * @returns {StackFloorPage}
 */
export function stackFloorPage(atlas, view) {
  const nodeById = new Map(atlas.nodes.map((n) => [n.id, n]));
  const kindById = new Map(atlas.kinds.map((k) => [k.id, k]));
  const placed = new Set(view.nodes.map((p) => p.id));
  const wanted = new Set(view.relations);
  return {
    boxes: [
      ...(view.groups ?? []).map((g) => ({
        ...pick(g),
        label: g.label,
        group: true,
        ...(g.lines ? { lines: g.lines } : {}),
      })),
      ...view.nodes.map((p) => {
        const node = nodeById.get(p.id);
        const kind = node && kindById.get(node.kind);
        return {
          ...pick(p),
          label: node?.name ?? p.id,
          sub: kind?.label ?? '',
          color: kind?.color ?? '#888',
        };
      }),
    ],
    relations: [
      ...atlas.relations
        .filter((r) => wanted.has(r.id) && placed.has(r.from) && placed.has(r.to))
        .map((r) => /** @type {[string, string]} */ ([r.from, r.to])),
      ...(view.arrows ?? []).map(
        (a) => /** @type {[string, string, string]} */ ([a.from, a.to, a.label]),
      ),
    ],
  };
}

/** @param {{ id: string, x: number, y: number, width: number, height: number }} b */
const pick = ({ id, x, y, width, height }) => ({ id, x, y, width, height });

/**
 * Builds the stack floor into `outDir`; `?page=<name>` picks one of `pages`.
 * @param {string} outDir
 * @param {Record<string, StackFloorPage>} pages
 */
export async function buildStackFloor(outDir, pages) {
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'stack-floor'),
    // (Rolldown warns that React Flow's "use client" directive is dropped: nothing to act on.)
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
    // As the app does (vite.config.ts): React Flow's store on React's own useSyncExternalStore.
    resolve: {
      alias: [
        {
          find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
          replacement: 'use-sync-external-store/with-selector.js',
        },
      ],
    },
    plugins: [
      {
        name: 'stack-floor-data',
        resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
        load: (id) =>
          id === `\0${VIRTUAL}`
            ? `export default JSON.parse(${JSON.stringify(JSON.stringify(pages))});\n`
            : undefined,
      },
    ],
  });
}
