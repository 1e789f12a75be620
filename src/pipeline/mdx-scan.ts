/**
 * What a doc's MDX asks for, read from its parsed tree (remark with the MDX syntax, as the
 * compiler itself parses it) rather than from regular expressions over the source: so
 * `<NodeLink id='x'>` is checked whatever its quotes, and a sentence such as "Onboarding = easy."
 * is prose, not an event handler.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';

/** A place in the doc, 1-based. */
export interface Place {
  line: number;
  column: number;
}

export interface MdxScan {
  /** Every `import … from 'target'`. */
  imports: (Place & { target: string })[];
  /** Every `<NodeLink>`: its id when it is a plain string, null when it is missing or an expression. */
  nodeLinks: (Place & { id: string | null })[];
  /** Markup that could run code or pull in other content, named as the author wrote it. */
  unsafe: (Place & { what: string })[];
}

/** Elements that could run code or pull in other content. */
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta']);

interface Positioned {
  position?: { start: { line: number; column: number } };
}

function placeOf(node: Positioned, fallback: Place = { line: 1, column: 1 }): Place {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

let processor: ReturnType<typeof createProcessor> | undefined;

/**
 * Parses a doc (frontmatter included) and lists its imports, node links and unsafe markup.
 * Throws what the MDX parser throws on a syntax error; the compile step reports it in place.
 * @example scanMdx('---\ntitle: T\n---\nSee <NodeLink id="proxy">the proxy</NodeLink>.')
 */
export function scanMdx(source: string): MdxScan {
  processor ??= createProcessor({ remarkPlugins: [remarkFrontmatter] });
  const tree = processor.parse(source);
  const scan: MdxScan = { imports: [], nodeLinks: [], unsafe: [] };
  visit(tree, (node) => {
    const place = placeOf(node as Positioned);
    switch (node.type) {
      case 'mdxjsEsm': {
        const value = (node as { value: string }).value;
        // An ESM block may hold several statements; report each on its own line.
        value.split('\n').forEach((text, i) => {
          const at = { line: place.line + i, column: i === 0 ? place.column : 1 };
          const imported = /^\s*import\s[^'"]*['"]([^'"]+)['"]/.exec(text);
          if (imported) scan.imports.push({ ...at, target: imported[1] ?? '' });
          else if (/^\s*export\s/.test(text)) scan.unsafe.push({ ...at, what: 'export' });
        });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        scan.unsafe.push({ ...place, what: `{${(node as { value: string }).value.trim()}}` });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as unknown as {
          name: string | null;
          attributes: (Positioned & {
            type: string;
            name?: string;
            value?: unknown;
          })[];
        };
        const name = element.name ?? '';
        if (UNSAFE_ELEMENTS.has(name.toLowerCase()))
          scan.unsafe.push({ ...place, what: `<${name}` });
        let linkId: string | null = null;
        for (const attribute of element.attributes) {
          const at = placeOf(attribute, place);
          if (attribute.type !== 'mdxJsxAttribute') {
            scan.unsafe.push({ ...at, what: '{...spread}' });
            continue;
          }
          const attr = attribute.name ?? '';
          if (/^on[a-z]/i.test(attr) || attr === 'dangerouslySetInnerHTML')
            scan.unsafe.push({ ...at, what: `${attr}=` });
          else if (typeof attribute.value === 'string' && /^\s*javascript:/i.test(attribute.value))
            scan.unsafe.push({ ...at, what: 'javascript:' });
          else if (attribute.value !== null && typeof attribute.value === 'object')
            scan.unsafe.push({ ...at, what: `${attr}={…}` });
          if (name === 'NodeLink' && attr === 'id' && typeof attribute.value === 'string')
            linkId = attribute.value;
        }
        if (name === 'NodeLink') scan.nodeLinks.push({ ...place, id: linkId });
        break;
      }
      case 'link':
      case 'definition':
      case 'image': {
        const url = (node as { url: string }).url;
        if (/^\s*javascript:/i.test(url)) scan.unsafe.push({ ...place, what: 'javascript:' });
        break;
      }
    }
  });
  return scan;
}
