import { Fragment, Suspense, useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { pathBetween, relationsOf, type RelationReading } from '../../model/graph';
import { nearest } from '../../model/suggest';
import type { AtlasNode, NodeCard } from '../../model/types';
import { CopyButton } from '../../ui/copy-button';
import { ErrorBoundary } from '../../ui/error-boundary';
import { ExternalLink } from '../../ui/external-link';
import { FixLinks } from '../../ui/fix-links';
import { Link } from 'wouter';
import { useAtlas, useFullAtlas, useSettings } from '../../state/atlas-context';
import { NodeAnchor } from '../../state/node-anchor';
import { fixLinks } from '../../state/repository';
import { useMapBridge, usePanelRef } from '../../state/map-bridge';
import { pressed } from '../../state/shortcuts';
import { useFocus, useSelectedNode } from '../../state/url-state';
import { links as to, withBase } from '../../state/routes';
import { focusWhenShown } from '../../ui/focus';
import { KindChip } from '../../ui/kind-chip';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `detail-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="detail-section">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Relations({ readings }: { readings: RelationReading[] }) {
  if (readings.length === 0) return <p className="muted">No relations recorded yet.</p>;
  // Group by how the relation reads from this node ("starts", "is started by", …).
  const groups = new Map<string, RelationReading[]>();
  for (const r of readings) groups.set(r.label, [...(groups.get(r.label) ?? []), r]);
  return (
    <dl className="relations">
      {[...groups].map(([label, list]) => (
        <div key={label}>
          <dt>{label}</dt>
          {list.map((r) => (
            <dd key={r.relation.id}>
              <NodeAnchor id={r.other.id}>{r.other.name}</NodeAnchor>
              {r.relation.note ? <span className="muted"> — {r.relation.note}</span> : null}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

function RelationsWithNotes({ id }: { id: string }) {
  const { index } = useFullAtlas();
  return <Relations readings={relationsOf(index, id)} />;
}

/** How far the map's highlight reaches, and the shortest chain of relations to another node. */
function FocusControls({ node }: { node: NodeCard }) {
  const { index } = useAtlas();
  const { hops, setHops, target, setTarget } = useFocus();
  const chain = target && target !== node.id ? pathBetween(index, node.id, target) : null;
  const byKind = index.atlas.kinds
    .map((k) => ({
      kind: k,
      nodes: index.atlas.nodes.filter((n) => n.kind === k.id && n.id !== node.id),
    }))
    .filter((g) => g.nodes.length > 0);
  return (
    <Section title="Focus">
      <fieldset className="hops">
        <legend>Highlight on the map</legend>
        <label>
          <input type="radio" name="hops" checked={hops === 1} onChange={() => setHops(1)} /> direct
          neighbours
        </label>
        <label>
          <input type="radio" name="hops" checked={hops === 2} onChange={() => setHops(2)} /> within
          two relations
        </label>
      </fieldset>
      <label className="path-target">
        Shortest path to{' '}
        <select
          value={target ?? ''}
          onChange={(e) => setTarget(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">(choose a node)</option>
          {byKind.map((g) => (
            <optgroup key={g.kind.id} label={g.kind.plural}>
              {[...g.nodes]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {target && target !== node.id ? (
        chain ? (
          <ol
            className="path-chain"
            aria-label={`Path from ${node.name} to ${index.nodeById.get(target)?.name ?? target}`}
          >
            {chain.map((r) => (
              <li key={r.id}>
                <NodeAnchor id={r.from}>{index.nodeById.get(r.from)?.name}</NodeAnchor>{' '}
                {index.relationTypeById.get(r.type)?.label}{' '}
                <NodeAnchor id={r.to}>{index.nodeById.get(r.to)?.name}</NodeAnchor>
              </li>
            ))}
          </ol>
        ) : (
          <p role="status">No chain of relations connects these two nodes.</p>
        )
      ) : null}
    </Section>
  );
}

/** The reference architectures that include this node, each a link to its card. */
function UsedBy({ node }: { node: AtlasNode }) {
  const { index } = useFullAtlas();
  const archs = index.atlas.architectures.filter((a) =>
    a.components.some((c) => c.node === node.id),
  );
  if (archs.length === 0) return null;
  return (
    <Section title="Used by">
      <ul className="link-list">
        {archs.map((a) => {
          const role = a.components.find((c) => c.node === node.id)?.role;
          return (
            <li key={a.id}>
              <a href={withBase(to.architecture(a.id))}>{a.name}</a>
              {role && role !== 'other' ? <span className="muted"> — as its {role}</span> : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function configLine(node: AtlasNode): string | undefined {
  const { traitlet, value } = node.config ?? {};
  if (!traitlet || !value) return undefined;
  return `${traitlet} = ${JSON.stringify(value)}`;
}

function Configure({ node }: { node: AtlasNode }) {
  const config = node.config;
  if (!config) return null;
  const line = configLine(node);
  return (
    <Section title="Configure">
      {line ? (
        <div className="config-line">
          <code>{line}</code>
          <CopyButton text={line} label={`Copy the config line for ${node.name}`} />
        </div>
      ) : config.traitlet ? (
        <p>
          Configured through <code>{config.traitlet}</code>
          {config.snippet ? '; a starting point for jupyterhub_config.py:' : '.'}
        </p>
      ) : null}
      {config.snippet ? (
        <div className="config-snippet">
          <pre>
            <code>{config.snippet}</code>
          </pre>
          <CopyButton text={config.snippet} label={`Copy the config snippet for ${node.name}`} />
        </div>
      ) : null}
      {config.default ? (
        <p className="note">
          This is the default: JupyterHub uses it when the setting is left out.
        </p>
      ) : null}
      {config.command ? (
        <p>
          Command: <code>{config.command}</code>
        </p>
      ) : null}
      {config.entry_points && config.entry_points.length > 0 ? (
        <table className="entry-points">
          <caption>Entry points</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Group</th>
              <th scope="col">Loads</th>
            </tr>
          </thead>
          <tbody>
            {config.entry_points.map((ep) => (
              <tr key={`${ep.group}:${ep.name}`}>
                <td>
                  <code>{ep.name}</code>
                </td>
                <td>
                  <code>{ep.group}</code>
                </td>
                <td>
                  <code>{ep.object}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}

function Contribute({ node }: { node: AtlasNode }) {
  const c = node.contribute;
  const repo = node.links.repo;
  const links: [string, string | undefined][] = [
    ['Contributing guide', c?.guide],
    ['Good first issues', c?.first_issues],
    ['Help wanted', c?.help_wanted],
    ['Chat and forum', c?.chat],
  ];
  const present = links.filter((l): l is [string, string] => l[1] !== undefined);
  return (
    <Section title="Contribute">
      {present.length > 0 ? (
        <ul className="link-list">
          {present.map(([label, href]) => (
            <li key={label}>
              <ExternalLink href={href}>{label}</ExternalLink>
            </li>
          ))}
        </ul>
      ) : repo ? (
        <p>
          No contribution links recorded yet; start at the{' '}
          <ExternalLink href={repo}>repository</ExternalLink>.
        </p>
      ) : (
        <p className="muted">No contribution links recorded yet.</p>
      )}
      {c?.skills?.length || c?.level ? (
        <p>
          {c.level ? (
            <>
              First contributions: <strong>{c.level}</strong>.{' '}
            </>
          ) : null}
          {c.skills?.length ? <>Skills: {c.skills.join(', ')}.</> : null}
        </p>
      ) : null}
      {c?.skills?.length ? (
        <p>
          <a href={withBase(to.pathways({ skills: c.skills, level: c.level }))}>
            Where else can these skills help?
          </a>
        </p>
      ) : null}
    </Section>
  );
}

/** Settings shown in a panel before "all N settings": those with a summary, in source order. */
const PANEL_SETTINGS = 6;

/**
 * The settings of the node's configurable classes (from the configuration atlas, loaded when a
 * panel first shows this section): the summarised ones first, and a link to all of them.
 */
function Configuration({ id }: { id: string }) {
  const settings = useSettings();
  const classes = settings.classes.filter((c) => c.node === id);
  if (classes.length === 0) return null;
  const byId = new Map(settings.settings.map((s) => [s.id, s]));
  const own = classes.flatMap((c) =>
    c.own.map((sid) => byId.get(sid)).filter((s) => s !== undefined),
  );
  const picked = [
    ...own.filter((s) => s.summary && !s.deprecated),
    ...own.filter((s) => !s.summary && !s.deprecated),
  ].slice(0, PANEL_SETTINGS);
  const inherited = new Set(classes.flatMap((c) => c.inherited)).size;
  return (
    <Section title="Configuration">
      <ul className="link-list panel-settings">
        {picked.map((s) => (
          <li key={s.id}>
            <Link href={to.config({ setting: s.id, class: s.class })}>
              <code>{s.id}</code>
            </Link>
            {s.summary ? <span className="muted"> — {s.summary}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        {classes.map((c, i) => (
          <span key={c.id}>
            {i > 0 ? ' · ' : ''}
            <Link href={to.config({ class: c.id })}>
              All {c.own.length + c.inherited.length} settings of {c.id}
            </Link>
          </span>
        ))}
        {inherited > 0 ? <span className="muted"> (with those inherited)</span> : null}
      </p>
    </Section>
  );
}

/** The node's full record, from the part of the atlas loaded after the map's first render. */
function useNodeDetails(id: string): AtlasNode | undefined {
  return useFullAtlas().index.nodeById.get(id);
}

function Description({ id }: { id: string }) {
  const node = useNodeDetails(id);
  return (
    <>
      {node ? <p className="summary">{node.summary}</p> : null}
      {node ? <Activity status={node.status} activity={node.activity} /> : null}
      {/* What a deployer copies comes first; the longer reading follows. */}
      {node ? <Configure node={node} /> : null}
      {node?.description?.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}

/** How alive the project is: its status and, from git, its last release and last commit. */
function Activity({
  status,
  activity,
}: {
  status: AtlasNode['status'];
  activity: AtlasNode['activity'];
}) {
  const parts: ReactElement[] = [];
  if (activity?.release)
    parts.push(
      <span key="release" className="activity-part">
        last release{' '}
        <ExternalLink href={activity.release.url}>{activity.release.version}</ExternalLink> ·{' '}
        {activity.release.date}
      </span>,
    );
  else if (activity?.noReleases)
    parts.push(<span key="release">no releases: {activity.noReleases}</span>);
  if (activity?.lastCommit)
    parts.push(
      <span key="commit" className="activity-part">
        last commit by a person{' '}
        <ExternalLink href={activity.lastCommit.url}>{activity.lastCommit.date}</ExternalLink>
      </span>,
    );
  return (
    <div className="activity" aria-label="How alive it is">
      <p>
        Status: <strong>{status}</strong>
        {parts.map((part) => (
          <Fragment key={part.key ?? ''}> · {part}</Fragment>
        ))}
      </p>
      {activity?.unread ? (
        <p className="muted small">Dates not read: {activity.unread}.</p>
      ) : activity ? (
        <p className="muted small">
          From a git copy whose newest commit is from {activity.snapshot?.date}; read{' '}
          {activity.read}.{activity.stale ? ` The copy is out of date: ${activity.stale}.` : ''}
        </p>
      ) : null}
    </div>
  );
}

function MoreDetails({ id }: { id: string }) {
  const { DocView } = useAtlas();
  const node = useNodeDetails(id);
  if (!node) return null;
  const links: [string, string | undefined][] = [
    ['Documentation', node.links.docs],
    ['Repository', node.links.repo],
    ['Package', node.links.package],
  ];
  return (
    <>
      <Section title="Links">
        <ul className="link-list">
          {links
            .filter((l): l is [string, string] => l[1] !== undefined)
            .map(([label, href]) => (
              <li key={label}>
                <ExternalLink href={href}>{label}</ExternalLink>
              </li>
            ))}
        </ul>
        {node.license ? <p className="muted">Licence: {node.license}</p> : null}
      </Section>
      <ErrorBoundary what="settings">
        <Suspense fallback={<LoadingDetails />}>
          <Configuration id={node.id} />
        </Suspense>
      </ErrorBoundary>
      <UsedBy node={node} />
      <Contribute node={node} />
      {node.doc ? (
        <Section title="Read more">
          <DocView docId={node.doc} />
        </Section>
      ) : null}
      <Section title="Sources">
        <p className="muted">The facts above were checked against:</p>
        <ul className="sources">
          {node.sources.map((s) => (
            <li key={s.url}>
              <ExternalLink href={s.url}>{s.url.replace(/^https:\/\//, '')}</ExternalLink>
              {s.facts ? <span className="muted"> — {s.facts}</span> : null}
              {s.unpinned ? (
                <span className="muted small"> (current version only: {s.unpinned})</span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <FixLinks
        what="this node"
        file={node.file}
        links={fixLinks({
          title: `${node.name} (${node.id})`,
          file: node.file,
          sources: node.sources.map((s) => s.url),
        })}
      />
    </>
  );
}

function LoadingDetails() {
  return (
    <p className="muted" role="status">
      Loading details…
    </p>
  );
}

/**
 * What the map already knows (relations, focus) shows at once; the summary, description, links,
 * config, contribute entry points, doc and sources follow from the full atlas.
 */
function NodeDetails({ node }: { node: NodeCard }) {
  const { index } = useAtlas();
  return (
    <>
      <Suspense fallback={null}>
        <Description id={node.id} />
      </Suspense>
      <Section title="How it connects">
        {/* The shell's relations carry no notes (they stay out of the map's first bytes): the
            list shows at once and gains its notes when the full atlas is there. */}
        <Suspense fallback={<Relations readings={relationsOf(index, node.id)} />}>
          <RelationsWithNotes id={node.id} />
        </Suspense>
      </Section>
      <FocusControls node={node} />
      <ErrorBoundary what="details">
        <Suspense fallback={<LoadingDetails />}>
          <MoreDetails id={node.id} />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

/**
 * The panel for the node in `?node=`. Focus moves to its heading when it opens and back to the
 * node on the map when it closes; Escape closes it.
 */
export function DetailPanel() {
  const { index } = useAtlas();
  const [selected, select] = useSelectedNode();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastSelected = useRef<string | null>(null);
  const bridge = useMapBridge();
  const panelRef = usePanelRef();

  useEffect(() => {
    const previous = lastSelected.current;
    lastSelected.current = selected;
    if (selected !== null) return focusWhenShown(headingRef.current);
    if (previous !== null) bridge.focusNode(previous);
    return undefined;
  }, [selected, bridge]);

  useEffect(() => {
    if (selected === null) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (pressed(event, 'close') && !event.defaultPrevented) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (selected === null) return null;
  const node = index.nodeById.get(selected);
  const kind = node && index.kindById.get(node.kind);
  return (
    <aside className="detail-panel" aria-labelledby="detail-title" ref={panelRef}>
      <header className="detail-header">
        {node ? (
          <KindChip color={kind?.color}>
            {kind?.label ?? node.kind}
            {node.status !== 'active' ? ` · ${node.status}` : ''}
          </KindChip>
        ) : null}
        <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
          {node ? node.name : 'Not found'}
        </h2>
        <button
          type="button"
          className="button close"
          onClick={() => select(null)}
          aria-label="Close details"
        >
          ×
        </button>
      </header>
      {node ? (
        <NodeDetails node={node} />
      ) : (
        <NotFound id={selected} candidates={index.atlas.nodes.map((n) => n.id)} />
      )}
    </aside>
  );
}

function NotFound({ id, candidates }: { id: string; candidates: string[] }) {
  const { index } = useAtlas();
  const matches = nearest(id, candidates, 5);
  return (
    <div role="alert">
      <p>
        The atlas has no component with the id <code>{id}</code>. The link may be old or mistyped.
      </p>
      {matches.length > 0 ? (
        <>
          <p>Did you mean:</p>
          <ul className="link-list">
            {matches.map((m) => (
              <li key={m}>
                <NodeAnchor id={m}>{index.nodeById.get(m)?.name ?? m}</NodeAnchor>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Close this panel to browse the map.</p>
      )}
    </div>
  );
}
