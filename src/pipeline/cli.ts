/**
 * `npm run validate [-- --root DIR]`: checks graph-data/ and docs/, prints every problem, exits 1 on any.
 * `npm run export [-- --root DIR]`: prints the resolved atlas as JSON on stdout and nothing else.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coverage } from '../model/coverage.ts';
import { buildAtlas } from './build.ts';
import { formatProblem } from './problems.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string', default: '.' } },
});
const command = positionals[0];
const root = resolve(values.root);

if (command === 'validate') {
  const { atlas, settings, problems, warnings, stats } = await buildAtlas({
    root,
    layout: false,
  });
  for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
    process.exit(1);
  }
  const summarised = settings.settings.filter((s) => s.summary).length;
  console.log(
    `graph-data is valid: ${atlas.nodes.length} nodes, ${atlas.relations.length} relations, ` +
      `${atlas.paths.length} paths, ${atlas.architectures.length} architectures, ${atlas.docs.length} docs, ` +
      `${settings.settings.length} settings of ${settings.classes.length} classes (${summarised} summarised, ${settings.keys.length} distribution keys) ` +
      `(${stats.milliseconds} ms; docs: ${stats.docsCompiled} compiled, ${stats.docsCached} from the cache).`,
  );
} else if (command === 'export') {
  const { atlas, settings, problems, stats } = await buildAtlas({ root });
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
        settings,
      },
      null,
      2,
    ) + '\n',
  );
  console.error(
    `exported ${nodes.length} nodes (${stats.layoutsCached ? 'layout cache hit' : 'layout computed'})`,
  );
} else if (command === 'report') {
  const { atlas, problems, warnings } = await buildAtlas({ root, layout: false });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
  const report = coverage(atlas);
  const dated = atlas.nodes.filter((n) => n.activity);
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
  console.log(`Coverage of ${report.total} nodes\n`);
  console.log('nodes per kind');
  for (const { kind, count } of report.byKind)
    console.log(`  ${kind.padEnd(20)}${String(count).padStart(4)}`);
  console.log('\nshare of nodes with');
  console.log(`  ${'a doc (docs/nodes/<id>.mdx)'.padEnd(54)}${pct(report.share.doc)}`);
  console.log(
    `  ${'contribute links (guide, first issues, help wanted)'.padEnd(54)}${pct(report.share.contribute)}`,
  );
  console.log(`  ${'config (plugins, services, databases)'.padEnd(54)}${pct(report.share.config)}`);
  console.log(`  ${'sources'.padEnd(54)}${pct(report.share.sources)}`);
  for (const key of ['sources', 'config', 'contribute', 'doc'] as const) {
    const lacking = report.nodes.filter((n) => !n[key]);
    console.log(
      `\nwithout ${key === 'doc' ? 'a doc' : key === 'contribute' ? 'complete contribute links' : key} (${lacking.length})`,
    );
    for (const n of lacking) console.log(`  ${n.file}`);
  }
  console.log(
    `\nstatus against the dates (${dated.length} nodes with a repository; as of ${dated[0]?.activity?.asOf ?? '-'})`,
  );
  console.log(`  disagreeing with the rules (${warnings.length})`);
  for (const w of warnings) console.log(`    ${w.file}: ${w.message}`);
  const unread = dated.filter((n) => n.activity?.unread);
  console.log(`  repository not read (${unread.length})`);
  for (const n of unread) console.log(`    ${n.file}: ${n.activity?.unread}`);
  const stale = dated.filter((n) => n.activity?.stale);
  console.log(`  copy out of date, not judged (${stale.length})`);
  for (const n of stale) console.log(`    ${n.file}: ${n.activity?.stale}`);
} else {
  console.error('usage: tsx src/pipeline/cli.ts validate|export|report [--root DIR]');
  process.exit(2);
}
