/**
 * Every route of the atlas and the URL parameters it owns, defined once.
 *
 * A route's table says how each of its parameters is parsed from the query string, written back
 * and what it is when absent. Links are built with {@link links}, never by hand, and navigating to
 * another route keeps only what that route owns (plus the few parameters every route shares), so a
 * parameter of one page never turns into a filter on another.
 *
 * To add a route: add an entry to `ROUTES` and a builder to `links`, then a `<Route>` in
 * src/app/app.tsx. To add a parameter: add it to its route's `params` here; the URL fuzz test reads
 * this table.
 */
import type { QUESTIONS } from '../model/architectures';
import { LEVELS } from '../model/types';

/** Longest id accepted from a URL; anything longer is ignored rather than echoed. */
export const MAX_ID_LENGTH = 80;
/** Longest free text (a search query) kept from a URL. */
export const MAX_TEXT_LENGTH = 200;
/** Most values kept in one comma-separated list parameter. */
export const MAX_LIST_LENGTH = 30;

export const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * How one parameter is read from and written to the query string. What each parameter means is
 * a comment beside it in the tables below, not a string: a string would ship to every page.
 */
export interface Codec<T> {
  /** The value for the raw parameter (null when it is absent); never throws. */
  parse(raw: string | null): T;
  /** The raw parameter for a value; null removes it (the value is the default). */
  serialise(value: T): string | null;
}

/** An atlas id (node, view, architecture…); null when absent, empty or absurdly long. */
export function idCodec(): Codec<string | null> {
  return {
    parse(raw) {
      if (raw === null) return null;
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.length > MAX_ID_LENGTH) return null;
      return trimmed;
    },
    serialise: (value) => value,
  };
}

/** A comma-separated list of ids; values that are not ids are dropped, duplicates folded. */
export function idListCodec(max = MAX_LIST_LENGTH): Codec<string[]> {
  return {
    parse(raw) {
      const values = (raw ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v.length <= MAX_ID_LENGTH && ID_RE.test(v));
      return [...new Set(values)].slice(0, max);
    },
    serialise: (values) => (values.length > 0 ? values.join(',') : null),
  };
}

/** Free text, cut at {@link MAX_TEXT_LENGTH}; '' when absent. */
export function textCodec(): Codec<string> {
  return {
    parse: (raw) => (raw ?? '').slice(0, MAX_TEXT_LENGTH),
    serialise: (value) => (value === '' ? null : value),
  };
}

/** One of a fixed set of values; anything else (or nothing) is the default. */
export function oneOfCodec<T extends string>(values: readonly T[], fallback: T): Codec<T> {
  return {
    parse: (raw) => (values.includes(raw as T) ? (raw as T) : fallback),
    serialise: (value) => (value === fallback ? null : value),
  };
}

/** A flag written as `1`. */
export function flagCodec(): Codec<boolean> {
  return { parse: (raw) => raw === '1', serialise: (value) => (value ? '1' : null) };
}

/** Parameters every route keeps: the header's search query, the embed switch and its theme. */
export const SHARED_PARAMS = {
  /** the search query in the header */
  q: textCodec(),
  /** show only the canvas, for iframes */
  embed: flagCodec(),
  /** light or dark whatever the saved choice (an embed following its host page) */
  theme: {
    parse: (raw: string | null): 'light' | 'dark' | null =>
      raw === 'light' || raw === 'dark' ? raw : null,
    serialise: (value: 'light' | 'dark' | null) => value,
  },
} as const;

const MAP_PARAMS = {
  /** the selected node */
  node: idCodec(),
  /** the map view; absent means the default view */
  view: idCodec(),
  /** the big-picture block opened in place */
  block: idCodec(),
  /** filter: kinds shown */
  kind: idListCodec(),
  /** filter: statuses shown */
  status: idListCodec(),
  /** filter: who a node is for */
  persona: idListCodec(),
  /** filter: skills to contribute */
  skill: idListCodec(),
  /** relations lit around the selection */
  hops: oneOfCodec(['1', '2'] as const, '1'),
  /** the target of the shortest path from the selection */
  to: idCodec(),
  /** canvas or outline */
  mode: oneOfCodec(['map', 'outline'] as const, 'map'),
  /** groups collapsed to their count */
  collapsed: idListCodec(50),
} as const;

/**
 * The chooser's question ids. Only their type comes from the model (its questions, with their
 * options and scoring, stay out of the map route's bytes); the compiler checks that this list
 * names every question and nothing else, and the chooser page checks the answers' values.
 */
type QuestionId = (typeof QUESTIONS)[number]['id'];
const QUESTION_IDS = [
  'users',
  'infra',
  'storage',
  'gpu',
  'ops',
  'pay',
] as const satisfies readonly QuestionId[];
const EVERY_QUESTION: Exclude<QuestionId, (typeof QUESTION_IDS)[number]> extends never
  ? true
  : never = true;
void EVERY_QUESTION;

const CHOOSER_PARAMS = Object.fromEntries(
  // Each: the answer to the chooser's question of that id.
  QUESTION_IDS.map((id) => [id, textCodec()]),
) as Record<QuestionId, Codec<string>>;

/** The routes: a wouter pattern and the parameters the page owns. */
export const ROUTES = {
  map: { pattern: '/', params: MAP_PARAMS },
  paths: {
    pattern: '/paths',
    params: {
      /** the persona the gallery shows */
      persona: idCodec(),
    },
  },
  pathStep: {
    pattern: '/paths/:id/:step',
    params: {
      /** the node whose panel is open over the step */
      node: idCodec(),
    },
  },
  architectures: { pattern: '/architectures', params: {} },
  compare: {
    pattern: '/compare',
    params: {
      /** first architecture */
      a: idCodec(),
      /** second architecture */
      b: idCodec(),
      /** third architecture */
      c: idCodec(),
    },
  },
  choose: { pattern: '/choose', params: CHOOSER_PARAMS },
  pathways: {
    pattern: '/pathways',
    params: {
      /** skills ticked in “Where can I help?” */
      skills: idListCodec(),
      /** the level in “Where can I help?” */
      level: oneOfCodec(LEVELS, 'novice'),
      /** the skills-map cell opened, as area:level */
      cell: textCodec(),
    },
  },
  config: {
    pattern: '/config',
    params: {
      /** the setting whose card is open, as Class.name */
      setting: textCodec(),
      /** filter: a configurable class */
      class: textCodec(),
      /** filter: the node a class belongs to */
      node: idCodec(),
      /** filter: kinds of node */
      kind: idListCodec(),
      /** filter: words in a setting name or summary */
      text: textCodec(),
    },
  },
  compose: {
    pattern: '/compose',
    // Raw text here; src/model/compose.ts checks each value and says what it corrected.
    params: {
      /** output form: plain (jupyterhub_config.py), z2jh (config.yaml) or tljh */
      form: textCodec(),
      /** the reference architecture it starts from */
      from: textCodec(),
      /** the JupyterHub it is for: 5 (and newer) or 3 */
      hub: textCodec(),
      /** the authenticator (a node id) */
      auth: textCodec(),
      /** the spawner (a node id) */
      spawner: textCodec(),
      /** the proxy (a node id) */
      proxy: textCodec(),
      /** the database: sqlite, postgresql or mysql */
      db: textCodec(),
      /** admin user names, comma-separated */
      admin: textCodec(),
      /** allowed user names, comma-separated */
      allowed: textCodec(),
      /** 1: allow everyone the authenticator accepts */
      all: textCodec(),
      /** 1: named servers */
      named: textCodec(),
      /** memory limit per server, such as 2G */
      mem: textCodec(),
      /** CPU limit per server, such as 1.5 */
      cpu: textCodec(),
      /** the interface servers open: default, lab or classic */
      app: textCodec(),
      /** 1: stop idle servers */
      cull: textCodec(),
      /** seconds idle before a server is stopped */
      cullAfter: textCodec(),
      /** 1: servers run as root (containers, tests) */
      root: textCodec(),
      /** 1: reachable from the internet */
      public: textCodec(),
      /** HTTPS: none, cert or letsencrypt */
      https: textCodec(),
      /** the hub’s domain name */
      domain: textCodec(),
      /** where it runs: vm, container, kubernetes or hpc */
      where: textCodec(),
      /** JupyterHub.bind_url */
      bind: textCodec(),
      /** JupyterHub.hub_bind_url */
      hubBind: textCodec(),
      /** ConfigurableHTTPProxy.api_url */
      proxyApi: textCodec(),
    },
  },
} as const satisfies Record<string, { pattern: string; params: Record<string, Codec<unknown>> }>;

export type RouteId = keyof typeof ROUTES;

/** Every parameter name any route owns, shared ones included (the URL fuzz test reads this). */
export function allParamNames(): string[] {
  const names = new Set<string>(Object.keys(SHARED_PARAMS));
  for (const route of Object.values(ROUTES))
    for (const name of Object.keys(route.params)) names.add(name);
  return [...names];
}

/**
 * The route a router-relative location belongs to.
 * @example routeOf('/paths/what-happens-when-you-log-in/3') // 'pathStep'
 */
export function routeOf(location: string): RouteId | null {
  const path = location.replace(/[?#].*$/, '').replace(/\/+$/, '') || '/';
  if (path === '/') return 'map';
  if (/^\/paths\/[^/]+(\/[^/]+)?$/.test(path)) return 'pathStep';
  for (const [id, route] of Object.entries(ROUTES) as [RouteId, (typeof ROUTES)[RouteId]][])
    if (route.pattern === path) return id;
  return null;
}

type ParamsOf<R extends RouteId> = (typeof ROUTES)[R]['params'];
type ValueOf<C> = C extends Codec<infer T> ? T : never;

/**
 * Reads one parameter of a route from a query string, through the route's table.
 * @example readParam('compare', 'a', '?a=binderhub') // 'binderhub'
 */
export function readParam<R extends RouteId, P extends keyof ParamsOf<R> & string>(
  route: R,
  name: P,
  search: string,
): ValueOf<ParamsOf<R>[P]> {
  const codec = (ROUTES[route].params as Record<string, Codec<unknown>>)[name];
  if (!codec) throw new Error(`route ${route} owns no parameter ${name}`);
  return codec.parse(new URLSearchParams(search).get(name)) as ValueOf<ParamsOf<R>[P]>;
}

/**
 * The query string kept when moving to `route`: the parameters it owns and the shared ones, in
 * their order; everything else is dropped.
 * @example ownedSearch('map', '?persona=newcomer&node=hub') // '?persona=newcomer&node=hub'
 */
export function ownedSearch(route: RouteId, search: string): string {
  const owned = new Set([...Object.keys(SHARED_PARAMS), ...Object.keys(ROUTES[route].params)]);
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (!owned.has(name)) params.delete(name);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** A query string from values, through the codecs of a route; defaults are left out. */
function query(route: RouteId, values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  const table = ROUTES[route].params as Record<string, Codec<unknown>>;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const codec = table[name] ?? (SHARED_PARAMS as Record<string, Codec<unknown>>)[name];
    if (!codec) throw new Error(`route ${route} owns no parameter ${name}`);
    const raw = codec.serialise(value);
    if (raw !== null) params.set(name, raw);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

type MapLink = Partial<{
  node: string | null;
  view: string | null;
  block: string | null;
  kind: string[];
  hops: '1' | '2';
  to: string | null;
  mode: 'map' | 'outline';
}>;

/**
 * Router-relative links to every page (wouter's `<Link href>` and `navigate` add the base path;
 * plain `<a>` elements wrap them in {@link withBase}).
 * @example links.compare('the-littlest-jupyterhub', 'zero-to-jupyterhub') // '/compare?a=…&b=…'
 */
export const links = {
  map: (values: MapLink = {}) => `/${query('map', values)}`,
  node: (id: string) => `/${query('map', { node: id })}`,
  paths: (persona?: string | null) => `/paths${query('paths', { persona })}`,
  pathStep: (pathId: string, step: number) => `/paths/${encodeURIComponent(pathId)}/${step}`,
  architectures: () => '/architectures',
  architecture: (id: string) => `/architectures#${encodeURIComponent(id)}`,
  compare: (...ids: string[]) =>
    `/compare${query('compare', Object.fromEntries(ids.slice(0, 3).map((id, i) => ['abc'[i]!, id])))}`,
  choose: (answers: Record<string, string> = {}) => `/choose${query('choose', answers)}`,
  pathways: (values: { skills?: string[]; level?: string; cell?: string } = {}) =>
    `/pathways${query('pathways', values)}`,
  config: (values: { setting?: string; class?: string; node?: string; text?: string } = {}) =>
    `/config${query('config', values)}`,
  compose: (values: Record<string, string | null> = {}) =>
    `/compose${query('compose', Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)))}`,
} as const;

/** A router-relative link as an absolute path under the site's base (for plain `<a>` elements). */
export function withBase(link: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}${link}`;
}
