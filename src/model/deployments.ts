/**
 * Reference architectures drawn as deployments: the rows every architecture is laid out in (data
 * the deployment diagram on /architectures and /compare and `npm run render -- --compare` share),
 * and the SVG drawing of one to three side by side.
 */
import { escapeXml, fitText, n, PALETTE, svgDocument, type RenderOptions } from './render-svg.ts';
import type { AtlasShell, ReferenceArchitecture } from './types.ts';

/**
 * A deployment's rows, top to bottom as a request travels: what a row's components do for the
 * row above, and the roles beside it (its database, services, storage, scheduler…). Every
 * architecture is drawn from its components' roles with these rows, so like aligns with like.
 */
export const DEPLOYMENT_ROWS = [
  { id: 'entry', label: 'Entry', roles: ['proxy'], side: [], arrow: 'send requests to' },
  {
    id: 'hub',
    label: 'The Hub',
    roles: ['hub'],
    side: ['database', 'service'],
    arrow: 'routes to',
  },
  {
    id: 'login',
    label: 'Login',
    roles: ['authenticator', 'identity-provider'],
    side: [],
    arrow: 'checks who logs in with',
  },
  {
    id: 'spawn',
    label: 'Starting servers',
    roles: ['spawner'],
    side: ['scheduler', 'image-builder'],
    arrow: 'starts servers through',
  },
  {
    id: 'server',
    label: 'Users’ servers',
    roles: ['single-user'],
    side: ['storage'],
    arrow: 'starts',
  },
  { id: 'ground', label: 'Runs on', roles: ['infrastructure'], side: ['other'], arrow: 'run on' },
] as const;

export type DeploymentRow = (typeof DEPLOYMENT_ROWS)[number];

/** The rows any of these architectures fills. */
export function rowsFor(archs: readonly ReferenceArchitecture[]): DeploymentRow[] {
  const used = new Set(archs.flatMap((a) => a.components.map((c) => c.role)));
  return DEPLOYMENT_ROWS.filter((r) => [...r.roles, ...r.side].some((role) => used.has(role)));
}

/**
 * Whether a deployment draws the arrow into `row`: it has a component there, and in the row
 * above (the first row's arrow comes from the people).
 */
export function arrowInto(
  arch: ReferenceArchitecture,
  row: DeploymentRow,
  above: DeploymentRow | undefined,
): boolean {
  const has = (roles: readonly string[]) => arch.components.some((c) => roles.includes(c.role));
  return has(row.roles) && (above === undefined || has(above.roles));
}

/** The components of `arch` in these roles, in the roles' order, then by name. */
export function partsIn(
  arch: ReferenceArchitecture,
  roles: readonly string[],
  name: (id: string) => string,
): ReferenceArchitecture['components'] {
  return arch.components
    .filter((c) => roles.includes(c.role))
    .sort(
      (a, b) =>
        roles.indexOf(a.role) - roles.indexOf(b.role) || name(a.node).localeCompare(name(b.node)),
    );
}

/**
 * One to three architectures as deployments in aligned rows, as an SVG document: a column per
 * architecture, a row per layer, each component a box in its kind's colour linked to its node
 * (with `linkBase`); in a comparison, what only one column has is drawn dashed (the legend says so).
 */
export function renderDeploymentSvg(
  atlas: Pick<AtlasShell, 'nodes' | 'kinds'>,
  archs: readonly ReferenceArchitecture[],
  options: RenderOptions & { only?: Record<string, readonly string[]> } = {},
): string {
  const theme = options.theme ?? 'light';
  const palette = PALETTE[theme];
  const cards = new Map(atlas.nodes.map((c) => [c.id, c]));
  const kinds = new Map(atlas.kinds.map((k) => [k.id, k]));
  const name = (id: string) => cards.get(id)?.name ?? id;
  const rows = rowsFor(archs);
  const PAD = 24;
  const LABEL = 130;
  const COL = 380;
  const GAP = 16;
  const CHIP = 26;
  const head = archs.length > 1 || options.title ? 44 : 0;
  const out: string[] = [];
  const chip = (x: number, y: number, w: number, id: string, only: boolean) => {
    const color = kinds.get(cards.get(id)?.kind ?? '')?.color ?? '#888888';
    const label = fitText(name(id), w - 20, 12);
    const box = `<g class="chip" data-node-id="${escapeXml(id)}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${CHIP - 6}" rx="10" fill="${palette.surface}" stroke="${color}" stroke-width="${only ? 2.5 : 1.5}"${only ? ' stroke-dasharray="5 3"' : ''}/><text x="${n(x + 10)}" y="${n(y + 14)}" font-size="12" fill="${palette.text}">${escapeXml(label)}</text></g>`;
    return options.linkBase
      ? `<a href="${escapeXml(`${options.linkBase}?node=${encodeURIComponent(id)}`)}">${box}</a>`
      : box;
  };
  let y = PAD + head;
  archs.forEach((a, i) => {
    if (archs.length > 1)
      out.push(
        `<text x="${n(PAD + LABEL + i * (COL + GAP))}" y="${n(PAD + 20)}" font-size="15" font-weight="700" fill="${palette.text}">${escapeXml(fitText(a.name, COL, 15))}</text>`,
      );
  });
  const rowLabel = (text: string, at: number) =>
    out.push(
      `<text x="${PAD}" y="${n(at)}" font-size="13" font-weight="600" fill="${palette.muted}">${escapeXml(text)}</text>`,
    );
  rowLabel('People', y + 18);
  archs.forEach((_, i) =>
    out.push(
      `<rect x="${n(PAD + LABEL + i * (COL + GAP))}" y="${n(y)}" width="${COL}" height="28" rx="6" fill="none" stroke="${palette.border}" stroke-dasharray="4 3"/><text x="${n(PAD + LABEL + i * (COL + GAP) + 10)}" y="${n(y + 18)}" font-size="12" fill="${palette.muted}">Browsers and API clients</text>`,
    ),
  );
  y += 28;
  rows.forEach((row, r) => {
    const above = r === 0 ? undefined : rows[r - 1];
    archs.forEach((a, i) => {
      if (arrowInto(a, row, above))
        out.push(
          `<text x="${n(PAD + LABEL + i * (COL + GAP) + 10)}" y="${n(y + 18)}" font-size="12" fill="${palette.muted}">↓ ${escapeXml(row.arrow)}</text>`,
        );
    });
    y += 26;
    const heights = archs.map((a) => {
      const main = partsIn(a, row.roles, name).length;
      const side = partsIn(a, row.side, name).length;
      return Math.max(1, main, side) * CHIP + 12;
    });
    const h = Math.max(...heights);
    rowLabel(row.label, y + 20);
    archs.forEach((a, i) => {
      const x = PAD + LABEL + i * (COL + GAP);
      const only = new Set(options.only?.[a.id] ?? []);
      out.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${COL}" height="${n(h)}" rx="8" fill="${palette.bg}" stroke="${palette.border}"/>`,
      );
      const main = partsIn(a, row.roles, name);
      const side = partsIn(a, row.side, name);
      const mainWidth = side.length > 0 ? COL * 0.5 : COL - 16;
      if (main.length === 0)
        out.push(
          `<text x="${n(x + 10)}" y="${n(y + 22)}" font-size="12" fill="${palette.muted}">—</text>`,
        );
      main.forEach((c, k) =>
        out.push(chip(x + 8, y + 8 + k * CHIP, mainWidth, c.node, only.has(c.node))),
      );
      side.forEach((c, k) =>
        out.push(
          chip(
            x + 16 + mainWidth,
            y + 8 + k * CHIP,
            COL - mainWidth - 24,
            c.node,
            only.has(c.node),
          ),
        ),
      );
    });
    y += h;
  });
  if (options.only && archs.length > 1) {
    y += 22;
    out.push(
      `<rect x="${PAD + LABEL}" y="${n(y - 13)}" width="28" height="16" rx="8" fill="none" stroke="${palette.muted}" stroke-width="2" stroke-dasharray="5 3"/><text x="${PAD + LABEL + 36}" y="${n(y)}" font-size="12" fill="${palette.muted}">dashed: only in that architecture</text>`,
    );
  }
  const width = PAD * 2 + LABEL + archs.length * COL + (archs.length - 1) * GAP;
  const height = y + PAD;
  const scale = options.width ? options.width / width : 1;
  const title =
    options.title ??
    `Deployment${archs.length > 1 ? 's' : ''}: ${archs.map((a) => a.name).join(', ')}`;
  return svgDocument({
    width,
    height,
    scale,
    title,
    theme,
    parts: [
      `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
      archs.length === 1 && options.title
        ? `<text x="${PAD}" y="${PAD + 20}" font-size="17" font-weight="700" fill="${palette.text}">${escapeXml(options.title)}</text>`
        : '',
      ...out,
    ],
  });
}
