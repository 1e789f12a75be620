import { useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import {
  ATTRIBUTES,
  QUESTIONS,
  diffArchitectures,
  explainFit,
  guidedPathFor,
  rankArchitectures,
  rowDiffers,
  type Answers,
  type Ranked,
} from '../../model/architectures';
import type { ReferenceArchitecture } from '../../model/types';
import { useFullAtlas } from '../../state/atlas-context';
import { useHashTarget } from '../../state/hash-target';
import { ExternalLink } from '../../ui/external-link';
import { ArchGraph, rolesOf } from './arch-graph';
import { DeploymentDiagram } from './deployment-diagram';
import { OrdinalChart } from './ordinal-chart';
import { links, withBase } from '../../state/routes';
import { download } from '../../ui/download';
import { rasterise } from '../../ui/rasterise';
import { renderDeploymentSvg } from '../../model/deployments';
import { drawnTheme } from '../../state/theme';

/** `/architectures`: a card per reference architecture, with its graph and who it fits. */
export function ArchitectureGallery() {
  const { index } = useFullAtlas();
  const archs = index.atlas.architectures;
  const target = useHashTarget(true);
  return (
    <main className="page wide-page" id="main">
      <h1>Reference architectures</h1>
      <p className="lead">
        Ways to run JupyterHub (and one alternative), each with its components and a sourced
        comparison table. <Link href={links.choose()}>Not sure? Answer six questions</Link>.
      </p>
      <ul className="arch-cards">
        {archs.map((arch, i) => (
          <li
            key={arch.id}
            id={arch.id}
            className={`arch-card${target === arch.id ? ' is-target' : ''}`}
            aria-current={target === arch.id ? 'true' : undefined}
          >
            <h2>{arch.name}</h2>
            <p>{arch.fit}</p>
            {arch.status && arch.status !== 'active' ? (
              <p className="badge">{arch.status}</p>
            ) : null}
            <Link href={links.compare(arch.id, archs[(i + 1) % archs.length]!.id)}>
              Compare {arch.name} with…
            </Link>
            <DeploymentDiagram index={index} archs={[arch]} />
            <p className="muted small">{arch.components.length} components</p>
          </li>
        ))}
      </ul>
    </main>
  );
}

const SLOTS = ['a', 'b', 'c'] as const;

/** PNG and SVG of the compared deployments, from the atlas's renderer (as npm run render draws them). */
function ExportButtons({
  archs,
  only,
  name,
}: {
  archs: readonly ReferenceArchitecture[];
  only: Record<string, readonly string[]>;
  name: string;
}) {
  const { index } = useFullAtlas();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const save = async (format: 'png' | 'svg') => {
    setState('busy');
    try {
      const svg = renderDeploymentSvg(index.atlas, archs, {
        theme: drawnTheme(),
        linkBase: new URL(withBase('/'), window.location.origin).href,
        ...(archs.length > 1 ? { only } : {}),
      });
      const blob =
        format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await rasterise(svg, 2);
      const url = URL.createObjectURL(blob);
      download(`jupyter-atlas-${name}.${format}`, url);
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <p className="compare-export">
      <button
        type="button"
        className="button small"
        onClick={() => void save('png')}
        disabled={state === 'busy'}
      >
        Export PNG
      </button>{' '}
      <button
        type="button"
        className="button small"
        onClick={() => void save('svg')}
        disabled={state === 'busy'}
      >
        Export SVG
      </button>
      <span role="status" className="muted">
        {state === 'failed' ? ' The export failed; try the other format.' : ''}
      </span>
    </p>
  );
}

function Value({ values }: { values: ReferenceArchitecture['attributes'][string] | undefined }) {
  if (!values || values.length === 0) return <span className="unknown">unknown</span>;
  return (
    <ul className="values">
      {values.map((v, i) => (
        <li key={i}>
          {v.value.trim().toLowerCase() === 'unknown' ? (
            <span className="unknown">unknown</span>
          ) : (
            v.value
          )}
          {v.source ? (
            <>
              {' '}
              <ExternalLink href={v.source} className="source-link">
                source
              </ExternalLink>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** And-joined names: "A", "A and B", "A, B and C". */
function andList(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Bare `/compare`: which two or three architectures to put side by side. */
function ComparePicker({ archs }: { archs: readonly ReferenceArchitecture[] }) {
  const [picked, setPicked] = useState<string[]>([]);
  const sorted = [...archs].sort((a, b) => a.name.localeCompare(b.name));
  const names = picked.map((id) => archs.find((a) => a.id === id)?.name ?? id);
  const toggle = (id: string) =>
    setPicked((now) => (now.includes(id) ? now.filter((p) => p !== id) : [...now, id]));
  return (
    <main className="page wide-page" id="main">
      <h1>Compare architectures</h1>
      <p className="lead">
        Which architectures do you want side by side? Choose two or three. Not sure where to start?{' '}
        <Link href={links.choose()}>Answer six questions</Link> and compare the two that fit best.
      </p>
      <form className="compare-picker" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Architectures to compare (two or three)</legend>
          {sorted.map((a) => {
            const checked = picked.includes(a.id);
            return (
              <label key={a.id}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && picked.length >= 3}
                  onChange={() => toggle(a.id)}
                />{' '}
                <span className="compare-picker-name">{a.name}</span>{' '}
                <span className="muted small">{a.fit}</span>
              </label>
            );
          })}
        </fieldset>
        <p role="status" className="compare-picker-status">
          {picked.length < 2
            ? `Choose ${picked.length === 0 ? 'two or three' : 'one or two more'}.`
            : `${andList(names)} chosen.`}
        </p>
        {picked.length >= 2 ? (
          <p>
            <Link className="button" href={links.compare(...picked)}>
              Compare {andList(names)}
            </Link>
          </p>
        ) : null}
      </form>
    </main>
  );
}

/** `/compare?a=…&b=…[&c=…]`: two or three architectures side by side. */
export function ComparePage() {
  const { index } = useFullAtlas();
  const search = useSearch();
  const [, navigate] = useLocation();
  const all = index.atlas.architectures;
  const params = new URLSearchParams(search);
  const requested = SLOTS.map((slot) => params.get(slot)).filter((id): id is string => id !== null);
  const unknown = requested.filter((id) => !all.some((a) => a.id === id));
  const twice = requested.filter((id, i) => requested.indexOf(id) !== i);
  const chosen = requested
    .filter((id, i) => requested.indexOf(id) === i)
    .flatMap((id) => all.find((a) => a.id === id) ?? [])
    .slice(0, 3);
  const archs =
    chosen.length >= 2
      ? chosen
      : [...chosen, ...all.filter((a) => !chosen.includes(a))].slice(0, 2);
  const diff = useMemo(() => diffArchitectures(archs), [archs]);
  const differing = ATTRIBUTES.filter((attr) => rowDiffers(archs, attr.id)).length;
  const roles = rolesOf(archs);
  const go = (ids: string[]) => navigate(links.compare(...ids));
  const name = (id: string) => index.nodeById.get(id)?.name ?? id;
  // A bare /compare asks what to compare rather than showing two picked for you.
  if (requested.length === 0) return <ComparePicker archs={all} />;
  return (
    <main className="page wide-page" id="main">
      <h1>Compare architectures</h1>
      {twice.length > 0 ? (
        <p role="alert">
          {twice.map((id) => `“${all.find((a) => a.id === id)?.name ?? id}”`).join(', ')} is named
          more than once; showing {archs.map((a) => a.name).join(' and ')}. Pick another below.
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <p role="alert">
          No architecture called {unknown.map((u) => `“${u}”`).join(', ')}; showing{' '}
          {archs.map((a) => a.name).join(' and ')}.
        </p>
      ) : null}
      {chosen.length === 1 && archs.length > 1 && twice.length === 0 && unknown.length === 0 ? (
        <p role="status">
          Only {chosen[0]?.name} was named; it is shown beside {archs[1]?.name}. Pick another below
          to compare with.
        </p>
      ) : null}
      <div className="compare-columns" style={{ ['--columns' as string]: archs.length }}>
        {archs.map((arch, i) => (
          <section key={arch.id + i} className="compare-column" aria-labelledby={`col-${i}`}>
            <label className="compare-pick">
              <span className="visually-hidden">Architecture {i + 1}</span>
              <select
                value={arch.id}
                onChange={(e) => go(archs.map((a, j) => (j === i ? e.target.value : a.id)))}
              >
                {all.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <h2 id={`col-${i}`}>{arch.name}</h2>
            <p className="muted">{arch.fit}</p>
            <ArchGraph
              index={index}
              arch={arch}
              only={new Set(diff.only[arch.id])}
              labels
              roles={roles}
            />
            {archs.length > 2 ? (
              <button
                type="button"
                className="button small"
                onClick={() => go(archs.filter((_, j) => j !== i).map((a) => a.id))}
              >
                Remove {arch.name}
              </button>
            ) : null}
          </section>
        ))}
      </div>
      <section aria-labelledby="deploy-title" className="compare-deploy">
        <h2 id="deploy-title">Drawn as deployments</h2>
        <p className="muted">
          The same rows in every column, top to bottom as a request travels; a component only in one
          column says so. Choose a component to open it on the map.
        </p>
        <div
          className="compare-deploy-scroll"
          role="region"
          aria-labelledby="deploy-title"
          // Scrolls sideways on a phone, so it must take focus for the keyboard to scroll it.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
        >
          <DeploymentDiagram index={index} archs={archs} only={diff.only} id="compare-deploy" />
        </div>
        <ExportButtons
          archs={archs}
          only={diff.only}
          name={`compare-${archs.map((a) => a.id).join('-')}`}
        />
      </section>
      <p className="compare-actions">
        {archs.length === 2 ? (
          <button
            type="button"
            className="button small"
            onClick={() => go([archs[1]!.id, archs[0]!.id])}
          >
            Swap
          </button>
        ) : null}
        {archs.length < 3 ? (
          <button
            type="button"
            className="button small"
            onClick={() =>
              go([...archs.map((a) => a.id), all.find((a) => !archs.includes(a))?.id ?? all[0]!.id])
            }
          >
            Add a third
          </button>
        ) : null}
      </p>
      <section aria-labelledby="diff-title">
        <h2 id="diff-title">What they share and what differs</h2>
        <div className="diff-lists">
          <div>
            <h3>In all ({diff.shared.length})</h3>
            <ul>
              {diff.shared.map((id) => (
                <li key={id}>
                  <Link href={links.node(id)}>{name(id)}</Link>
                </li>
              ))}
            </ul>
          </div>
          {archs.map((arch) => (
            <div key={arch.id}>
              <h3>
                Only in {arch.name} ({diff.only[arch.id]?.length ?? 0})
              </h3>
              <ul>
                {(diff.only[arch.id] ?? []).map((id) => (
                  <li key={id}>
                    <Link href={links.node(id)}>{name(id)}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
      <OrdinalChart archs={archs} />
      {/* Above the box rather than a caption inside it, so it does not scroll away on a phone. */}
      <p id="attributes-caption" className="compare-table-title">
        Attributes, with their sources: {differing} of {ATTRIBUTES.length} rows differ (marked
        “differs”); an unknown value is not counted as a difference
      </p>
      <div
        className="compare-table-scroll"
        role="region"
        aria-labelledby="attributes-caption"
        // A box that scrolls sideways on a phone must take focus, so the keyboard can scroll it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table
          className="compare-table"
          aria-labelledby="attributes-caption"
          style={{ ['--columns' as string]: archs.length }}
        >
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              {archs.map((a) => (
                <th key={a.id} scope="col">
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ATTRIBUTES.map((attr) => {
              const differs = rowDiffers(archs, attr.id);
              return (
                <tr key={attr.id} className={differs ? 'differs' : undefined}>
                  <th scope="row">
                    {attr.label}
                    {differs ? <span className="differs-mark"> (differs)</span> : null}
                  </th>
                  {archs.map((a) => (
                    <td key={a.id}>
                      <Value values={a.attributes[attr.id]} />
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr>
              <th scope="row">Deployments</th>
              {archs.map((a) => (
                <td key={a.id}>
                  {a.deployments.length === 0 ? (
                    <span className="unknown">none listed</span>
                  ) : (
                    <ul className="values">
                      {a.deployments.map((d) => (
                        <li key={d.name}>
                          <ExternalLink href={d.source}>{d.name}</ExternalLink>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </main>
  );
}

/** `/choose`: six questions, a ranking with the reasons for each, all in the URL. */
export function ChooserPage() {
  const { index } = useFullAtlas();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const answers: Answers = Object.fromEntries(
    QUESTIONS.flatMap((q) => {
      const v = params.get(q.id);
      return v && q.options.some(([value]) => value === v) ? [[q.id, v]] : [];
    }),
  );
  const ranked = useMemo(() => rankArchitectures(index, answers), [index, search]); // eslint-disable-line react-hooks/exhaustive-deps
  const answered = Object.keys(answers).length;
  const set = (id: string, value: string) => {
    navigate(links.choose({ ...answers, [id]: value }), { replace: true });
  };
  const pathFor = (arch: ReferenceArchitecture) => guidedPathFor(index.atlas, arch);
  const top = ranked.slice(0, 2);
  return (
    <main className="page wide-page" id="main">
      <h1>Choose an architecture</h1>
      <p className="lead">
        Answer what you know; the ranking updates as you go and says why. The link keeps your
        answers.
      </p>
      <div className="chooser">
        <form className="chooser-form" onSubmit={(e) => e.preventDefault()}>
          {QUESTIONS.map((q) => (
            <fieldset key={q.id}>
              <legend>{q.label}</legend>
              {q.options.map(([value, label]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={q.id}
                    value={value}
                    checked={answers[q.id] === value}
                    onChange={() => set(q.id, value)}
                  />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
          ))}
        </form>
        <section aria-labelledby="ranking-title" className="chooser-results">
          <h2 id="ranking-title">{answered === 0 ? 'All architectures' : 'Best fits first'}</h2>
          {answered === 0 ? (
            <>
              <p className="muted">
                Not ranked yet: answer a question to rank them. Listed alphabetically.
              </p>
              <ul className="ranking unranked" aria-label="Architectures, not ranked">
                {[...ranked]
                  .sort((a, b) => a.arch.name.localeCompare(b.arch.name))
                  .map((r) => (
                    <li key={r.arch.id}>
                      <h3>
                        {r.arch.name}
                        {r.arch.status && r.arch.status !== 'active' ? (
                          <span className="badge">{r.arch.status}</span>
                        ) : null}
                      </h3>
                      <p className="muted">{r.arch.fit}</p>
                      <PathLink path={pathFor(r.arch)} />
                    </li>
                  ))}
              </ul>
            </>
          ) : (
            <>
              {top.length === 2 ? (
                <p>
                  <Link href={links.compare(top[0]!.arch.id, top[1]!.arch.id)}>
                    Compare {top[0]!.arch.name} with {top[1]!.arch.name}
                  </Link>
                </p>
              ) : null}
              <ol className="ranking" aria-label="Ranked architectures">
                {ranked.map((r) => (
                  <RankedItem key={r.arch.id} ranked={r} path={pathFor(r.arch)} />
                ))}
              </ol>
            </>
          )}
        </section>
      </div>
    </main>
  );
}

function PathLink({ path }: { path: ReturnType<typeof guidedPathFor> }) {
  return path ? (
    <p className="small">
      Guided path: <Link href={links.pathStep(path.id, 1)}>{path.title}</Link>
    </p>
  ) : null;
}

/** One ranked architecture: what it fits in words, then each reason with what the data says. */
function RankedItem({ ranked, path }: { ranked: Ranked; path: ReturnType<typeof guidedPathFor> }) {
  const { arch, reasons } = ranked;
  return (
    <li>
      <h3>{arch.name}</h3>
      <p className="fit-summary">{explainFit(ranked)}</p>
      <p className="muted">{arch.fit}</p>
      {reasons.length > 0 ? (
        <ul className="reasons">
          {reasons.map((reason, i) => {
            const way = reason.unknown
              ? 'even'
              : reason.delta > 0
                ? 'up'
                : reason.delta < 0
                  ? 'down'
                  : 'even';
            return (
              <li key={i} className={way}>
                <span aria-hidden="true">{way === 'up' ? '▲' : way === 'down' ? '▼' : '•'}</span>{' '}
                <span className="visually-hidden">
                  {way === 'up' ? 'For: ' : way === 'down' ? 'Against: ' : 'Not documented: '}
                </span>
                {reason.text}
                {reason.detail ? <span className="muted">: {reason.detail}</span> : null}
                {reason.source ? (
                  <>
                    {' '}
                    <ExternalLink href={reason.source} className="source-link">
                      source
                    </ExternalLink>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <PathLink path={path} />
    </li>
  );
}
