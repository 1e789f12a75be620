import { interpolateRgb } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import { Link, useSearch } from 'wouter';
import { goodFirstPlaces, LEVELS, nodesInCell, whereToHelp } from '../../model/pathways';
import type { AtlasNode, Level } from '../../model/types';
import { useFullAtlas } from '../../state/atlas-context';
import { useQueryUpdate } from '../../state/url-state';
import { ExternalLink } from '../../ui/external-link';
import { links } from '../../state/routes';

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Projects with their level, skills and contribution links. */
function HelpList({ nodes, label }: { nodes: AtlasNode[]; label: string }) {
  return (
    <ol className="help-list" aria-label={label}>
      {nodes.map((n) => (
        <li key={n.id}>
          <Link href={links.node(n.id)}>{n.name}</Link>{' '}
          <span className="muted small">
            {n.contribute?.level} · {(n.contribute?.skills ?? []).join(', ')}
          </span>
          <ul className="help-links">
            {(
              [
                ['Contributing guide', n.contribute?.guide],
                ['Good first issues', n.contribute?.first_issues],
                ['Help wanted', n.contribute?.help_wanted],
                ['Chat', n.contribute?.chat],
              ] as const
            ).map(([text, href]) =>
              href ? (
                <li key={text}>
                  <ExternalLink href={href}>
                    {text}
                    <span className="visually-hidden"> for {n.name}</span>
                  </ExternalLink>
                </li>
              ) : null,
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** `/pathways`: roles, the skills map and "where can I help?". */
export function PathwaysPage() {
  const { index } = useFullAtlas();
  const atlas = index.atlas;
  const pathways = atlas.pathways;
  const params = new URLSearchParams(useSearch());
  const update = useQueryUpdate();
  if (!pathways)
    return (
      <main className="page" id="main">
        <h1>Contributor pathways</h1>
        <p role="alert">This atlas has no pathways data (graph-data/pathways/pathways.yaml).</p>
      </main>
    );

  const [cellArea, cellLevel] = (params.get('cell') ?? '').split(':');
  const cell = pathways.cells.find((c) => c.area === cellArea && c.level === cellLevel);
  const counts = pathways.cells.map((c) => nodesInCell(atlas, pathways, c.area, c.level).length);
  // d3: cell shade grows with how many components need that skill at that level.
  const shade = scaleLinear<string>()
    .domain([0, Math.max(1, ...counts)])
    .range(['#f1f5f9', '#2563eb'])
    .interpolate(interpolateRgb);

  const picked = (params.get('skills') ?? '')
    .split(',')
    .filter((s) => ID_RE.test(s) && atlas.skills.some((k) => k.id === s));
  const level = (LEVELS as string[]).includes(params.get('level') ?? '')
    ? (params.get('level') as Level)
    : 'novice';
  const help = picked.length > 0 ? whereToHelp(atlas, picked, level) : [];
  const toggleSkill = (id: string) => {
    const next = picked.includes(id) ? picked.filter((s) => s !== id) : [...picked, id];
    update({ skills: next.length > 0 ? next.join(',') : null }, { replace: true });
  };

  return (
    <main className="page wide-page" id="main">
      <h1>Contributor pathways</h1>
      <p className="lead">
        The roles the JupyterHub community names, what each level of skill lets you do, and where
        someone with your skills can start today.
      </p>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">Roles</h2>
        <ol className="roles">
          {pathways.roles.map((r) => (
            <li key={r.id}>
              <strong>{r.label}</strong> — {r.description}{' '}
              <ExternalLink href={r.source} className="source-link">
                source
              </ExternalLink>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="map-title">
        <h2 id="map-title">Skills map</h2>
        <p className="muted">
          Each cell says what someone at that level can do; the number is how many components in the
          atlas ask for that skill at that level. Choose a cell to read it.
        </p>
        <table className="skills-map">
          <caption className="visually-hidden">Skill areas by level</caption>
          <thead>
            <tr>
              <th scope="col">Skill area</th>
              {pathways.levels.map((l) => (
                <th key={l.id} scope="col" title={l.description}>
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pathways.areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.label}</th>
                {pathways.levels.map((l) => {
                  const n = nodesInCell(atlas, pathways, area.id, l.id).length;
                  const current = cell?.area === area.id && cell.level === l.id;
                  return (
                    <td key={l.id} style={{ background: shade(n) }}>
                      <button
                        type="button"
                        className="skills-cell"
                        aria-pressed={current}
                        style={{ color: n > Math.max(1, ...counts) / 2 ? '#fff' : '#1c1d21' }}
                        onClick={() => update({ cell: current ? null : `${area.id}:${l.id}` })}
                      >
                        <span className="visually-hidden">
                          {area.label}, {l.label}:{' '}
                        </span>
                        {n}
                        <span className="visually-hidden"> components</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {cell ? (
          <div className="skills-detail" role="region" aria-label="Selected cell">
            <h3>
              {pathways.areas.find((a) => a.id === cell.area)?.label}, {cell.level}
            </h3>
            <p>
              <strong>Can:</strong> {cell.can}
            </p>
            <p>
              <strong>Learns next:</strong> {cell.next}
            </p>
            {cell.source ? (
              <p className="small">
                <ExternalLink href={cell.source}>What the community says</ExternalLink>
              </p>
            ) : null}
            <h4>Where this skill is used at this level</h4>
            <ul className="link-list">
              {nodesInCell(atlas, pathways, cell.area, cell.level).map((n) => (
                <li key={n.id}>
                  <Link href={links.node(n.id)}>{n.name}</Link>
                  {n.links.repo ? (
                    <>
                      {' '}
                      · <ExternalLink href={n.links.repo}>repository</ExternalLink>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="help-title">
        <h2 id="help-title">Where can I help?</h2>
        <fieldset className="help-skills">
          <legend>Your skills</legend>
          {atlas.skills.map((s) => (
            <label key={s.id} title={s.description}>
              <input
                type="checkbox"
                checked={picked.includes(s.id)}
                onChange={() => toggleSkill(s.id)}
              />{' '}
              {s.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="help-level">
          <legend>Your level</legend>
          {pathways.levels.map((l) => (
            <label key={l.id}>
              <input
                type="radio"
                name="level"
                checked={level === l.id}
                onChange={() =>
                  update({ level: l.id === 'novice' ? null : l.id }, { replace: true })
                }
              />{' '}
              {l.label}
            </label>
          ))}
        </fieldset>
        {picked.length === 0 ? (
          <>
            <p role="status">
              Nothing ticked yet: good places to start, one per project, the most approachable
              first. Tick your skills to narrow the list.
            </p>
            <HelpList nodes={goodFirstPlaces(atlas)} label="Good places to start" />
          </>
        ) : (
          <>
            <p role="status">
              {help.length} {help.length === 1 ? 'project needs' : 'projects need'} these skills at
              your level or below, most approachable first.
            </p>
            <HelpList nodes={help} label="Projects to help" />
          </>
        )}
      </section>
    </main>
  );
}
