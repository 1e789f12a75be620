import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { SchemaFiles } from '../model/generated/schema-types.ts';
import { nearest } from '../model/suggest.ts';
import { locate, type LoadedFile } from './load.ts';
import type { Problem } from './problems.ts';

/** The schemas are part of the program: they are always read from this repository. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../graph-data/schema/', import.meta.url));

/** A schema's file name without .schema.json; `SchemaFiles` (generated) has one per file. */
export type SchemaName = keyof SchemaFiles;

interface SchemaNode {
  description?: string;
  errorMessage?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  type?: string;
}

const sources = new Map<SchemaName, string>();

/** The text of a schema file, read once. */
export function schemaSource(name: SchemaName): string {
  let text = sources.get(name);
  if (text === undefined) {
    text = readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8');
    sources.set(name, text);
  }
  return text;
}

let common: string | undefined;

/** The text of common.schema.json, the $defs every schema references; read once. */
export function commonSchemaSource(): string {
  common ??= readFileSync(`${SCHEMA_DIR}common.schema.json`, 'utf8');
  return common;
}

/** Each schema's compiled check, a type guard for the type generated from the same schema. */
type Validators = { [S in SchemaName]: ValidateFunction<SchemaFiles[S]> };

let validators: Validators | undefined;

/**
 * Ajv, and the schemas compiled by it, are loaded on the first check (about 0.2 s): a build
 * whose files all passed before (see build.ts) checks none and never needs them.
 */
function compiled(): Validators {
  if (validators) return validators;
  const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
  // errorMessage is an annotation editors show (VS Code's JSON service reads it); we read it too.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, keywords: ['errorMessage'] });
  // The shared $defs (ids, https URLs, levels) every schema references.
  ajv.addSchema(JSON.parse(commonSchemaSource()) as object);
  // The one place a schema is tied to its type: SchemaFiles[S] is generated from the schema
  // compiled here (scripts/gen-types.ts; a unit test fails when the two drift apart).
  const compile = <S extends SchemaName>(name: S) =>
    ajv.compile<SchemaFiles[S]>(JSON.parse(schemaSource(name)) as object);
  // Written out, not looped over, so the typecheck knows each entry's type and that none is missing.
  validators = {
    node: compile('node'),
    path: compile('path'),
    architecture: compile('architecture'),
    kinds: compile('kinds'),
    'relation-types': compile('relation-types'),
    skills: compile('skills'),
    view: compile('view'),
    personas: compile('personas'),
    pathways: compile('pathways'),
    settings: compile('settings'),
    'settings-history': compile('settings-history'),
    'setting-summaries': compile('setting-summaries'),
    'setting-keys': compile('setting-keys'),
    trace: compile('trace'),
    activity: compile('activity'),
  };
  return validators;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function didYouMean(value: string, options: readonly string[]): string {
  const guess = nearest(value, options, 1)[0];
  return guess ? `did you mean "${guess}"? ` : '';
}

function toProblem(loaded: LoadedFile, error: ErrorObject): Problem {
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const hint = parent.errorMessage;
  const at = (pointer: string, key = false) => ({
    file: loaded.file,
    pointer,
    ...locate(loaded, pointer, { key }),
  });
  const data = error.data;
  switch (error.keyword) {
    case 'required': {
      const field = (error.params as { missingProperty: string }).missingProperty;
      const description = parent.properties?.[field]?.description?.replace(/^Required\.\s*/, '');
      return {
        ...at(error.instancePath),
        pointer: `${error.instancePath}/${field}`,
        message: `missing required field "${field}"`,
        fix: `add "${field}:"${description ? ` (${description.replace(/\.$/, '')})` : ''}`,
      };
    }
    case 'additionalProperties': {
      const field = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent.properties ?? {});
      return {
        ...at(`${error.instancePath}/${field}`, true),
        message: `unexpected field "${field}"`,
        fix: `${didYouMean(field, allowed)}allowed fields here: ${allowed.join(', ')}`,
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return {
        ...at(error.instancePath),
        message: `${JSON.stringify(data)} is not an allowed value`,
        fix: `${typeof data === 'string' ? didYouMean(data, allowed.map(String)) : ''}use one of ${quoteList(allowed)}`,
      };
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
      return {
        ...at(error.instancePath),
        message: `must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : `${article} ${expected}`}, not ${typeName(data)}`,
        fix:
          hint ??
          `write ${expected === 'array' ? 'a YAML list' : expected === 'object' ? 'a YAML mapping' : `${article} ${expected}`} here`,
      };
    }
    case 'pattern':
      return {
        ...at(error.instancePath),
        message: (error.params as { pattern: string }).pattern.startsWith('^https://')
          ? `${JSON.stringify(data)} is not an https:// URL`
          : `${JSON.stringify(data)} is not in the expected form`,
        fix: hint ?? `match the pattern ${(error.params as { pattern: string }).pattern}`,
      };
    case 'minLength':
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof data === 'string' ? data.length : 0;
      const longer = error.keyword === 'maxLength';
      return {
        ...at(error.instancePath),
        message: `is ${length} characters long; ${longer ? 'at most' : 'at least'} ${limit} allowed`,
        fix:
          hint ??
          (longer
            ? `shorten it to ${limit} characters or fewer`
            : `write at least ${limit} characters`),
      };
    }
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      return {
        ...at(error.instancePath),
        message: `has ${Array.isArray(data) ? data.length : 0} items; at least ${limit} needed`,
        fix: hint ?? `add at least ${limit} item${limit === 1 ? '' : 's'}`,
      };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return {
        ...at(`${error.instancePath}/${i}`),
        message: `items ${j} and ${i} are the same`,
        fix: 'remove the repeated item',
      };
    }
    default:
      return {
        ...at(error.instancePath),
        message: error.message ?? `fails the ${error.keyword} rule`,
        fix: hint ?? `see graph-data/schema for what this field takes`,
      };
  }
}

/**
 * A file read and checked against its schema: typed by the schema when it passed, else with
 * what is wrong. `data` is what the file parsed to, valid or not; neither is set when the YAML
 * did not parse.
 */
export interface Checked<Data> {
  /** The file, when it parsed and passed its schema (then `problems` is empty). */
  valid?: LoadedFile<Data>;
  data?: unknown;
  problems: Problem[];
}

/** Checks a file against its schema; every violation becomes a located problem. */
export function checkSchema<S extends SchemaName>(
  loaded: LoadedFile,
  schema: S,
): Checked<SchemaFiles[S]> {
  const validate: ValidateFunction<SchemaFiles[S]> = compiled()[schema];
  const { data } = loaded;
  if (validate(data)) return { valid: { ...loaded, data }, data, problems: [] };
  return { data, problems: (validate.errors ?? []).map((e) => toProblem(loaded, e)) };
}
