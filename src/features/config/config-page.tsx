import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearch } from 'wouter';
import { filterSettings, type SettingsFilter } from '../../model/config-filter';
import { nearest } from '../../model/suggest';
import { useAtlas, useSettings } from '../../state/atlas-context';
import { links, readParam } from '../../state/routes';
import { useQueryUpdate } from '../../state/url-state';
import { SettingCard } from './setting-card';

/** Rows drawn at first; the rest on request, so a filter answers at once with thousands. */
const FIRST_ROWS = 150;

/** Arrow keys move between the rows' links; Home and End jump to the ends. */
function onListKey(event: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const list = event.currentTarget.closest('.setting-list');
  const rows = [...(list?.querySelectorAll<HTMLAnchorElement>('a.setting-row') ?? [])];
  const at = rows.indexOf(document.activeElement as HTMLAnchorElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? rows.length - 1
        : Math.max(0, Math.min(rows.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  rows[next]?.focus();
}

/** `/config`: every setting, filterable by class, component, kind and words, with its card. */
export function ConfigPage() {
  const settings = useSettings();
  const { index } = useAtlas();
  const search = useSearch();
  const update = useQueryUpdate();
  const filter: SettingsFilter = {
    class: readParam('config', 'class', search),
    node: readParam('config', 'node', search) ?? '',
    kind: readParam('config', 'kind', search),
    text: readParam('config', 'text', search),
  };
  const selectedId = readParam('config', 'setting', search);
  // The text box answers each keystroke; the URL follows a moment later.
  const [text, setText] = useState(filter.text);
  const [synced, setSynced] = useState(filter.text);
  if (filter.text !== synced) {
    setSynced(filter.text);
    setText(filter.text);
  }
  useEffect(() => {
    if (text === synced) return undefined;
    const id = window.setTimeout(() => {
      setSynced(text);
      update({ text: text === '' ? null : text }, { replace: true });
    }, 250);
    return () => window.clearTimeout(id);
  }, [text, synced, update]);
  const deferredText = useDeferredValue(text);
  const nodeKind = (id: string) => index.nodeById.get(id)?.kind;
  const result = useMemo(
    () => filterSettings(settings, { ...filter, text: deferredText }, nodeKind),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter is read from `search`
    [settings, search, deferredText],
  );
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? result.rows : result.rows.slice(0, FIRST_ROWS);
  const selected = selectedId ? settings.settings.find((s) => s.id === selectedId) : undefined;
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) cardRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [selected]);

  const classes = [...settings.classes].sort((a, b) => a.id.localeCompare(b.id));
  const nodes = [...new Set(settings.classes.map((c) => c.node))]
    .map((id) => index.nodeById.get(id))
    .filter((n) => n !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  const kinds = [...new Set(nodes.map((n) => n.kind))]
    .map((k) => index.kindById.get(k))
    .filter((k) => k !== undefined);
  const linkTo = (id: string) =>
    links.config({
      setting: id,
      ...(filter.class ? { class: filter.class } : {}),
      ...(filter.node ? { node: filter.node } : {}),
      ...(text ? { text } : {}),
    });
  const summarised = settings.settings.filter((s) => s.summary).length;

  return (
    <main className="page wide-page config-page" id="main">
      <h1>Configuration reference</h1>
      <p className="lead">
        {settings.settings.length} settings of {settings.classes.length} classes — JupyterHub and
        its main plugins — read from their sources at pinned commits, with where Zero to JupyterHub
        and TLJH set them. {summarised} have a one-line summary. Want a starting file?{' '}
        <Link href={links.compose()}>Compose a config</Link>.
      </p>
      <form
        className="config-filters"
        role="search"
        aria-label="Filter the settings"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>Find</span>
          <input
            type="search"
            value={text}
            placeholder="start_timeout, singleuser.profileList, auth.type…"
            onChange={(e) => {
              setText(e.target.value);
              setShowAll(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                document.querySelector<HTMLAnchorElement>('.setting-list a.setting-row')?.focus();
              }
            }}
          />
        </label>
        <label>
          <span>Class</span>
          <select
            value={result.classKnown ? filter.class : ''}
            onChange={(e) =>
              update({ class: e.target.value || null, setting: null }, { replace: true })
            }
          >
            <option value="">All classes</option>
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Component</span>
          <select
            value={result.nodeKnown ? filter.node : ''}
            onChange={(e) =>
              update({ node: e.target.value || null, setting: null }, { replace: true })
            }
          >
            <option value="">All components</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Kind</span>
          <select
            value={filter.kind[0] ?? ''}
            onChange={(e) =>
              update({ kind: e.target.value || null, setting: null }, { replace: true })
            }
          >
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.plural}
              </option>
            ))}
          </select>
        </label>
      </form>
      {!result.classKnown || !result.nodeKnown ? (
        <p role="alert" className="notice">
          {!result.classKnown
            ? `There is no configurable class “${filter.class}” in the atlas${
                nearest(
                  filter.class,
                  classes.map((c) => c.id),
                  1,
                )[0]
                  ? ` — did you mean ${
                      nearest(
                        filter.class,
                        classes.map((c) => c.id),
                        1,
                      )[0]
                    }?`
                  : '.'
              }`
            : `No component “${filter.node}” has settings in the atlas.`}{' '}
          That filter is ignored. <Link href={links.config()}>Clear the filters</Link>.
        </p>
      ) : null}
      <p role="status" className="config-count">
        {result.rows.length === 0
          ? 'No setting matches.'
          : `${result.rows.length} setting${result.rows.length === 1 ? '' : 's'}${result.inheritedCount > 0 ? `, ${result.inheritedCount} of them inherited` : ''}.`}
      </p>
      <div className="config-layout">
        <div className="setting-list">
          {result.groups.map((group) => {
            const rows = shown.filter((r) => r.group === group.id);
            if (rows.length === 0) return null;
            return (
              <section key={group.id} aria-labelledby={`group-${group.id}`}>
                <h2 id={`group-${group.id}`} className="setting-group">
                  {group.label}
                </h2>
                <ul>
                  {rows.map(({ setting }) => (
                    <li key={setting.id}>
                      <Link
                        href={linkTo(setting.id)}
                        className="setting-row"
                        onKeyDown={onListKey}
                        aria-current={setting.id === selectedId ? 'true' : undefined}
                      >
                        <code className="setting-row-name">{setting.name}</code>
                        <span className="setting-row-type">{setting.type}</span>
                        {setting.deprecated ? (
                          <span className="setting-badge">deprecated</span>
                        ) : null}
                        {setting.summary ? (
                          <span className="setting-row-summary">{setting.summary}</span>
                        ) : null}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {shown.length < result.rows.length ? (
            <button type="button" className="button" onClick={() => setShowAll(true)}>
              Show all {result.rows.length} settings
            </button>
          ) : null}
        </div>
        <div className="setting-card-slot" ref={cardRef}>
          {selected ? (
            <SettingCard
              setting={selected}
              settings={settings}
              {...(filter.class && result.classKnown ? { onClass: filter.class } : {})}
            />
          ) : selectedId ? (
            <div role="alert" className="setting-card">
              <h2 tabIndex={-1}>No setting “{selectedId}”</h2>
              <p>
                The atlas has no setting with that name.
                {(() => {
                  const near = nearest(
                    selectedId,
                    settings.settings.map((s) => s.id),
                    3,
                  );
                  return near.length > 0 ? (
                    <>
                      {' '}
                      Did you mean{' '}
                      {near.map((id, i) => (
                        <span key={id}>
                          {i > 0 ? ', ' : ''}
                          <Link href={links.config({ setting: id })}>
                            <code>{id}</code>
                          </Link>
                        </span>
                      ))}
                      ?
                    </>
                  ) : null;
                })()}
              </p>
            </div>
          ) : (
            <p className="muted setting-card-empty">
              Choose a setting to read its card: type, default, where Zero to JupyterHub and TLJH
              set it, its source line and docs.
            </p>
          )}
        </div>
      </div>
    </main>
  );
}
