import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AtlasSearch } from '../../model/search';
import { useAtlas } from '../../state/atlas-context';
import { useSearchQuery, useSelectedView } from '../../state/url-state';
import { isTypingTarget } from '../../ui/keyboard';

/** How long typing pauses before `?q=` is written. */
const URL_DELAY_MS = 300;

let searchModule: Promise<typeof import('../../model/search')> | undefined;

/**
 * The search engine, built from the full atlas (entry points, class paths and config live there)
 * with MiniSearch, both loaded after the first render: at once when someone types, otherwise when
 * the browser is idle. Null until then.
 */
function useSearchEngine(needed: boolean): AtlasSearch | null {
  const { full } = useAtlas();
  const [engine, setEngine] = useState<AtlasSearch | null>(null);
  useEffect(() => {
    if (engine) return undefined;
    let live = true;
    const load = () => {
      full.start();
      searchModule ??= import('../../model/search');
      Promise.all([searchModule, full.promise]).then(
        ([search, loaded]) => {
          if (live) setEngine(search.createSearch(loaded.index.atlas));
        },
        (error: unknown) => console.error('Could not load the search:', error),
      );
    };
    if (needed || typeof window.requestIdleCallback !== 'function') load();
    else {
      const id = window.requestIdleCallback(load, { timeout: 3000 });
      return () => {
        live = false;
        window.cancelIdleCallback(id);
      };
    }
    return () => {
      live = false;
    };
  }, [engine, full, needed]);
  return engine;
}

/**
 * Search over names, aliases, entry points, class paths and config keys, as an ARIA combobox.
 * `/` or Ctrl/Cmd-K focuses it; arrows move through results; Enter selects and centres the node.
 */
export function SearchBox() {
  const { index } = useAtlas();
  const { query: urlQuery, setQuery: setUrlQuery, selectResult } = useSearchQuery();
  // The box keeps its own text so a keystroke re-renders only the box and its results; the
  // URL's `?q=` follows a moment later (it re-renders everything that reads the URL).
  const [query, setText] = useState(urlQuery);
  const [synced, setSynced] = useState(urlQuery);
  if (urlQuery !== synced) {
    // The URL changed from outside (Back, Forward, a pasted link): follow it.
    setSynced(urlQuery);
    setText(urlQuery);
  }
  useEffect(() => {
    if (query === synced) return undefined;
    const id = window.setTimeout(() => {
      setSynced(query);
      setUrlQuery(query);
    }, URL_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [query, synced, setUrlQuery]);
  /** Sets the text and the URL at once (clearing, choosing a result). */
  const setQuery = (value: string) => {
    setText(value);
    setSynced(value);
    setUrlQuery(value);
  };
  const engine = useSearchEngine(query !== '');
  const [open, setOpen] = useState(query !== '');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => engine?.search(query) ?? [], [engine, query]);
  const [pendingEnter, setPendingEnter] = useState<string | null>(null);
  const kindOf = (id: string) => index.kindById.get(id);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
      if (shortcut || (event.key === '/' && !isTypingTarget(event.target))) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const [viewId] = useSelectedView();
  /** Selects the node, switching to a view that shows it when the current one does not. */
  const choose = (nodeId: string) => {
    setOpen(false);
    // selectResult clears `?q=` with the same navigation.
    setText('');
    setSynced('');
    const views = index.mapViews;
    const current = views.find((v) => v.id === viewId) ?? views[0];
    const shows = (v: (typeof views)[number]) => v.nodes.some((n) => n.id === nodeId);
    if (!current || shows(current)) return selectResult(nodeId);
    const target = views.find(shows);
    selectResult(nodeId, target ? (target === views[0] ? null : target.id) : undefined);
  };

  // Enter pressed while the search was loading: act on it once results exist for that query.
  const first = hits[0];
  useEffect(() => {
    if (pendingEnter === null || !engine) return;
    if (pendingEnter === query && first) choose(first.node.id);
    setPendingEnter(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the engine arrives
  }, [engine]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0)
        setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        event.preventDefault();
        choose(hit.node.id);
      } else if (!engine && query.trim() !== '') {
        // Typed and confirmed before the search arrived: take the first result when it does.
        event.preventDefault();
        setPendingEnter(query);
      }
    } else if (event.key === 'Escape') {
      // Escape closes the results first, then clears; it never also closes the detail panel.
      event.preventDefault();
      event.nativeEvent.stopImmediatePropagation();
      if (open && query !== '') setOpen(false);
      else {
        setQuery('');
        inputRef.current?.blur();
      }
    }
  };

  const expanded = open && query.trim() !== '';
  const activeHit = expanded ? hits[active] : undefined;
  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search the atlas
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className="search-input"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? `${listId}-${activeHit.node.id}` : undefined}
        placeholder="Search: name, entry point, class path, config key  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span className="visually-hidden" role="status">
        {expanded && engine
          ? `${hits.length === 0 ? 'No' : hits.length} result${hits.length === 1 ? '' : 's'}`
          : ''}
      </span>
      {expanded ? (
        <ul
          className="search-results"
          id={listId}
          role="listbox"
          aria-label="Search results"
          // The query these results answer, for tests and the benchmark.
          data-query={query}
        >
          {!engine ? (
            <li className="search-empty" role="presentation">
              Loading the search…
            </li>
          ) : hits.length === 0 ? (
            <li className="search-empty" role="presentation">
              Nothing matches “{query}”. Try a name, an entry point such as{' '}
              <code>localprocess</code> or a class path such as <code>kubespawner.KubeSpawner</code>
              .
            </li>
          ) : (
            hits.map((hit, i) => {
              const kind = kindOf(hit.node.kind);
              return (
                <li
                  key={hit.node.id}
                  id={`${listId}-${hit.node.id}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'is-active' : undefined}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(hit.node.id);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="search-hit-name">{hit.node.name}</span>
                  <span
                    className="kind-chip"
                    style={{ ['--kind-color' as string]: kind?.color ?? '#888' }}
                  >
                    {kind?.label ?? hit.node.kind}
                  </span>
                  {hit.matchedText ? (
                    <span className="search-hit-why">
                      {hit.matchedIn}: <code>{hit.matchedText}</code>
                    </span>
                  ) : null}
                  <span className="search-hit-summary">{hit.node.summary}</span>
                </li>
              );
            })
          )}
        </ul>
      ) : null}
    </div>
  );
}
