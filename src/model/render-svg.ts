/**
 * A view of the atlas as a standalone SVG drawing: boxes, paths and text, no HTML inside. The
 * same function serves the Share bar's PNG/SVG export in the browser and `npm run render` on the
 * command line, so a picture in the Jupyter docs is the picture the map shows. Pure and
 * deterministic: the same atlas and options give the same bytes.
 */
import { textOn } from './color.ts';
import { DASH } from './line-styles.ts';
import type { AtlasShell, KindCard, NodeCard, RelationTypeCard, View } from './types.ts';
import { assignSlots, placeLabels, sideCurve, slotPoint } from './block-routing';

export type Theme = 'light' | 'dark';

export interface RenderOptions {
  theme?: Theme;
  /** Add a legend of the kinds and relation types drawn, under the drawing. */
  legend?: boolean;
  /** The drawing's width in pixels (height follows); its natural size when absent. */
  width?: number;
  /** Nodes to draw lit, the others dimmed (a selection, a path step's focus). */
  lit?: ReadonlySet<string>;
  /** Relations to draw lit (relation ids); in grouped views, the only ones drawn. */
  litRelations?: ReadonlySet<string>;
  /** Link each node to its page: `${linkBase}?node=<id>`. Omitted when absent. */
  linkBase?: string;
  /** A title drawn above the picture (and the SVG's <title>). */
  title?: string;
}

/** The colours of the app's stylesheet (its design tokens, src/app/tokens.css), light then dark. */
export const PALETTE: Record<
  Theme,
  Record<'bg' | 'surface' | 'text' | 'muted' | 'border', string>
> = {
  light: {
    bg: '#f7f7f5',
    surface: '#ffffff',
    text: '#1c1d21',
    muted: '#5b5f6a',
    border: '#d6d7dc',
  },
  dark: { bg: '#15171b', surface: '#23262d', text: '#e8e9ec', muted: '#a4a8b3', border: '#3a3e47' },
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const PAD = 24;

/** Coordinates to one decimal: short, and the same text for the same number every time. */
export const n = (x: number) => String(Math.round(x * 10) / 10);

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Cuts a label to about `width` pixels at `size` px, with an ellipsis; a safe estimate for any sans font. */
export function fitText(text: string, width: number, size: number): string {
  const max = Math.max(3, Math.floor(width / (size * 0.56)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface Scene {
  atlas: AtlasShell;
  view: View;
  options: RenderOptions;
}

function edgePath(a: { x: number; y: number; width: number; height: number }, b: typeof a): string {
  // Left to right as the layouts run; top to bottom when one box sits under the other.
  const vertical = b.y >= a.y + a.height || a.y >= b.y + b.height;
  const sideBySide = b.x >= a.x + a.width || a.x >= b.x + b.width;
  if (sideBySide || !vertical) {
    const forward = b.x >= a.x;
    const x1 = forward ? a.x + a.width : a.x;
    const x2 = forward ? b.x : b.x + b.width;
    const y1 = a.y + a.height / 2;
    const y2 = b.y + b.height / 2;
    const dx = Math.max(30, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1);
    return `M${n(x1)},${n(y1)} C${n(x1 + dx)},${n(y1)} ${n(x2 - dx)},${n(y2)} ${n(x2)},${n(y2)}`;
  }
  const down = b.y >= a.y;
  const x1 = a.x + a.width / 2;
  const x2 = b.x + b.width / 2;
  const y1 = down ? a.y + a.height : a.y;
  const y2 = down ? b.y : b.y + b.height;
  const dy = Math.max(24, Math.abs(y2 - y1) / 2) * (down ? 1 : -1);
  return `M${n(x1)},${n(y1)} C${n(x1)},${n(y1 + dy)} ${n(x2)},${n(y2 - dy)} ${n(x2)},${n(y2)}`;
}

function nodeBox(
  node: NodeCard,
  kind: KindCard | undefined,
  box: { x: number; y: number; width: number; height: number },
  palette: (typeof PALETTE)[Theme],
  state: 'lit' | 'dim' | 'normal',
  linkBase: string | undefined,
): string {
  const color = kind?.color ?? '#888888';
  const radius =
    kind?.id === 'authenticator' || kind?.id === 'spawner'
      ? 22
      : kind?.id === 'hub' || kind?.id === 'proxy'
        ? 4
        : 10;
  const r = Math.min(radius, box.height / 2);
  const opacity = state === 'dim' ? ' opacity="0.35"' : '';
  const symbol = kind?.symbol ?? kind?.label.slice(0, 1) ?? '?';
  const kindText = `${kind?.label ?? node.kind}${node.status === 'active' ? '' : `, ${node.status}`}`;
  const textX = box.x + 52;
  const textWidth = box.width - 62;
  const clip = `clip-${node.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const shape = `x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${r}"`;
  const parts = [
    `<g class="node" data-node-id="${escapeXml(node.id)}"${opacity}>`,
    `<clipPath id="${clip}"><rect ${shape}/></clipPath>`,
    `<rect ${shape} fill="${palette.surface}"/>`,
    // The kind's colour as a thick left edge, inside the node's own outline.
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="8" height="${n(box.height)}" fill="${color}" clip-path="url(#${clip})"/>`,
    `<rect ${shape} fill="none" stroke="${color}" stroke-width="${state === 'lit' ? 4 : 2}"${kind?.id === 'client' ? ' stroke-dasharray="6 4"' : ''}/>`,
    `<circle cx="${n(box.x + 30)}" cy="${n(box.y + box.height / 2)}" r="13" fill="${color}"/>`,
    `<text x="${n(box.x + 30)}" y="${n(box.y + box.height / 2 + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="${textOn(color)}">${escapeXml(symbol)}</text>`,
    `<text x="${n(textX)}" y="${n(box.y + box.height / 2 - 3)}" font-size="14" font-weight="600" fill="${palette.text}">${escapeXml(fitText(node.name, textWidth, 14))}</text>`,
    `<text x="${n(textX)}" y="${n(box.y + box.height / 2 + 14)}" font-size="11" fill="${palette.muted}">${escapeXml(fitText(kindText, textWidth, 11))}</text>`,
    '</g>',
  ];
  const drawn = parts.join('');
  return linkBase
    ? `<a href="${escapeXml(`${linkBase}?node=${encodeURIComponent(node.id)}`)}">${drawn}</a>`
    : drawn;
}

function legendOf(
  kinds: KindCard[],
  types: RelationTypeCard[],
  palette: (typeof PALETTE)[Theme],
  top: number,
  width: number,
): { svg: string; height: number } {
  const items: string[] = [];
  let x = PAD;
  let y = top + 20;
  const place = (w: number) => {
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 22;
    }
    const at = x;
    x += w;
    return at;
  };
  for (const k of kinds) {
    const w = 40 + k.plural.length * 7;
    const at = place(w);
    items.push(
      `<rect x="${at}" y="${y - 10}" width="14" height="14" rx="3" fill="${k.color}"/><text x="${at + 20}" y="${y + 1}" font-size="12" fill="${palette.text}">${escapeXml(k.plural)}</text>`,
    );
  }
  for (const t of types) {
    const w = 56 + t.label.length * 7;
    const at = place(w);
    const dash = DASH[t.style];
    items.push(
      `<path d="M${at},${y - 3} h28" stroke="${palette.muted}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow)"/><text x="${at + 34}" y="${y + 1}" font-size="12" fill="${palette.text}">${escapeXml(t.label)}</text>`,
    );
  }
  return { svg: `<g class="legend">${items.join('')}</g>`, height: y - top + 18 };
}

/** The node boxes, group boxes and relation paths of a node view. */
function drawNodeView({ atlas, view, options }: Scene, palette: (typeof PALETTE)[Theme]) {
  const kinds = new Map(atlas.kinds.map((k) => [k.id, k]));
  const cards = new Map(atlas.nodes.map((c) => [c.id, c]));
  const types = new Map(atlas.relationTypes.map((t) => [t.id, t]));
  const boxes = new Map(view.nodes.map((b) => [b.id, b]));
  const shown = new Set(view.relations);
  const lit = options.lit;
  const litRel = options.litRelations;
  const isLitRelation = (r: { id: string }) => litRel?.has(r.id) ?? false;
  // Grouped views show relations for what is lit only, as the map does.
  const relations = atlas.relations.filter(
    (r) =>
      shown.has(r.id) &&
      boxes.has(r.from) &&
      boxes.has(r.to) &&
      (!view.groups ||
        (litRel ? isLitRelation(r) : lit !== undefined && (lit.has(r.from) || lit.has(r.to)))),
  );
  const out: string[] = [];
  for (const g of view.groups ?? []) {
    const kind = kinds.get(g.id);
    out.push(
      `<g class="group" data-group-id="${escapeXml(g.id)}"><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" rx="12" fill="${kind?.color ?? palette.border}" fill-opacity="0.08" stroke="${kind?.color ?? palette.border}" stroke-dasharray="6 4"/><text x="${n(g.x + 14)}" y="${n(g.y + 24)}" font-size="15" font-weight="700" fill="${palette.text}">${escapeXml(`${g.label} (${g.nodeIds.length})`)}</text></g>`,
    );
  }
  const usedTypes = new Set<string>();
  for (const r of relations) {
    const a = boxes.get(r.from);
    const b = boxes.get(r.to);
    if (!a || !b) continue;
    const type = types.get(r.type);
    usedTypes.add(r.type);
    const dash = DASH[type?.style ?? 'solid'];
    const on = isLitRelation(r);
    const dim = lit !== undefined && !on && !(lit.has(r.from) && lit.has(r.to));
    out.push(
      `<path class="relation" data-relation-id="${escapeXml(r.id)}" d="${edgePath(a, b)}" fill="none" stroke="${on ? '#b4470b' : palette.muted}" stroke-width="${on ? 3 : 1.6}"${dash ? ` stroke-dasharray="${dash}"` : ''}${dim ? ' opacity="0.3"' : ''} marker-end="url(#arrow)"><title>${escapeXml(`${cards.get(r.from)?.name ?? r.from} ${type?.label ?? r.type} ${cards.get(r.to)?.name ?? r.to}`)}</title></path>`,
    );
  }
  for (const box of view.nodes) {
    const card = cards.get(box.id);
    if (!card) continue;
    const state = lit === undefined ? 'normal' : lit.has(box.id) ? 'lit' : 'dim';
    out.push(nodeBox(card, kinds.get(card.kind), box, palette, state, options.linkBase));
  }
  const usedKinds = atlas.kinds.filter((k) =>
    view.nodes.some((b) => cards.get(b.id)?.kind === k.id),
  );
  return {
    body: out.join('\n'),
    kinds: usedKinds,
    types: atlas.relationTypes.filter((t) => usedTypes.has(t.id)),
  };
}

/** The big picture: one block per kind, the counted arrows between them. */
function drawBlocks({ atlas, view, options }: Scene, palette: (typeof PALETTE)[Theme]) {
  const kinds = new Map(atlas.kinds.map((k) => [k.id, k]));
  const cards = new Map(atlas.nodes.map((c) => [c.id, c]));
  const blocks = new Map((view.blocks ?? []).map((b) => [b.id, b]));
  const out: string[] = [];
  const labels: string[] = [];
  // The app's routing (model/block-routing.ts): the same sides, slots and label places.
  const shown = (view.links ?? []).filter((l) => l.shown);
  const ends = assignSlots(shown, blocks);
  const places = placeLabels(shown, blocks, ends);
  for (const link of shown) {
    const a = blocks.get(link.from);
    const b = blocks.get(link.to);
    const e = ends.get(link.id);
    const place = places.get(link.id);
    if (!a || !b || !e || !place) continue;
    const start = slotPoint(a, e.fromSide, e.sourceSlot);
    const end = slotPoint(b, e.toSide, e.targetSlot);
    const d = sideCurve(start, e.fromSide, end, e.toSide, n);
    out.push(
      `<path class="relation" data-link-id="${escapeXml(link.id)}" d="${d}" fill="none" stroke="${palette.muted}" stroke-width="1.8" marker-end="url(#arrow)"><title>${escapeXml(link.sentence)}</title></path>`,
    );
    const { x, y } = place.at;
    labels.push(
      `<g class="link-label" data-link-id="${escapeXml(link.id)}"><rect x="${n(x - place.width / 2)}" y="${n(y - place.height / 2)}" width="${n(place.width)}" height="${place.height}" rx="4" fill="${palette.surface}" stroke="${palette.border}"/><text x="${n(x)}" y="${n(y + 4)}" text-anchor="middle" font-size="11" fill="${palette.text}">${escapeXml(link.label)}</text></g>`,
    );
  }
  for (const b of view.blocks ?? []) {
    const kind = kinds.get(b.id);
    const color = kind?.color ?? '#888888';
    const names = b.highlights.map((id) => cards.get(id)?.name ?? id);
    const block = [
      `<g class="block" data-block-id="${escapeXml(b.id)}">`,
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="10" fill="${palette.surface}" stroke="${color}" stroke-width="2"/>`,
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="8" height="${n(b.height)}" rx="4" fill="${color}"/>`,
      `<text x="${n(b.x + 18)}" y="${n(b.y + 24)}" font-size="15" font-weight="700" fill="${palette.text}">${escapeXml(fitText(`${b.label} · ${b.count}`, b.width - 26, 15))}</text>`,
      `<text x="${n(b.x + 18)}" y="${n(b.y + 44)}" font-size="12" fill="${palette.muted}">${escapeXml(fitText(names.join(', '), b.width - 26, 12))}</text>`,
      '</g>',
    ].join('');
    out.push(
      options.linkBase
        ? `<a href="${escapeXml(`${options.linkBase}?view=${encodeURIComponent(view.id)}&block=${encodeURIComponent(b.id)}`)}">${block}</a>`
        : block,
    );
  }
  const used = new Set((view.links ?? []).filter((l) => l.shown).map((l) => l.type));
  return {
    body: [...out, ...labels].join('\n'),
    kinds: atlas.kinds.filter((k) => blocks.has(k.id)),
    types: atlas.relationTypes.filter((t) => used.has(t.id)),
  };
}

/**
 * The SVG document every drawing of the atlas shares: the XML declaration, the root with its
 * size (scaled), font, accessible name and theme, the <title>, then `parts` (empty ones left out).
 */
export function svgDocument(doc: {
  width: number;
  height: number;
  scale: number;
  title: string;
  theme: Theme;
  data?: Record<string, string>;
  parts: string[];
}): string {
  const data = Object.entries(doc.data ?? {})
    .map(([k, v]) => ` data-${k}="${escapeXml(v)}"`)
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(doc.width * doc.scale)}" height="${n(doc.height * doc.scale)}" viewBox="0 0 ${n(doc.width)} ${n(doc.height)}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(doc.title)}"${data} data-theme="${doc.theme}">`,
    `<title>${escapeXml(doc.title)}</title>`,
    ...doc.parts,
    '</svg>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** Renders a view to an SVG document (UTF-8 text). */
export function renderViewSvg(atlas: AtlasShell, view: View, options: RenderOptions = {}): string {
  const theme = options.theme ?? 'light';
  const palette = PALETTE[theme];
  const scene = { atlas, view, options };
  const drawn =
    view.purpose === 'blocks' ? drawBlocks(scene, palette) : drawNodeView(scene, palette);
  const titleHeight = options.title ? 40 : 0;
  const width = view.width + 2 * PAD;
  const legend = options.legend
    ? legendOf(drawn.kinds, drawn.types, palette, titleHeight + view.height + 2 * PAD, width)
    : undefined;
  const height = titleHeight + view.height + 2 * PAD + (legend?.height ?? 0);
  const scale = options.width ? options.width / width : 1;
  const title = options.title ?? view.title;
  return svgDocument({
    width,
    height,
    scale,
    title,
    theme,
    data: { view: view.id },
    parts: [
      `<desc>${escapeXml(view.description)} Drawn by Jupyter Atlas.</desc>`,
      `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.muted}"/></marker></defs>`,
      `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
      options.title
        ? `<text x="${PAD}" y="${PAD + 12}" font-size="18" font-weight="700" fill="${palette.text}">${escapeXml(options.title)}</text>`
        : '',
      `<g transform="translate(${PAD},${PAD + titleHeight})">`,
      drawn.body,
      '</g>',
      legend?.svg ?? '',
    ],
  });
}

/** What a selection lights in a view: the node, its neighbours in the view, and its relations. */
export function litAround(
  atlas: Pick<AtlasShell, 'relations'>,
  view: View,
  nodeId: string,
): { lit: Set<string>; litRelations: Set<string> } | undefined {
  if (!view.nodes.some((b) => b.id === nodeId)) return undefined;
  const drawn = new Set(view.relations);
  const incident = atlas.relations.filter(
    (r) => drawn.has(r.id) && (r.from === nodeId || r.to === nodeId),
  );
  return {
    lit: new Set([nodeId, ...incident.flatMap((r) => [r.from, r.to])]),
    litRelations: new Set(incident.map((r) => r.id)),
  };
}

/** The view with only the nodes `keep` accepts, and the relations between them (filters). */
export function viewOf(
  view: View,
  keep: (id: string) => boolean,
  relationEnds: Map<string, [string, string]>,
): View {
  const nodes = view.nodes.filter((b) => keep(b.id));
  const kept = new Set(nodes.map((b) => b.id));
  return {
    ...view,
    nodes,
    relations: view.relations.filter((id) => {
      const ends = relationEnds.get(id);
      return ends !== undefined && kept.has(ends[0]) && kept.has(ends[1]);
    }),
    ...(view.groups
      ? {
          groups: view.groups
            .map((g) => ({ ...g, nodeIds: g.nodeIds.filter((id) => kept.has(id)) }))
            .filter((g) => g.nodeIds.length > 0),
        }
      : {}),
  };
}
