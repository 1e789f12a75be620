import { useEffect, useRef } from 'react';
import { Link, useSearch } from 'wouter';
import {
  goodFirstPlaces,
  LEVELS,
  nodesInCell,
  skillsOfArea,
  whereToHelp,
  type ContributionRepo,
} from '../../model/pathways';
import type { Level, Skill } from '../../model/types';
import { useFullAtlas } from '../../state/atlas-context';
import { useQueryUpdate } from '../../state/url-state';
import { ExternalLink } from '../../ui/external-link';
import { links } from '../../state/routes';

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * How far a cell's shade goes towards --heat-high, and whether its text turns light. The shades
 * skip 65–80 %, where neither dark nor white text reaches 4.5:1 on the light theme's blue.
 */
function heat(n: number, most: number): { shade: string; strong: boolean } {
  const share = n / most;
  const strong = share > 0.5;
  const percent = strong ? 80 + 40 * (share - 0.5) : 130 * share;
  return { shade: `${Math.round(percent)}%`, strong };
}

/** Repositories with the components they hold, their entry level, skills and contribution links. */
function HelpList({
  repos,
  label,
  skills,
}: {
  repos: ContributionRepo[];
  label: string;
  skills: readonly Skill[];
}) {
  const skillLabel = (id: string) => skills.find((s) => s.id === id)?.label ?? id;
  return (
    <ol className="help-list" aria-label={label}>
      {repos.map((r) => (
        <li key={r.url}>
          <strong className="help-repo">{r.name}</strong>{' '}
          <span className="muted small">
            {r.entryLevel ? `starts at ${r.entryLevel}` : null}
            {r.skills.length > 0 ? ` · ${r.skills.map(skillLabel).join(', ')}` : null}
          </span>
          <p className="help-components small">
            {r.components.length === 1 ? 'Component: ' : `${r.components.length} components: `}
            {r.components.map((n, i) => (
              <span key={n.id}>
                {i > 0 ? ', ' : null}
                <Link href={links.node(n.id)}>{n.name}</Link>
              </span>
            ))}
          </p>
          <ul className="help-links">
            {(
              [
                ['Contributing guide', r.guide],
                ['Good first issues', r.firstIssues],
                ['Help wanted', r.helpWanted],
                ['Chat', r.chat],
              ] as const
            ).map(([text, href]) =>
              href ? (
                <li key={text}>
                  <ExternalLink href={href}>
                    {text}
                    <span className="visually-hidden"> in {r.name}</span>
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
  const detailHeading = useRef<HTMLHeadingElement>(null);
  /** Set by a click on a cell, so opening a link with ?cell= does not move focus. */
  const chosen = useRef(false);
  const cellParam = params.get('cell') ?? '';

  // A chosen cell's detail opens under the table, often below the fold (on a phone, always):
  // bring it into view and move focus to its heading, as a person would otherwise scroll to it.
  useEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    const heading = detailHeading.current;
    const region = heading?.closest<HTMLElement>('.skills-detail');
    if (!heading || !region) return;
    heading.focus({ preventScroll: true });
    const box = region.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      // Optional call: jsdom does not implement scrollIntoView.
      region.scrollIntoView?.({
        block: box.height > window.innerHeight ? 'start' : 'nearest',
        behavior: still ? 'auto' : 'smooth',
      });
    }
  }, [cellParam]);

  if (!pathways)
    return (
      <main className="page" id="main">
        <h1>Contributor pathways</h1>
        <p role="alert">This atlas has no pathways data (graph-data/pathways/pathways.yaml).</p>
      </main>
    );

  const areas = atlas.skillAreas;
  const [cellArea, cellLevel] = cellParam.split(':');
  const cell = pathways.cells.find((c) => c.area === cellArea && c.level === cellLevel);
  const cellAreaLabel = areas.find((a) => a.id === cell?.area)?.label;
  const cellNodes = cell ? nodesInCell(atlas, cell.area, cell.level) : [];
  const levelLabel = (id: string) => pathways.levels.find((l) => l.id === id)?.label ?? id;
  const counts = pathways.cells.map((c) => nodesInCell(atlas, c.area, c.level).length);
  const most = Math.max(1, ...counts);

  const picked = (params.get('skills') ?? '')
    .split(',')
    .filter((s) => ID_RE.test(s) && atlas.skills.some((k) => k.id === s));
  const level = (LEVELS as readonly string[]).includes(params.get('level') ?? '')
    ? (params.get('level') as Level)
    : 'novice';
  const help = picked.length > 0 ? whereToHelp(atlas, picked, level) : [];
  const helpComponents = help.reduce((n, r) => n + r.components.length, 0);
  const toggleSkill = (id: string) => {
    const next = picked.includes(id) ? picked.filter((s) => s !== id) : [...picked, id];
    update({ skills: next.length > 0 ? next.join(',') : null }, { replace: true });
  };

  return (
    <main className="page wide-page pathways-page" id="main">
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
          Each row is a skill area; each cell says what someone at that level can do, and its number
          is how many components in the atlas ask for a skill of that area at that level. Choose a
          cell to read it.
        </p>
        <p className="skills-map-hint muted small">
          Swipe the table sideways for the Expert and Mastery columns.
        </p>
        {/* The table scrolls sideways inside its own box on a narrow screen; the page does not. */}
        <div className="skills-map-scroll">
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
              {areas.map((area) => (
                <tr key={area.id}>
                  <th scope="row" title={area.description}>
                    {area.label}
                  </th>
                  {pathways.levels.map((l) => {
                    const n = nodesInCell(atlas, area.id, l.id).length;
                    const current = cell?.area === area.id && cell.level === l.id;
                    const { shade, strong } = heat(n, most);
                    return (
                      <td
                        key={l.id}
                        className={strong ? 'skills-heat is-strong' : 'skills-heat'}
                        // The shade grows with the count; the colours are the theme's (pathways.css).
                        style={{ ['--heat' as string]: shade }}
                      >
                        <button
                          type="button"
                          className="skills-cell"
                          aria-pressed={current}
                          onClick={() => {
                            chosen.current = !current;
                            update({ cell: current ? null : `${area.id}:${l.id}` });
                          }}
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
        </div>
        {cell ? (
          <div className="skills-detail" role="region" aria-label="Selected cell">
            <h3 ref={detailHeading} tabIndex={-1}>
              {cellAreaLabel}, {levelLabel(cell.level)}
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
            {cellNodes.length === 0 ? (
              <p className="muted">No component in the atlas asks for this area at this level.</p>
            ) : null}
            <ul className="link-list">
              {cellNodes.map((n) => (
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
          {areas.map((area) => (
            <div
              key={area.id}
              className="help-skill-area"
              role="group"
              aria-labelledby={`skill-area-${area.id}`}
            >
              <span id={`skill-area-${area.id}`} className="help-skill-area-label">
                {area.label}
              </span>
              {atlas.skills
                .filter((s) => skillsOfArea(atlas, area.id).includes(s.id))
                .map((s) => (
                  <label key={s.id} title={s.description}>
                    <input
                      type="checkbox"
                      checked={picked.includes(s.id)}
                      onChange={() => toggleSkill(s.id)}
                    />{' '}
                    {s.label}
                  </label>
                ))}
            </div>
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
              Nothing ticked yet: good places to start, one entry per repository, the most
              approachable first (the lowest level any of its components asks for, then a
              good-first-issue search, then the most recent work). Tick your skills to narrow the
              list.
            </p>
            <HelpList
              repos={goodFirstPlaces(atlas)}
              label="Good places to start"
              skills={atlas.skills}
            />
          </>
        ) : (
          <>
            <p role="status">
              {help.length} {help.length === 1 ? 'repository holds' : 'repositories hold'}{' '}
              {helpComponents} {helpComponents === 1 ? 'component' : 'components'} that need these
              skills at your level or below, most approachable first.
            </p>
            <HelpList repos={help} label="Projects to help" skills={atlas.skills} />
          </>
        )}
      </section>
    </main>
  );
}
