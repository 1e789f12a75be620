import { Link } from 'wouter';
import type { AtlasIndex } from '../../model/graph';
import { arrowInto, partsIn, rowsFor } from '../../model/deployments';
import type { ReferenceArchitecture } from '../../model/types';
import { links } from '../../state/routes';
import { kindColor } from '../../ui/kind-chip';

function Chips({
  index,
  arch,
  roles,
  only,
}: {
  index: AtlasIndex;
  arch: ReferenceArchitecture;
  roles: readonly string[];
  only: ReadonlySet<string> | undefined;
}) {
  const name = (id: string) => index.nodeById.get(id)?.name ?? id;
  const parts = partsIn(arch, roles, name);
  if (parts.length === 0) return <span className="deploy-none">—</span>;
  return (
    <ul className="deploy-chips">
      {parts.map((c) => {
        const kind = index.kindById.get(index.nodeById.get(c.node)?.kind ?? '');
        const isOnly = only?.has(c.node) ?? false;
        return (
          <li key={`${c.role}-${c.node}`}>
            <Link
              href={links.node(c.node)}
              className={`deploy-chip${isOnly ? ' is-only' : ''}`}
              style={kindColor(kind?.color)}
              title={c.note ?? `${name(c.node)}: ${c.role}`}
            >
              {name(c.node)}
              {isOnly ? <span className="deploy-only"> only here</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One to three architectures drawn as deployments, in aligned rows: people at the top, then the
 * entry, the Hub (its database and services beside it), login, the spawner (its scheduler and
 * image builder beside), the users' servers (their storage beside) and what it all runs on.
 * In a comparison, components only in one column say so; shared ones stay quiet.
 */
export function DeploymentDiagram({
  index,
  archs,
  only,
  id,
}: {
  index: AtlasIndex;
  archs: readonly ReferenceArchitecture[];
  only?: Record<string, readonly string[]>;
  id?: string;
}) {
  const rows = rowsFor(archs);
  const has = (arch: ReferenceArchitecture, roles: readonly string[]) =>
    arch.components.some((c) => roles.includes(c.role));
  const onlySets = Object.fromEntries(archs.map((a) => [a.id, new Set(only?.[a.id] ?? [])]));
  return (
    <div
      className="deploy"
      id={id}
      style={{ ['--columns' as string]: archs.length }}
      role="group"
      aria-label={`Deployment diagram${archs.length > 1 ? 's' : ''} of ${archs.map((a) => a.name).join(', ')}`}
    >
      {archs.length > 1 ? (
        <>
          <span className="deploy-row-label" aria-hidden="true" />
          {archs.map((a, i) => (
            <strong key={`${a.id}-${i}`} className="deploy-head">
              {a.name}
            </strong>
          ))}
        </>
      ) : null}
      <span className="deploy-row-label">People</span>
      {archs.map((a, i) => (
        <div key={`${a.id}-${i}-people`} className="deploy-cell deploy-people">
          Browsers and API clients
        </div>
      ))}
      {rows.map((row, r) => {
        const above = r === 0 ? undefined : rows[r - 1];
        return [
          <span
            key={`${row.id}-arrow-label`}
            className="deploy-row-label deploy-arrow-label"
            aria-hidden="true"
          />,
          ...archs.map((a, i) => (
            <div key={`${a.id}-${i}-${row.id}-arrow`} className="deploy-arrow">
              {arrowInto(a, row, above) ? <span>↓ {row.arrow}</span> : null}
            </div>
          )),
          <span key={`${row.id}-label`} className="deploy-row-label">
            {row.label}
          </span>,
          ...archs.map((a, i) => (
            <div key={`${a.id}-${i}-${row.id}`} className="deploy-cell">
              <Chips index={index} arch={a} roles={row.roles} only={onlySets[a.id]} />
              {row.side.length > 0 && has(a, row.side) ? (
                <div className="deploy-side">
                  <Chips index={index} arch={a} roles={row.side} only={onlySets[a.id]} />
                </div>
              ) : null}
            </div>
          )),
        ];
      })}
    </div>
  );
}
