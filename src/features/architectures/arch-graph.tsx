import type { AtlasIndex } from '../../model/graph';
import { listOfEvery, type ArchitectureRole, type ReferenceArchitecture } from '../../model/types';
import { kindColor } from '../../ui/kind-chip';

/**
 * Column order: the request path from left to right, then what sits around it. Every role the
 * schema allows has its column (the typecheck says which is missing).
 */
export const ROLE_ORDER = listOfEvery<ArchitectureRole>()([
  'proxy',
  'hub',
  'authenticator',
  'identity-provider',
  'spawner',
  'single-user',
  'service',
  'database',
  'storage',
  'image-builder',
  'scheduler',
  'infrastructure',
  'other',
]);

/**
 * An architecture as lanes of roles (proxy, hub, authenticator, spawner, …), each a row of
 * components coloured by kind. Drawn with the same `roles` for every architecture in a
 * comparison, a component keeps its colour, its lane and its order in every drawing;
 * components only in this architecture are outlined.
 */
export function ArchGraph({
  index,
  arch,
  roles,
  only,
  labels,
}: {
  index: AtlasIndex;
  arch: ReferenceArchitecture;
  roles: readonly string[];
  only?: ReadonlySet<string>;
  labels: boolean;
}) {
  const name = (id: string) => index.nodeById.get(id)?.name ?? id;
  return (
    <dl
      className={labels ? 'arch-lanes' : 'arch-lanes is-thumbnail'}
      aria-label={`Components of ${arch.name}`}
    >
      {roles.map((role) => {
        const ids = arch.components
          .filter((c) => c.role === role)
          .map((c) => c.node)
          .sort((a, b) => name(a).localeCompare(name(b)));
        return (
          <div key={role} className="arch-lane">
            <dt>{role}</dt>
            {ids.length === 0 ? (
              <dd className="arch-none">—</dd>
            ) : (
              ids.map((id) => {
                const kind = index.kindById.get(index.nodeById.get(id)?.kind ?? '');
                return (
                  <dd
                    key={id}
                    className={only?.has(id) ? 'arch-chip is-only' : 'arch-chip'}
                    style={kindColor(kind?.color)}
                    title={labels ? undefined : name(id)}
                  >
                    {labels ? name(id) : <span className="visually-hidden">{name(id)}</span>}
                    {labels && only?.has(id) ? (
                      <span className="visually-hidden"> (only here)</span>
                    ) : null}
                  </dd>
                );
              })
            )}
          </div>
        );
      })}
    </dl>
  );
}

/** The role columns used by any of these architectures, in ROLE_ORDER. */
export function rolesOf(archs: readonly ReferenceArchitecture[]): string[] {
  const used = new Set(archs.flatMap((a) => a.components.map((c) => c.role)));
  return ROLE_ORDER.filter((r) => used.has(r));
}
