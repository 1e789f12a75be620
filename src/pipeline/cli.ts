/**
 * `npm run validate [-- --root DIR]`: checks graph-data/ and docs/, prints every problem, exits 1 on any.
 * `npm run export [-- --root DIR]`: prints the resolved atlas as JSON on stdout and nothing else.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAtlas } from './build.ts';
import { formatProblem } from './problems.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: '.' } },
});
const command = positionals[0];
const root = resolve(values.root);

if (command === 'validate') {
  const { atlas, problems, stats } = await buildAtlas({ root, layout: false });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
    process.exit(1);
  }
  console.log(
    `graph-data is valid: ${atlas.nodes.length} nodes, ${atlas.relations.length} relations, ` +
      `${atlas.paths.length} paths, ${atlas.architectures.length} architectures, ${atlas.docs.length} docs (${stats.milliseconds} ms).`,
  );
} else if (command === 'export') {
  const { atlas, problems, stats } = await buildAtlas({ root });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
  const { nodes, relations, views, paths, architectures, kinds, relationTypes, docs } = atlas;
  process.stdout.write(
    JSON.stringify(
      {
        format: 'jupyter-atlas/1',
        nodes,
        relations,
        views,
        paths,
        architectures,
        kinds,
        relationTypes,
        docs,
      },
      null,
      2,
    ) + '\n',
  );
  console.error(
    `exported ${nodes.length} nodes (${stats.layoutsCached ? 'layout cache hit' : 'layout computed'})`,
  );
} else {
  console.error('usage: tsx src/pipeline/cli.ts validate|export [--root DIR]');
  process.exit(2);
}
