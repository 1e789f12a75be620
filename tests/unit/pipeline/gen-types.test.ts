import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes, OUTPUT, typeNameOf } from '../../../scripts/gen-types';

const STALE =
  'src/model/generated/schema-types.ts is not what graph-data/schema/ gives: run npm run gen:types and commit the result';

/** Names exported by a generated file, in order. */
const exported = (text: string) =>
  [...text.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);

describe('the types generated from graph-data/schema/', () => {
  const generated = generateSchemaTypes();

  it('are committed as the schemas are now', async () => {
    const committed = await readFile(OUTPUT, 'utf8');
    expect(committed, STALE).toBe(await generated);
  });

  it('name the shared forms after their $defs and each file type after its schema', async () => {
    expect(exported(await generated)).toEqual([
      'Id',
      'HttpsUrl',
      'Level',
      ...[
        'activity',
        'architecture',
        'kinds',
        'node',
        'path',
        'pathways',
        'personas',
        'relation-types',
        'setting-keys',
        'setting-summaries',
        'settings',
        'settings-history',
        'skills',
        'trace',
        'view',
      ].map(typeNameOf),
      'SchemaFiles',
    ]);
  });

  it('change when a schema gains a field, so a stale file is caught', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-schemas-'));
    try {
      await cp('graph-data/schema', dir, { recursive: true });
      const file = join(dir, 'view.schema.json');
      const schema = JSON.parse(await readFile(file, 'utf8')) as {
        properties: Record<string, unknown>;
      };
      schema.properties.colour = { description: 'A colour for the view.', type: 'string' };
      await writeFile(file, JSON.stringify(schema));
      const changed = await generateSchemaTypes(pathToFileURL(`${dir}/`));
      expect(changed).not.toBe(await generated);
      expect(changed).toMatch(/A colour for the view\.\n\s+\*\/\n\s+colour\?: string;/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
