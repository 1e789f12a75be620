/**
 * The one module that reaches mdx-bundler. MDX is compiled here, at build time, into ES modules
 * that receive React and the JSX runtime as arguments: the browser never evaluates source text,
 * so the page runs under a Content-Security-Policy without 'unsafe-eval'.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { nearest } from '../model/suggest.ts';
import type { DocInfo } from '../model/types.ts';
import { relativePath } from './load.ts';
import type { Problem } from './problems.ts';

export interface CompiledDoc {
  info: DocInfo;
  /** An ES module: `export default function (React, ReactDOM, _jsx_runtime) { … }` returning the MDX exports. */
  module: string;
}

const IMPORT_RE = /^\s*import\s[^'"]*['"]([^'"]+)['"]/gm;
const NODE_LINK_RE = /<NodeLink\s+id="([^"]*)"/g;
/** Markup that could run code or pull in other content: never allowed in a doc. */
const UNSAFE_RE =
  /<(script|iframe|object|embed|style|link|meta)\b|\bon[a-z]+\s*=|dangerouslySetInnerHTML|javascript:|^\s*export\s/gim;

function lineColumnOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Wraps mdx-bundler's function-body output in a module; the body ends in `return Component;`. */
export function toEsModule(code: string): string {
  return `export default function mdxModule(React, ReactDOM, _jsx_runtime) {\n${code}\n}\n`;
}

export async function compileDoc(
  root: string,
  docsDir: string,
  path: string,
  nodeIds: ReadonlySet<string>,
): Promise<{ doc?: CompiledDoc; problems: Problem[] }> {
  const file = relativePath(root, path);
  const id = relativePath(docsDir, path).replace(/\.mdx$/, '');
  const source = await readFile(path, 'utf8');
  const problems: Problem[] = [];

  for (const match of source.matchAll(IMPORT_RE)) {
    const target = match[1] ?? '';
    const resolved = resolvePath(dirname(path), target);
    if (!target.startsWith('.') || !resolved.startsWith(resolvePath(docsDir) + '/')) {
      problems.push({
        file,
        pointer: '',
        ...lineColumnOf(source, match.index ?? 0),
        message: `imports "${target}", which is outside docs/`,
        fix: 'docs may only import other files under docs/ by relative path; use the MDX components the atlas provides (NodeLink) instead',
      });
    }
  }
  for (const match of source.matchAll(UNSAFE_RE)) {
    problems.push({
      file,
      pointer: '',
      ...lineColumnOf(source, match.index ?? 0),
      message: `contains "${match[0].trim()}", which could run code in the page`,
      fix: 'write plain Markdown; links are [text](https://…) and other nodes are <NodeLink id="…">',
    });
  }
  for (const match of source.matchAll(NODE_LINK_RE)) {
    const target = match[1] ?? '';
    if (!nodeIds.has(target)) {
      const guess = nearest(target, nodeIds, 1)[0];
      problems.push({
        file,
        pointer: '',
        ...lineColumnOf(source, match.index ?? 0),
        message: `<NodeLink> names unknown node "${target}"`,
        fix: guess ? `did you mean "${guess}"?` : 'name an existing node id',
      });
    }
  }
  if (problems.length > 0) return { problems };

  try {
    const result = await bundleMDX({
      source,
      cwd: dirname(path),
      // Problems are reported through the error below, not printed by esbuild.
      esbuildOptions: (o) => ({ ...o, logLevel: 'silent' }),
    });
    const frontmatter = result.frontmatter as { title?: unknown; sources?: unknown };
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
    const sources = Array.isArray(frontmatter.sources)
      ? frontmatter.sources.filter((s): s is string => typeof s === 'string')
      : [];
    if (!title)
      problems.push({
        file,
        line: 1,
        column: 1,
        pointer: '/title',
        message: 'the frontmatter has no title',
        fix: 'add "title: …" between the --- lines at the top',
      });
    const badSource = sources.find((s) => !/^https:\/\/\S+$/.test(s));
    if (sources.length === 0 || badSource !== undefined)
      problems.push({
        file,
        line: 1,
        column: 1,
        pointer: '/sources',
        message:
          badSource === undefined
            ? 'the frontmatter lists no sources'
            : `source "${badSource}" is not an https URL`,
        fix: 'list the https URLs the facts were checked against under "sources:" in the frontmatter',
      });
    if (problems.length > 0) return { problems };
    return {
      doc: { info: { id, title, sources, file }, module: toEsModule(result.code) },
      problems,
    };
  } catch (error) {
    // esbuild wraps the MDX compiler's message; its cause has the real reason and place.
    interface Cause {
      reason?: string;
      place?: { start?: { line: number; column: number } };
    }
    interface EsbuildMessage {
      text: string;
      location?: { line: number; column: number } | null;
      detail?: { cause?: Cause };
    }
    const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
    const cause = first?.detail?.cause;
    const text = cause?.reason ?? first?.text.split('\n')[0] ?? (error as Error).message;
    return {
      problems: [
        {
          file,
          pointer: '',
          line: cause?.place?.start?.line ?? first?.location?.line ?? 1,
          column: cause?.place?.start?.column ?? (first?.location?.column ?? 0) + 1,
          message: `MDX does not compile: ${text}`,
          fix: 'correct the MDX at this position (close every tag; escape { and < in prose as \\{ and &lt;)',
        },
      ],
    };
  }
}
