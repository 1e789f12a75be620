import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/**
 * A YAML file read from disk, parsed, with what is needed to point at its fields. `Data` is
 * what it holds: unknown until it passed its schema (schemas.ts `checkSchema`).
 */
export interface LoadedFile<Data = unknown> {
  /** Path relative to the atlas root, forward slashes. */
  file: string;
  data: Data;
  doc: Document.Parsed;
  lines: LineCounter;
}

export async function listFiles(dir: string, extension: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Reads and parses one YAML file; syntax errors become problems with their line and column. */
export async function loadYamlFile(
  root: string,
  path: string,
): Promise<{ loaded?: LoadedFile; problems: Problem[] }> {
  const file = relativePath(root, path);
  const text = await readFile(path, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        const what = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code;
        return {
          file,
          line: pos.line,
          column: pos.col,
          pointer: '',
          message: `YAML syntax error: ${what}`,
          fix: 'correct the YAML syntax at this position (check indentation, colons and quotes)',
        };
      }),
    };
  }
  return { loaded: { file, data: doc.toJS(), doc, lines }, problems: [] };
}

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Line and column of the value at a JSON pointer; for a missing field, of the deepest parent
 * that exists. With `key`, of the map key rather than its value (for unexpected fields).
 */
export function locate(
  loaded: LoadedFile,
  pointer: string,
  options: { key?: boolean } = {},
): { line: number; column: number } {
  let node: Node | null | undefined = loaded.doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of decodePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      keyNode = undefined;
      node = item;
    } else break;
  }
  const target = options.key && keyNode ? keyNode : (node ?? keyNode);
  const offset = target?.range?.[0] ?? 0;
  const pos = loaded.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
