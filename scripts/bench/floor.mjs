// @ts-check
// The floor page: the same nodes (and group boxes and relations) at the same positions as the
// app draws them, in plain HTML and SVG with no framework, plus the least script that does the
// same interactive work — pan by drag, zoom by wheel, a search list, a detail heading — so both
// sides are measured by the same code.

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param {unknown} s */
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

// Runs inside the #map element as soon as its start tag is parsed: frames the whole view in the
// viewport (as the app's fitView does, padding 0.12, zoom 0.2–2.5) before any node is drawn.
const FIT = `(function(){var v=document.getElementById('viewport'),m=document.getElementById('map');
var W=+m.dataset.w,H=+m.dataset.h,p=0.12,vw=v.clientWidth,vh=v.clientHeight;
var s=Math.min(2.5,Math.max(0.2,Math.min(vw/(W*(1+2*p)),vh/(H*(1+2*p)))));
var t={x:(vw-W*s)/2,y:(vh-H*s)/2,s:s};m.__t=t;
m.style.transform='translate('+t.x+'px,'+t.y+'px) scale('+t.s+')';})();`;

// Pan, zoom, search and the detail heading, in plain DOM code.
const SCRIPT = `(function(){
var v=document.getElementById('viewport'),m=document.getElementById('map'),t=m.__t;
function apply(){m.style.transform='translate('+t.x+'px,'+t.y+'px) scale('+t.s+')';}
var drag=null;
v.addEventListener('pointerdown',function(e){if(e.target.closest('button'))return;drag={x:e.clientX,y:e.clientY};});
window.addEventListener('pointermove',function(e){if(!drag)return;t.x+=e.clientX-drag.x;t.y+=e.clientY-drag.y;drag={x:e.clientX,y:e.clientY};apply();});
window.addEventListener('pointerup',function(){drag=null;});
v.addEventListener('wheel',function(e){e.preventDefault();
var k=e.deltaMode===1?0.05:e.deltaMode?1:0.002,s=Math.min(2.5,Math.max(0.2,t.s*Math.pow(2,-e.deltaY*k)));
var r=v.getBoundingClientRect(),px=e.clientX-r.left,py=e.clientY-r.top;
t.x=px-(px-t.x)*(s/t.s);t.y=py-(py-t.y)*(s/t.s);t.s=s;apply();},{passive:false});
var items=Array.prototype.map.call(document.querySelectorAll('button[data-node-id]'),function(b){
return{id:b.dataset.nodeId,name:b.firstChild.textContent,kind:b.lastChild.textContent,key:(b.dataset.nodeId+' '+b.firstChild.textContent).toLowerCase()};});
var input=document.querySelector('.search-input'),list=document.getElementById('results');
input.addEventListener('input',function(){var q=input.value.trim().toLowerCase();
var hits=q?items.filter(function(i){return i.key.indexOf(q)>=0;}).slice(0,20):[];
list.replaceChildren.apply(list,hits.map(function(h){var li=document.createElement('li');li.setAttribute('role','option');
li.textContent=h.name+' \\u2014 '+h.kind;return li;}));
if(q&&hits.length===0){var li=document.createElement('li');li.textContent='Nothing matches';list.replaceChildren(li);}
input.setAttribute('aria-expanded',String(q!==''));});
var aside=document.getElementById('detail'),title=document.getElementById('detail-title'),sum=document.getElementById('detail-summary');
m.addEventListener('click',function(e){var b=e.target.closest('button[data-node-id]');if(!b)return;
aside.hidden=false;title.textContent=b.firstChild.textContent;sum.textContent=b.title;});
window.addEventListener('keydown',function(e){if(e.key==='Escape'){aside.hidden=true;title.textContent='';}});
v.dataset.framed='true';})();`;

const STYLE = `html,body{margin:0;height:100%;overflow:hidden;font:15px system-ui,sans-serif;color:#1a1a1a;background:#fff}
#top{position:fixed;top:0;left:0;right:0;height:56px;display:flex;align-items:center;padding:0 16px;border-bottom:1px solid #ccc;background:#fff;z-index:2}
[role=search]{position:relative}
.search-input{width:360px;font:inherit;padding:6px 10px}
#results{position:absolute;top:100%;left:0;width:440px;max-height:60vh;overflow:auto;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #888}
#results:empty{display:none}
#results li{padding:6px 10px}
#viewport{position:absolute;top:57px;left:0;right:0;bottom:0;overflow:hidden;background:#fafafa;touch-action:none}
#map{position:absolute;left:0;top:0;transform-origin:0 0}
.g{position:absolute;box-sizing:border-box;border:1px solid #bbb;border-radius:12px;background:#f0f0f0}
.g span{display:block;padding:12px 18px;font-weight:700}
.g small{display:block;padding:0 18px;font-size:12px}
svg text{font-size:12px;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}
svg{position:absolute;left:0;top:0;overflow:visible;pointer-events:none}
svg path{fill:none;stroke:#888;stroke-width:1.5}
.n{position:absolute;box-sizing:border-box;border:2px solid var(--c);border-radius:8px;background:#fff;padding:8px 10px;text-align:left;overflow:hidden;white-space:nowrap;font:600 15px system-ui,sans-serif;color:inherit}
.n small{display:block;font-weight:400;font-size:12px}
#detail{position:fixed;right:0;top:57px;bottom:0;width:380px;background:#fff;border-left:1px solid #ccc;padding:16px;z-index:1}`;

/**
 * What the floor page draws: a view's nodes and relations, and boxes (a grouped view's groups,
 * or the big picture's blocks, with lines of text under their label) with labelled arrows
 * between boxes (the big picture's).
 * @typedef {{ id: string, label: string, x: number, y: number, width: number, height: number,
 *   lines?: string[] }} FloorBox
 * @typedef {Pick<import('../../src/model/types.ts').View,
 *   'title' | 'width' | 'height' | 'nodes' | 'relations'>
 *   & { groups?: FloorBox[], arrows?: { from: string, to: string, label: string }[] }} FloorView
 */

/**
 * The big picture as the floor pages draw it: what the app draws with nothing selected, each
 * block with its label and count and the names of its highlighted members, and every shown
 * arrow between blocks with its label.
 * @param {import('./build.mjs').ExportedAtlas} atlas
 * @param {import('../../src/model/types.ts').View & Required<Pick<import('../../src/model/types.ts').View, 'blocks' | 'links'>>} big
 * @returns {FloorView}
 */
export function bigPictureFloor(atlas, big) {
  const nameById = new Map(atlas.nodes.map((n) => [n.id, n.name]));
  return {
    ...big,
    nodes: [],
    relations: [],
    groups: big.blocks.map((b) => ({
      id: b.id,
      label: `${b.label} ${b.count}`,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      lines: b.highlights.map((id) => nameById.get(id) ?? id),
    })),
    arrows: big.links
      .filter((l) => l.shown)
      .map((l) => ({ from: l.from, to: l.to, label: l.label })),
  };
}

/**
 * Where an arrow between two boxes runs: from the bottom of the upper to the top of the lower
 * (side by side: from the right of the left one to the left of the right one).
 * @param {FloorBox} a
 * @param {FloorBox} b
 */
export function arrowBetween(a, b) {
  const stacked = a.y + a.height <= b.y || b.y + b.height <= a.y;
  if (!stacked) {
    const [l, r] = a.x <= b.x ? [a, b] : [b, a];
    const [sx, sy, tx, ty] = [l.x + l.width, l.y + l.height / 2, r.x, r.y + r.height / 2];
    return a === l ? { sx, sy, tx, ty } : { sx: tx, sy: ty, tx: sx, ty: sy };
  }
  const down = a.y < b.y;
  return {
    sx: a.x + a.width / 2,
    sy: down ? a.y + a.height : a.y,
    tx: b.x + b.width / 2,
    ty: down ? b.y : b.y + b.height,
  };
}

/**
 * The floor page for one view of an exported atlas, as HTML text.
 * Node buttons carry data-node-id and group boxes data-group-id, like the app's.
 * @param {import('./build.mjs').ExportedAtlas} atlas
 * @param {FloorView} view
 */
export function floorPage(atlas, view) {
  const nodeById = new Map(atlas.nodes.map((n) => [n.id, n]));
  const kindById = new Map(atlas.kinds.map((k) => [k.id, k]));
  const placed = new Map(view.nodes.map((p) => [p.id, p]));
  const relations = new Set(view.relations);
  const groups = (view.groups ?? [])
    .map(
      (g) =>
        `<div class="g" data-group-id="${escape(g.id)}" style="left:${g.x}px;top:${g.y}px;width:${g.width}px;height:${g.height}px"><span>${escape(g.label)}</span>${(g.lines ?? []).map((line) => `<small>${escape(line)}</small>`).join('')}</div>`,
    )
    .join('\n');
  const boxById = new Map((view.groups ?? []).map((g) => [g.id, g]));
  const arrows = (view.arrows ?? [])
    .flatMap((arrow) => {
      const a = boxById.get(arrow.from);
      const b = boxById.get(arrow.to);
      if (!a || !b || a === b) return [];
      const { sx, sy, tx, ty } = arrowBetween(a, b);
      return [
        `<path d="M${sx},${sy} L${tx},${ty}" marker-end="url(#arrow)"/><text x="${(sx + tx) / 2}" y="${(sy + ty) / 2}">${escape(arrow.label)}</text>`,
      ];
    })
    .join('\n');
  const paths = atlas.relations
    .flatMap((r) => {
      const a = placed.get(r.from);
      const b = placed.get(r.to);
      if (!relations.has(r.id) || !a || !b) return [];
      const [sx, sy, tx, ty] = [a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2];
      const c = Math.max(Math.abs(tx - sx) * 0.5, 30);
      return [
        `<path d="M${sx},${sy} C${sx + c},${sy} ${tx - c},${ty} ${tx},${ty}" marker-end="url(#arrow)"/>`,
      ];
    })
    .join('\n');
  const nodes = view.nodes
    .map((p) => {
      const node = nodeById.get(p.id);
      const kind = node && kindById.get(node.kind);
      return `<button type="button" class="n" data-node-id="${escape(p.id)}" title="${escape(node?.summary ?? '')}" style="left:${p.x}px;top:${p.y}px;width:${p.width}px;height:${p.height}px;--c:${escape(kind?.color ?? '#888')}">${escape(node?.name ?? p.id)}<small>${escape(kind?.label ?? '')}</small></button>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Floor: ${escape(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="top"><div role="search"><input class="search-input" type="search" role="combobox" aria-label="Search" aria-controls="results" aria-expanded="false" autocomplete="off"><ul id="results" role="listbox" aria-label="Search results"></ul></div></div>
<aside id="detail" hidden><h2 id="detail-title"></h2><p id="detail-summary"></p></aside>
<main id="viewport" class="map-frame"><div id="map" data-w="${view.width}" data-h="${view.height}" style="width:${view.width}px;height:${view.height}px"><script>${FIT}</script>
${groups}
<svg width="${view.width}" height="${view.height}" aria-hidden="true"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>
${paths}
${arrows}
</svg>
${nodes}
</div></main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
