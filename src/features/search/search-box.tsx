import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useLocation } from 'wouter';
import type { AtlasSearch, SearchHit } from '../../model/search';
import type { FailureHit } from '../../model/failure-search';
import type { SettingHit, SettingSearch } from '../../model/setting-search';
import { useAtlas } from '../../state/atlas-context';
import { links } from '../../state/routes';
import { afterFirstScreen } from '../../state/first-screen';
import { pressed, useShortcut } from '../../state/shortcuts';
import { firstViewShowing, viewShows } from '../../model/graph';
import { currentView, viewParam } from '../../model/views';
import { useSearchQuery, useSelectedView } from '../../state/url-state';
import { KindChip } from '../../ui/kind-chip';
import { SEARCH_INPUT, type SearchStart } from './search-entry';

/** How long typing pauses before `?q=` is written. */
const URL_DELAY_MS = 300;

let searchModule: Promise<typeof import('../../model/search')> | undefined;

/**
 * The search engine, built from the full atlas (entry points, class paths and config live there)
 * with MiniSearch, both loaded after the first render: at once when someone types, otherwise when
 * the browser is idle. Null until then.
 */
type Engine = AtlasSearch & { failures: (query: string) => FailureHit[] };
let failureModule: Promise<typeof import('../../model/failure-search')> | undefined;

function useSearchEngine(needed: boolean): Engine | null {
  const { full } = useAtlas();
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (engine) return undefined;
    let live = true;
    const load = () => {
      full.start();
      searchModule ??= import('../../model/search');
      failureModule ??= import('../../model/failure-search');
      Promise.all([searchModule, failureModule, full.promise]).then(
        ([search, failureSearch, loaded]) => {
          const failures = failureSearch.createFailureSearch(loaded.index.atlas);
          if (live)
            setEngine(
              Object.assign(search.createSearch(loaded.index.atlas), {
                failures: (q: string) => failures.search(q),
              }),
            );
        },
        (error: unknown) => console.error('Could not load the search:', error),
      );
    };
    if (needed) {
      load();
      return () => {
        live = false;
      };
    }
    const cancel = afterFirstScreen(load);
    return () => {
      live = false;
      cancel();
    };
  }, [engine, full, needed]);
  return engine;
}

let settingSearchModule: Promise<typeof import('../../model/setting-search')> | undefined;

/**
 * The settings search, built from the configuration atlas: loaded when someone focuses the box
 * or types, never with the map. Null until then; `failed` when it could not load (the node
 * search still works).
 */
function useSettingEngine(needed: boolean): { engine: SettingSearch | null; failed: boolean } {
  const { settings } = useAtlas();
  const [state, setState] = useState<{ engine: SettingSearch | null; failed: boolean }>({
    engine: null,
    failed: false,
  });
  useEffect(() => {
    if (!needed || state.engine || state.failed) return undefined;
    let live = true;
    settings.start();
    settingSearchModule ??= import('../../model/setting-search');
    Promise.all([settingSearchModule, settings.promise]).then(
      ([search, loaded]) => {
        if (live) setState({ engine: search.createSettingSearch(loaded), failed: false });
      },
      (error: unknown) => {
        console.error('Could not load the settings for search:', error);
        if (live) setState({ engine: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [needed, settings, state]);
  return state;
}

type Item =
  | { type: 'node'; hit: SearchHit; key: string }
  | { type: 'setting'; hit: SettingHit; key: string }
  | { type: 'failure'; hit: FailureHit; key: string };

/**
 * A pasted failure message first (the step that explains it), then exact setting forms (someone
 * typed `c.Spawner.start_timeout`), then nodes, then the rest.
 */
function merge(nodes: SearchHit[], settings: SettingHit[], failures: FailureHit[] = []): Item[] {
  const failure = (hit: FailureHit): Item => ({
    type: 'failure',
    hit,
    key: `f-${hit.pathId}-${hit.step}`,
  });
  const node = (hit: SearchHit): Item => ({ type: 'node', hit, key: `n-${hit.node.id}` });
  const setting = (hit: SettingHit): Item => ({ type: 'setting', hit, key: `s-${hit.setting.id}` });
  const exact = settings.filter((h) => h.score >= 95);
  const rest = settings.filter((h) => h.score < 95).slice(0, nodes.length > 0 ? 4 : 8);
  return [
    ...failures.map(failure),
    ...exact.map(setting),
    ...nodes.slice(0, 12 - exact.length).map(node),
    ...rest.map(setting),
  ];
}

/**
 * Search over names, aliases, entry points, class paths and config keys, as an ARIA combobox.
 * `/` or Ctrl/Cmd-K focuses it; arrows move through results; Enter selects and centres the node.
 */
export function SearchBox({ start }: { start?: SearchStart | undefined }) {
  const { index } = useAtlas();
  const { query: urlQuery, setQuery: setUrlQuery, selectResult } = useSearchQuery();
  // The box keeps its own text so a keystroke re-renders only the box and its results; the
  // URL's `?q=` follows a moment later (it re-renders everything that reads the URL).
  const [query, setText] = useState(start?.text ?? urlQuery);
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
  const nodeEngine = useSearchEngine(query !== '');
  const [focused, setFocused] = useState(start?.focused ?? false);
  const settingEngine = useSettingEngine(focused || query !== '');
  // Ready when both have loaded (or the settings failed): results never reshuffle under Enter.
  const engine = nodeEngine && (settingEngine.engine || settingEngine.failed) ? nodeEngine : null;
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(query !== '' || (start?.focused ?? false));
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(
    () =>
      engine
        ? merge(
            engine.search(query),
            settingEngine.engine?.search(query) ?? [],
            engine.failures(query),
          )
        : [],
    [engine, settingEngine.engine, query],
  );
  const [pendingEnter, setPendingEnter] = useState<string | null>(start?.enter ? query : null);
  // Taking over from the stand-in (search-entry.tsx) while it had the focus: keep it, caret last.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!start?.focused || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on taking over
  }, []);
  const kindOf = (id: string) => index.kindById.get(id);

  useShortcut('search', (event) => {
    event.preventDefault();
    inputRef.current?.focus();
    inputRef.current?.select();
    setOpen(true);
  });

  const [viewId] = useSelectedView();
  /** Selects the node, switching to a view that shows it when the current one does not. */
  const choose = (nodeId: string) => {
    setOpen(false);
    // selectResult clears `?q=` with the same navigation.
    setText('');
    setSynced('');
    const views = index.viewList;
    const current = currentView(views, viewId);
    if (!current || viewShows(index, current.id, nodeId)) return selectResult(nodeId);
    const target = firstViewShowing(index, nodeId);
    selectResult(nodeId, target ? viewParam(views, target.id) : undefined);
  };

  /** Opens a setting's card in the configuration reference. */
  const chooseSetting = (settingId: string) => {
    setOpen(false);
    setText('');
    setSynced('');
    navigate(links.config({ setting: settingId }));
  };
  const pick = (item: Item) => {
    if (item.type === 'node') choose(item.hit.node.id);
    else if (item.type === 'setting') chooseSetting(item.hit.setting.id);
    else {
      setOpen(false);
      setText('');
      setSynced('');
      navigate(links.pathStep(item.hit.pathId, item.hit.step));
    }
  };

  // Enter pressed while the search was loading: act on it once results exist for that query.
  const first = hits[0];
  useEffect(() => {
    if (pendingEnter === null || !engine) return;
    if (pendingEnter === query && first) pick(first);
    setPendingEnter(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the engine arrives
  }, [engine]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (pressed(event, 'search-move')) {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0)
        setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (pressed(event, 'search-pick')) {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        event.preventDefault();
        pick(hit);
      } else if (!engine && query.trim() !== '') {
        // Typed and confirmed before the search arrived: take the first result when it does.
        event.preventDefault();
        setPendingEnter(query);
      }
    } else if (pressed(event, 'search-close')) {
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
        {...SEARCH_INPUT}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeHit ? `${listId}-${activeHit.key}` : undefined}
        value={query}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          setFocused(true);
        }}
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
            hits.map((item, i) => {
              const common = {
                id: `${listId}-${item.key}`,
                role: 'option' as const,
                'aria-selected': i === active,
                className: i === active ? 'is-active' : undefined,
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown: (event: { preventDefault(): void }) => {
                  event.preventDefault();
                  pick(item);
                },
                onMouseEnter: () => setActive(i),
              };
              if (item.type === 'failure') {
                const { hit } = item;
                return (
                  <li key={item.key} {...common}>
                    <span className="search-hit-name">
                      {hit.pathTitle}, step {hit.step}: {hit.stepTitle}
                    </span>
                    <span className="kind-chip setting-chip">Known failure</span>
                    <span className="search-hit-why">recorded: {hit.failureTitle}</span>
                    <span className="search-hit-summary">
                      Look at:{' '}
                      {hit.focus.map((id) => index.nodeById.get(id)?.name ?? id).join(', ')}
                    </span>
                  </li>
                );
              }
              if (item.type === 'setting') {
                const { setting } = item.hit;
                const owner = index.nodeById.get(settingEngine.engine?.nodeOf(setting.class) ?? '');
                return (
                  <li key={item.key} {...common}>
                    <span className="search-hit-name">
                      <code>{setting.id}</code>
                    </span>
                    <span className="kind-chip setting-chip">Setting</span>
                    <span className="search-hit-why">
                      {item.hit.matchedIn === 'summary' ? (
                        <>{setting.type}</>
                      ) : (
                        <>
                          {item.hit.matchedIn}: <code>{item.hit.matchedText}</code>
                        </>
                      )}
                    </span>
                    <span className="search-hit-summary">
                      {setting.summary ??
                        `${setting.type}${setting.default !== undefined ? `, default ${setting.default}` : ''}${owner ? ` · ${owner.name}` : ''}`}
                    </span>
                  </li>
                );
              }
              const hit = item.hit;
              const kind = kindOf(hit.node.kind);
              return (
                <li key={item.key} {...common}>
                  <span className="search-hit-name">{hit.node.name}</span>
                  <KindChip color={kind?.color}>{kind?.label ?? hit.node.kind}</KindChip>
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
