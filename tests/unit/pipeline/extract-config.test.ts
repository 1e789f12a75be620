import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../fixtures/extract/traits_fixture.py', import.meta.url));

interface Extracted {
  line: number;
  bases: string[];
  settings: Record<string, unknown>[];
  overrides: { name: string; computed: number }[];
}

function extract(): Record<string, Extracted> {
  let out: string;
  try {
    out = execFileSync('python3', ['scripts/extract-config.py', '--module', FIXTURE], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(
      `scripts/extract-config.py needs python3 (3.9 or newer, standard library only): ${String(error)}`,
    );
  }
  return JSON.parse(out) as Record<string, Extracted>;
}

const classes = extract();
const base = classes.Base as Extracted;
const byName = (name: string) => {
  const { line: _line, ...rest } = base.settings.find((s) => s.name === name) ?? {};
  return rest;
};

describe('scripts/extract-config.py over a fixture module', () => {
  it('keeps configurable traits only, in source order, with their lines', () => {
    expect(base.settings.map((s) => s.name)).toEqual([
      'tagged',
      'keyword',
      'multi_line',
      'computed_one',
      'old_style',
      'either',
      'listed',
      'listed_positional',
      'mapping',
      'choice',
      'caseless',
      'klass',
      'expression',
      'no_default',
      'arithmetic',
      'old_name',
      'sphinx_style',
      'pending',
      'mentions',
      'observed',
    ]);
    expect(base.settings[0]?.line).toBe(21);
  });

  it('prints literal defaults as Python does, and names expressions and type defaults', () => {
    expect(byName('tagged')).toEqual({
      name: 'tagged',
      type: 'Unicode',
      default: "'hello'",
      defaultFrom: 'literal',
    });
    expect(byName('keyword')).toMatchObject({ default: '30', defaultFrom: 'literal' });
    expect(byName('expression')).toMatchObject({ default: 'os.sep', defaultFrom: 'expression' });
    expect(byName('no_default')).toMatchObject({ default: '0', defaultFrom: 'type' });
    expect(byName('arithmetic')).toMatchObject({ default: '1800', defaultFrom: 'literal' });
    expect(byName('mapping')).toMatchObject({
      type: 'Dict(Integer)',
      default: '{}',
      defaultFrom: 'type',
    });
  });

  it('reads computed defaults from @default and from the old _name_default methods', () => {
    expect(byName('computed_one')).toEqual({
      name: 'computed_one',
      type: 'Unicode',
      defaultFrom: 'computed',
      computed: 33,
    });
    expect(byName('old_style')).toMatchObject({ defaultFrom: 'computed', computed: 38 });
    expect(classes.Child?.overrides).toEqual([{ name: 'tagged', computed: 74 }]);
  });

  it('spells nested trait types and enum values', () => {
    expect(byName('either')).toMatchObject({
      type: 'Union(Unicode, List(Unicode))',
      default: "'x'",
    });
    expect(byName('listed')).toMatchObject({ type: 'List(Unicode)', default: "['a', 'b']" });
    expect(byName('listed_positional')).toMatchObject({ type: 'List(Unicode)', default: "['c']" });
    expect(byName('choice')).toMatchObject({
      type: 'Enum',
      default: "'two'",
      values: ["'one'", "'two'"],
    });
    expect(byName('caseless')).toMatchObject({ default: "'A'", values: ["'A'", "'B'"] });
    expect(byName('klass')).toMatchObject({ type: 'Type(pkg.Base)', default: "'pkg.Thing'" });
  });

  it('finds stated deprecations with their version and replacement, and no mentions', () => {
    expect(byName('old_name').deprecated).toEqual({ since: '2.1', by: 'Base.tagged' });
    expect(byName('sphinx_style').deprecated).toEqual({ since: '1.5', by: 'keyword' });
    expect(byName('observed').deprecated).toEqual({ since: '3.0', by: 'Base.keyword' });
    expect(byName('pending').deprecated).toBeUndefined();
    expect(byName('mentions').deprecated).toBeUndefined();
  });

  it('records bases and leaves a subclass with its own settings only', () => {
    expect(classes.Child?.bases).toEqual(['Base']);
    expect(classes.Child?.settings.map((s) => s.name)).toEqual(['extra']);
  });
});
