/**
 * A view as text for diagram tools: Mermaid (which MyST and GitHub render in Markdown), Graphviz
 * DOT and D2. What is drawn follows the SVG renderer (render-svg.ts): the view's nodes in its
 * groups, its relations (in grouped views only those of what is lit, as on the map), the big
 * picture's blocks and counted arrows. Pure and deterministic.
 */
import type { RenderOptions } from './render-svg.ts';
import type { AtlasShell, View } from './types.ts';

export type TextFormat = 'mermaid' | 'dot' | 'd2';

interface Item {
  id: string;
  label: string;
  sub: string;
  group?: string;
  color: string;
}
interface Edge {
  from: string;
  to: string;
  label: string;
  style: 'solid' | 'dashed' | 'dotted';
}
interface Graph {
  title: string;
  groups: { id: string; label: string }[];
  items: Item[];
  edges: Edge[];
}

function graphOf(atlas: AtlasShell, view: View, options: RenderOptions): Graph {
  const kinds = new Map(atlas.kinds.map((k) => [k.id, k]));
  const types = new Map(atlas.relationTypes.map((t) => [t.id, t]));
  if (view.purpose === 'blocks') {
    const blocks = view.blocks ?? [];
    return {
      title: view.title,
      groups: [],
      items: blocks.map((b) => ({
        id: b.id,
        label: `${b.label} (${b.count})`,
        sub: '',
        color: kinds.get(b.id)?.color ?? '#888888',
      })),
      edges: (view.links ?? [])
        .filter((l) => l.shown)
        .map((l) => ({
          from: l.from,
          to: l.to,
          label: l.label,
          style: types.get(l.type)?.style ?? 'solid',
        })),
    };
  }
  const cards = new Map(atlas.nodes.map((c) => [c.id, c]));
  const inGroup = new Map<string, string>();
  for (const g of view.groups ?? []) for (const id of g.nodeIds) inGroup.set(id, g.id);
  const shown = new Set(view.nodes.map((b) => b.id));
  const drawn = new Set(view.relations);
  const lit = options.lit;
  return {
    title: options.title ?? view.title,
    groups: (view.groups ?? []).map((g) => ({ id: g.id, label: g.label })),
    items: view.nodes.flatMap((b) => {
      const card = cards.get(b.id);
      if (!card) return [];
      const kind = kinds.get(card.kind);
      const group = inGroup.get(b.id);
      return [
        {
          id: card.id,
          label: card.name,
          sub: kind?.label ?? card.kind,
          ...(group ? { group } : {}),
          color: kind?.color ?? '#888888',
        },
      ];
    }),
    edges: atlas.relations
      .filter(
        (r) =>
          drawn.has(r.id) &&
          shown.has(r.from) &&
          shown.has(r.to) &&
          (!view.groups ||
            (options.litRelations
              ? options.litRelations.has(r.id)
              : lit !== undefined && (lit.has(r.from) || lit.has(r.to)))),
      )
      .map((r) => ({
        from: r.from,
        to: r.to,
        label: types.get(r.type)?.label ?? r.type,
        style: types.get(r.type)?.style ?? 'solid',
      })),
  };
}

/** Mermaid ids: letters, digits and underscores. */
const mid = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Mermaid's quoted labels take entity codes for quotes. */
const mlabel = (text: string) => text.replace(/"/g, '#quot;');

function mermaid(g: Graph, options: RenderOptions): string {
  const lines = [`---`, `title: ${mlabel(g.title)}`, `---`, 'flowchart LR'];
  const node = (i: Item) =>
    `${mid('n', i.id)}["${mlabel(i.sub ? `${i.label} · ${i.sub}` : i.label)}"]`;
  for (const group of g.groups) {
    const members = g.items.filter((i) => i.group === group.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${mid('g', group.id)}["${mlabel(group.label)}"]`);
    for (const i of members) lines.push(`    ${node(i)}`);
    lines.push('  end');
  }
  for (const i of g.items.filter((i) => !i.group)) lines.push(`  ${node(i)}`);
  for (const e of g.edges) {
    const arrow = e.style === 'solid' ? '-->' : '-.->';
    lines.push(`  ${mid('n', e.from)} ${arrow}|"${mlabel(e.label)}"| ${mid('n', e.to)}`);
  }
  const colors = [...new Set(g.items.map((i) => i.color))];
  colors.forEach((color, c) => {
    lines.push(`  classDef c${c} stroke:${color},stroke-width:2px`);
    lines.push(
      `  class ${g.items
        .filter((i) => i.color === color)
        .map((i) => mid('n', i.id))
        .join(',')} c${c}`,
    );
  });
  if (options.linkBase)
    for (const i of g.items)
      lines.push(
        `  click ${mid('n', i.id)} href "${options.linkBase}?node=${encodeURIComponent(i.id)}" _blank`,
      );
  return `${lines.join('\n')}\n`;
}

/** DOT's and D2's double-quoted strings escape backslashes, quotes and line breaks. */
const q = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function dot(g: Graph, options: RenderOptions): string {
  const lines = [
    `digraph ${q(g.title)} {`,
    '  rankdir=LR;',
    '  node [shape=box, style="rounded", fontname="sans-serif"];',
    '  edge [fontname="sans-serif", fontsize=10];',
  ];
  const node = (i: Item, indent: string) =>
    `${indent}${q(i.id)} [label=${q(i.sub ? `${i.label}\n${i.sub}` : i.label)}, color=${q(i.color)}${
      options.linkBase ? `, URL=${q(`${options.linkBase}?node=${encodeURIComponent(i.id)}`)}` : ''
    }];`;
  for (const group of g.groups) {
    const members = g.items.filter((i) => i.group === group.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${q(`cluster_${group.id}`)} {`, `    label=${q(group.label)};`);
    for (const i of members) lines.push(node(i, '    '));
    lines.push('  }');
  }
  for (const i of g.items.filter((i) => !i.group)) lines.push(node(i, '  '));
  for (const e of g.edges)
    lines.push(
      `  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}${e.style === 'solid' ? '' : `, style=${e.style}`}];`,
    );
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function d2(g: Graph, options: RenderOptions): string {
  const lines = [`# ${g.title}`, 'direction: right'];
  const path = new Map<string, string>();
  const node = (i: Item, indent: string, prefix: string) => {
    path.set(i.id, `${prefix}${q(i.id)}`);
    lines.push(
      `${indent}${q(i.id)}: ${q(i.sub ? `${i.label}\n${i.sub}` : i.label)} {`,
      `${indent}  style.stroke: ${q(i.color)}`,
      ...(options.linkBase
        ? [`${indent}  link: ${q(`${options.linkBase}?node=${encodeURIComponent(i.id)}`)}`]
        : []),
      `${indent}}`,
    );
  };
  for (const group of g.groups) {
    const members = g.items.filter((i) => i.group === group.id);
    if (members.length === 0) continue;
    lines.push(`${q(`group-${group.id}`)}: ${q(group.label)} {`);
    for (const i of members) node(i, '  ', `${q(`group-${group.id}`)}.`);
    lines.push('}');
  }
  for (const i of g.items.filter((i) => !i.group)) node(i, '', '');
  for (const e of g.edges) {
    const from = path.get(e.from);
    const to = path.get(e.to);
    if (!from || !to) continue;
    lines.push(
      e.style === 'solid'
        ? `${from} -> ${to}: ${q(e.label)}`
        : `${from} -> ${to}: ${q(e.label)} {\n  style.stroke-dash: ${e.style === 'dashed' ? 5 : 2}\n}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The view as Mermaid, DOT or D2 source. */
export function sceneText(
  atlas: AtlasShell,
  view: View,
  format: TextFormat,
  options: RenderOptions = {},
): string {
  const g = graphOf(atlas, view, options);
  return format === 'mermaid'
    ? mermaid(g, options)
    : format === 'dot'
      ? dot(g, options)
      : d2(g, options);
}
