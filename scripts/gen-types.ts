/**
 * `npm run gen:types`: writes src/model/generated/schema-types.ts, the TypeScript types of the
 * data files, from graph-data/schema/*.schema.json, so a field is declared once, in its schema.
 * tests/unit/pipeline/gen-types.test.ts fails when the committed file is not what this writes.
 *
 * json-schema-to-typescript does the compiling; before it sees a schema, this script
 *  - replaces each `$ref` to common.schema.json by the name of the type written for that `$def`
 *    (`Id`, `HttpsUrl`, `Level`), so the shared forms are declared once, and inlines the
 *    schema's own `#/definitions/…`;
 *  - names the schema's type after its file (`node` → `NodeFile`) and drops every other
 *    `title`: the compiler turns each titled schema into a type of its own (`Name`, `Name1`,
 *    `Object` …), and the titles are written for editors, not as type names. A title without a
 *    description becomes the description, so it still reaches the doc comment.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { format, resolveConfig } from 'prettier';

const SCHEMA_DIR = new URL('../graph-data/schema/', import.meta.url);
export const OUTPUT = new URL('../src/model/generated/schema-types.ts', import.meta.url);
const COMMON = 'common';
const COMMON_REF = `${COMMON}.schema.json#/$defs/`;

type Schema = { [key: string]: unknown };

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `relation-types` → `RelationTypes`. */
function pascal(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

/** The schemas in `dir`, by name (the file name without .schema.json), sorted. */
function schemaNames(dir: URL): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.schema.json'))
    .map((file) => file.slice(0, -'.schema.json'.length))
    .sort();
}

function readSchema(dir: URL, name: string): Schema {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), 'utf8')) as Schema;
}

/** `text` broken at spaces into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The type name a file's schema is compiled to: `node` → `NodeFile`. */
export function typeNameOf(schema: string): string {
  return `${pascal(schema)}File`;
}

/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'propertyNames', 'contains', 'not']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties']);

/**
 * A copy of `schema` ready for the compiler: refs replaced or inlined, titles dropped (see the
 * header). `local` holds the schema's own `definitions`. Values that are data, not schemas
 * (`examples`, `enum`, `required` …), are copied as they are.
 */
function prepare(schema: Schema, local: Schema): Schema {
  const { $ref, title, $schema: _dialect, $id: _id, definitions: _defs, ...rest } = schema;
  let out: Schema = {};
  if (typeof $ref === 'string') {
    if ($ref.startsWith(COMMON_REF)) out = { tsType: pascal($ref.slice(COMMON_REF.length)) };
    else if ($ref.startsWith('#/definitions/')) {
      const target = local[$ref.slice('#/definitions/'.length)];
      if (!isSchema(target)) throw new Error(`gen:types: ${$ref} names no definition`);
      out = prepare(target, local);
    } else throw new Error(`gen:types: cannot resolve ${$ref}`);
  }
  const sub = (value: unknown) => (isSchema(value) ? prepare(value, local) : value);
  for (const [key, value] of Object.entries(rest))
    out[key] = SUBSCHEMA.has(key)
      ? sub(value)
      : SUBSCHEMA_LISTS.has(key) && Array.isArray(value)
        ? value.map(sub)
        : SUBSCHEMA_MAPS.has(key) && isSchema(value)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sub(v)]))
          : value;
  if (typeof title === 'string' && out.description === undefined) out.description = title;
  return out;
}

const OPTIONS = {
  bannerComment: '',
  format: false,
  // Arrays with minItems would otherwise become tuples of that many items.
  ignoreMinAndMaxItems: true,
  unknownAny: true,
  // No refs are left for the compiler to resolve (prepare() handled them).
  declareExternallyReferenced: false,
} as const;

/**
 * The text of src/model/generated/schema-types.ts, as the schemas in `dir` (a folder URL ending
 * in /; graph-data/schema/ unless told) are now.
 */
export async function generateSchemaTypes(dir: URL = SCHEMA_DIR): Promise<string> {
  const names = schemaNames(dir).filter((name) => name !== COMMON);
  const common = readSchema(dir, COMMON);
  const defs = isSchema(common.$defs) ? common.$defs : {};
  const parts: string[] = [];
  for (const [key, def] of Object.entries(defs))
    parts.push(
      await compile(
        { ...(prepare(isSchema(def) ? def : {}, {}) as JSONSchema), title: pascal(key) },
        pascal(key),
        OPTIONS,
      ),
    );
  for (const name of names) {
    const schema = readSchema(dir, name);
    const local = isSchema(schema.definitions) ? schema.definitions : {};
    const prepared = prepare(schema, local) as JSONSchema;
    const description = [
      prepared.description,
      `The data of a file that passed graph-data/schema/${name}.schema.json ("${String(schema.title)}").`,
    ]
      .filter(Boolean)
      .join('\n\n');
    parts.push(
      await compile(
        { ...prepared, title: typeNameOf(name), description },
        typeNameOf(name),
        OPTIONS,
      ),
    );
  }
  const header = [
    '/**',
    ' * Generated by scripts/gen-types.ts from graph-data/schema/*.schema.json, the files',
    ...wrap([COMMON, ...names].map((name) => `${name}.schema.json`).join(', ') + '.', 90).map(
      (line) => ` *   ${line}`,
    ),
    ' * Do not edit: change the schema, then run `npm run gen:types`.',
    ' */',
  ].join('\n');
  const map = [
    '/** Each schema, by its file name without .schema.json, and the data of the files it checks. */',
    'export interface SchemaFiles {',
    ...names.map((name) => `  '${name}': ${typeNameOf(name)};`),
    '}',
  ].join('\n');
  const text = [header, ...parts, map].join('\n\n');
  const config = await resolveConfig(OUTPUT);
  return format(text, { ...config, filepath: fileURLToPath(OUTPUT) });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUTPUT, await generateSchemaTypes());
  console.error(`wrote ${relative(process.cwd(), fileURLToPath(OUTPUT))}`);
}
