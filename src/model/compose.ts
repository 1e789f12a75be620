/**
 * The composer: from a few choices (authenticator, spawner, proxy, database, users, limits,
 * culling, HTTPS), a starting configuration in the form the deployment uses — a
 * `jupyterhub_config.py`, a Zero to JupyterHub `config.yaml` or `tljh-config` commands. Every
 * line sets a setting that is in the data (a line for anything else cannot be made), carries a
 * comment in our words, and knows its setting so the page can link it to its card.
 */
import { distributionForms, pythonToYaml, tljhValue, yamlDocument } from './config-forms';
import type { Setting, SettingClass, SettingsAtlas } from './settings';
import { nearest } from './suggest';

export type Form = 'plain' | 'z2jh' | 'tljh';
export type Where = 'vm' | 'container' | 'kubernetes' | 'hpc';

export interface Composition {
  form: Form;
  /** The reference architecture it started from, if any. */
  from: string | null;
  /** The JupyterHub it is for: 5 and newer, or 3 (Debian 12's package). */
  hub: '5' | '3';
  /** Node ids. */
  auth: string;
  spawner: string;
  proxy: string;
  db: string;
  admins: string[];
  allowed: string[];
  allowAll: boolean;
  named: boolean;
  /** A size such as 2G; '' for none. */
  mem: string;
  /** Cores such as 1.5; '' for none. */
  cpu: string;
  app: 'default' | 'lab' | 'classic';
  cull: boolean;
  /** Seconds idle before a server is stopped. */
  cullAfter: number;
  /** Servers run as root (a container or CI): they need --allow-root. */
  root: boolean;
  /** Reachable from the internet. */
  public: boolean;
  https: 'none' | 'cert' | 'letsencrypt';
  domain: string;
  where: Where;
  /** Addresses: the public one, the Hub's own, the proxy's API; '' keeps JupyterHub's default. */
  bind: string;
  hubBind: string;
  proxyApi: string;
}

export const DEFAULT_COMPOSITION: Composition = {
  form: 'plain',
  from: null,
  hub: '5',
  auth: 'pam-authenticator',
  spawner: 'local-process-spawner',
  proxy: 'configurable-http-proxy',
  db: 'sqlite',
  admins: [],
  allowed: [],
  allowAll: false,
  named: false,
  mem: '',
  cpu: '',
  app: 'default',
  cull: false,
  cullAfter: 3600,
  root: false,
  public: false,
  https: 'none',
  domain: '',
  where: 'vm',
  bind: '',
  hubBind: '',
  proxyApi: '',
};

/** Starting points: what a reference architecture of the atlas sets up. */
export const PRESETS: Record<string, Partial<Composition>> = {
  'plain-jupyterhub': {
    form: 'plain',
    auth: 'pam-authenticator',
    spawner: 'local-process-spawner',
  },
  'the-littlest-jupyterhub': {
    form: 'tljh',
    auth: 'first-use-authenticator',
    spawner: 'systemdspawner',
    proxy: 'traefik-proxy',
    cull: true,
    cullAfter: 600,
    app: 'lab',
  },
  'zero-to-jupyterhub': {
    form: 'z2jh',
    where: 'kubernetes',
    auth: 'dummy-authenticator',
    spawner: 'kubespawner',
    cull: true,
    public: true,
    https: 'letsencrypt',
  },
  'jupyterhub-deploy-docker': {
    form: 'plain',
    where: 'container',
    auth: 'native-authenticator',
    spawner: 'dockerspawner',
  },
  'hpc-batchspawner': {
    form: 'plain',
    where: 'hpc',
    auth: 'pam-authenticator',
    spawner: 'slurm-spawner',
  },
};

/** What a form fixes: the distribution brings its own spawner, proxy and database. */
const FIXED: Record<Form, Partial<Pick<Composition, 'spawner' | 'proxy' | 'db'>>> = {
  plain: {},
  z2jh: { spawner: 'kubespawner', proxy: 'configurable-http-proxy' },
  tljh: { spawner: 'systemdspawner', proxy: 'traefik-proxy', db: 'sqlite' },
};

export interface ComposeChoice {
  id: string;
  name: string;
  /** The entry-point name or class path that selects it. */
  value: string;
  cls: SettingClass;
}

/** The authenticators, spawners and proxies the composer offers: nodes whose class is in the data. */
export function composeChoices(
  settings: SettingsAtlas,
  nodes: {
    id: string;
    name: string;
    kind: string;
    config?: { traitlet?: string; value?: string };
  }[],
): Record<'auth' | 'spawner' | 'proxy', ComposeChoice[]> {
  const pick = (traitlet: string) =>
    nodes.flatMap((n) => {
      if (n.config?.traitlet !== traitlet || !n.config.value) return [];
      const value = n.config.value;
      const classes = settings.classes.filter((c) => c.node === n.id);
      const cls =
        classes.find((c) => c.import.endsWith(value) || c.import.endsWith(`.${value}`)) ??
        classes.find((c) => !classes.some((o) => o.ancestors.includes(c.id))) ??
        classes[0];
      return cls ? [{ id: n.id, name: n.name, value, cls }] : [];
    });
  const proxies = pick('c.JupyterHub.proxy_class');
  // TLJH's proxy is Traefik with a file provider; its node has no selector of its own.
  const traefik = nodes.find((n) => n.id === 'traefik-proxy');
  const traefikClass = settings.classes.find((c) => c.id === 'TraefikProxy');
  if (traefik && traefikClass && !proxies.some((p) => p.id === traefik.id))
    proxies.push({ id: traefik.id, name: traefik.name, value: 'traefik_file', cls: traefikClass });
  return {
    auth: pick('c.JupyterHub.authenticator_class'),
    spawner: pick('c.JupyterHub.spawner_class'),
    proxy: proxies,
  };
}

export const DATABASES = {
  sqlite: { name: 'SQLite (a file beside the hub)', url: 'sqlite:///jupyterhub.sqlite' },
  postgresql: {
    name: 'PostgreSQL',
    url: 'postgresql://jupyterhub:PASSWORD@db.example.org/jupyterhub',
  },
  mysql: {
    name: 'MySQL or MariaDB',
    url: 'mysql+pymysql://jupyterhub:PASSWORD@db.example.org/jupyterhub',
  },
} as const;

export interface Notice {
  level: 'risk' | 'note';
  text: string;
}

/** One line of output: the setting it sets (on the class it is written for) and the value. */
export interface ComposedLine {
  setting: Setting;
  /** The class the line is written on (a subclass of the defining one, or it). */
  on: string;
  /** The value as a Python literal or expression. */
  value: string;
  comment: string;
  /** Set in the output as this distribution key (Z2JH, TLJH), when the form has one. */
  key?: string;
}

export interface Composed {
  composition: Composition;
  lines: ComposedLine[];
  notices: Notice[];
  /** Parameters of the URL that were not understood, with what was done instead. */
  corrections: string[];
  /** The output text, and its file name. */
  text: string;
  fileName: string;
  /** Line numbers (1-based) of `text` → the setting each sets, for links. */
  lineSettings: Map<number, string>;
}

const USERNAME_RE = /^[A-Za-z0-9._@-]{1,64}$/;
const SIZE_RE = /^\d+(\.\d+)?[KMGT]?$/;
const CPU_RE = /^\d+(\.\d+)?$/;
const ADDRESS_RE = /^(https?:\/\/)?[A-Za-z0-9.[\]:-]*(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/;
const DOMAIN_RE = /^[A-Za-z0-9.-]{1,253}$/;

/** A Python string literal. */
export function pyString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function pyList(values: string[]): string {
  return `[${values.map(pyString).join(', ')}]`;
}

function pySet(values: string[]): string {
  return values.length === 0 ? 'set()' : `{${values.map(pyString).join(', ')}}`;
}

/**
 * A composition from URL parameters: unknown parameters and bad values are reported in
 * `corrections` and replaced by the nearest valid choice (or the default).
 */
export function parseComposition(
  search: string,
  known: { auth: string[]; spawner: string[]; proxy: string[]; architectures: string[] },
): { composition: Composition; corrections: string[] } {
  const params = new URLSearchParams(search);
  const corrections: string[] = [];
  const allowed = new Set([
    'form',
    'from',
    'hub',
    'auth',
    'spawner',
    'proxy',
    'db',
    'admin',
    'allowed',
    'all',
    'named',
    'mem',
    'cpu',
    'app',
    'cull',
    'cullAfter',
    'root',
    'public',
    'https',
    'domain',
    'where',
    'bind',
    'hubBind',
    'proxyApi',
    'q',
    'embed',
  ]);
  for (const name of params.keys())
    if (!allowed.has(name))
      corrections.push(`The parameter “${name}” is not one the composer knows; it was ignored.`);
  const c: Composition = { ...DEFAULT_COMPOSITION };
  const from = params.get('from');
  if (from !== null) {
    if (PRESETS[from]) Object.assign(c, PRESETS[from], { from });
    else {
      const near = nearest(from, Object.keys(PRESETS), 1)[0];
      corrections.push(
        known.architectures.includes(from)
          ? `The architecture “${from}” has no starting config yet; starting blank.`
          : `There is no architecture “${from}”${near ? ` (did you mean ${near}?)` : ''}; starting blank.`,
      );
    }
  }
  const oneOf = <T extends string>(name: string, values: readonly T[], set: (v: T) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    if ((values as readonly string[]).includes(raw)) set(raw as T);
    else
      corrections.push(
        `“${raw}” is not a value of ${name} (use ${values.join(', ')}); it was ignored.`,
      );
  };
  oneOf('form', ['plain', 'z2jh', 'tljh'] as const, (v) => (c.form = v));
  oneOf('hub', ['5', '3'] as const, (v) => (c.hub = v));
  oneOf('app', ['default', 'lab', 'classic'] as const, (v) => (c.app = v));
  oneOf('https', ['none', 'cert', 'letsencrypt'] as const, (v) => (c.https = v));
  oneOf('where', ['vm', 'container', 'kubernetes', 'hpc'] as const, (v) => (c.where = v));
  oneOf('db', Object.keys(DATABASES) as (keyof typeof DATABASES)[], (v) => (c.db = v));
  const node = (name: 'auth' | 'spawner' | 'proxy', label: string) => {
    const raw = params.get(name);
    if (raw === null) return;
    if (known[name].includes(raw)) c[name] = raw;
    else {
      const near = nearest(raw, known[name], 1)[0];
      corrections.push(
        `There is no ${label} “${raw.slice(0, 80)}” the composer can configure${near ? `; did you mean ${near}?` : ''} It stays ${c[name]}.`,
      );
    }
  };
  node('auth', 'authenticator');
  node('spawner', 'spawner');
  node('proxy', 'proxy');
  const flag = (name: string, set: (v: boolean) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    if (raw === '1' || raw === '0') set(raw === '1');
    else corrections.push(`${name} takes 1 or 0, not “${raw.slice(0, 40)}”; it was ignored.`);
  };
  flag('all', (v) => (c.allowAll = v));
  flag('named', (v) => (c.named = v));
  flag('cull', (v) => (c.cull = v));
  flag('root', (v) => (c.root = v));
  flag('public', (v) => (c.public = v));
  const users = (name: 'admin' | 'allowed') => {
    const raw = params.get(name);
    if (raw === null) return [];
    const list = raw
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const bad = list.filter((u) => !USERNAME_RE.test(u));
    if (bad.length > 0)
      corrections.push(
        `Left out user names that are not plain names: ${bad.map((b) => `“${b.slice(0, 40)}”`).join(', ')}.`,
      );
    return [...new Set(list.filter((u) => USERNAME_RE.test(u)))].slice(0, 50);
  };
  if (params.has('admin')) c.admins = users('admin');
  if (params.has('allowed')) c.allowed = users('allowed');
  const text = (
    name: 'mem' | 'cpu' | 'domain' | 'bind' | 'hubBind' | 'proxyApi',
    re: RegExp,
    what: string,
  ) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return;
    if (re.test(raw) && raw.length <= 200) c[name] = raw;
    else corrections.push(`“${raw.slice(0, 60)}” is not ${what}; ${name} was ignored.`);
  };
  text('mem', SIZE_RE, 'a size such as 2G');
  text('cpu', CPU_RE, 'a number of cores such as 1.5');
  text('domain', DOMAIN_RE, 'a domain name');
  text('bind', ADDRESS_RE, 'an address such as http://127.0.0.1:8000');
  text('hubBind', ADDRESS_RE, 'an address such as http://127.0.0.1:8081');
  text('proxyApi', ADDRESS_RE, 'an address such as http://127.0.0.1:8001');
  const after = params.get('cullAfter');
  if (after !== null) {
    const n = Number(after);
    if (Number.isInteger(n) && n >= 60 && n <= 30 * 24 * 3600) c.cullAfter = n;
    else
      corrections.push(
        `cullAfter takes whole seconds from 60 to 2592000, not “${after.slice(0, 20)}”; it stays ${c.cullAfter}.`,
      );
  }
  return { composition: c, corrections };
}

/** The URL parameters of a composition; what equals the default (or the preset) is left out. */
export function compositionParams(c: Composition): Record<string, string | null> {
  const base = { ...DEFAULT_COMPOSITION, ...(c.from ? PRESETS[c.from] : {}) };
  const out: Record<string, string | null> = {};
  const set = (name: string, value: string, baseValue: string) =>
    (out[name] = value === baseValue ? null : value);
  out.from = c.from;
  set('form', c.form, base.form);
  set('hub', c.hub, base.hub);
  set('auth', c.auth, base.auth);
  set('spawner', c.spawner, base.spawner);
  set('proxy', c.proxy, base.proxy);
  set('db', c.db, base.db);
  set('admin', c.admins.join(','), base.admins.join(','));
  set('allowed', c.allowed.join(','), base.allowed.join(','));
  set('all', c.allowAll ? '1' : '0', base.allowAll ? '1' : '0');
  set('named', c.named ? '1' : '0', base.named ? '1' : '0');
  set('mem', c.mem, base.mem);
  set('cpu', c.cpu, base.cpu);
  set('app', c.app, base.app);
  set('cull', c.cull ? '1' : '0', base.cull ? '1' : '0');
  set('cullAfter', String(c.cullAfter), String(base.cullAfter));
  set('root', c.root ? '1' : '0', base.root ? '1' : '0');
  set('public', c.public ? '1' : '0', base.public ? '1' : '0');
  set('https', c.https, base.https);
  set('domain', c.domain, base.domain);
  set('where', c.where, base.where);
  set('bind', c.bind, base.bind);
  set('hubBind', c.hubBind, base.hubBind);
  set('proxyApi', c.proxyApi, base.proxyApi);
  return out;
}

const FILE_NAMES: Record<Form, string> = {
  plain: 'jupyterhub_config.py',
  z2jh: 'config.yaml',
  tljh: 'tljh-config.sh',
};

/**
 * The configuration for a composition. `password` is the shared password, typed on the page and
 * never put in the URL; without one the output holds a placeholder and says so.
 */
export function compose(
  input: Composition,
  settings: SettingsAtlas,
  choices: Record<'auth' | 'spawner' | 'proxy', ComposeChoice[]>,
  options: { password?: string; corrections?: string[] } = {},
): Composed {
  const c: Composition = { ...input, ...FIXED[input.form] };
  const notices: Notice[] = [];
  const byId = new Map(settings.settings.map((s) => [s.id, s]));
  const classes = new Map(settings.classes.map((k) => [k.id, k]));
  const lines: ComposedLine[] = [];
  const dropped: string[] = [];
  for (const [field, label] of [
    ['spawner', 'spawner'],
    ['proxy', 'proxy'],
    ['db', 'database'],
  ] as const)
    if (
      FIXED[input.form][field] &&
      input[field] !== FIXED[input.form][field] &&
      input[field] !== DEFAULT_COMPOSITION[field]
    )
      notices.push({
        level: 'note',
        text: `${input.form === 'z2jh' ? 'Zero to JupyterHub' : 'TLJH'} brings its own ${label}; your choice of ${input[field]} does not apply to it.`,
      });

  /** The setting `name` as it applies on class `on` (its own or inherited), or undefined. */
  const find = (on: string, name: string): Setting | undefined => {
    const cls = classes.get(on);
    const id = [...(cls?.own ?? []), ...(cls?.inherited ?? [])].find(
      (x) => x.slice(x.indexOf('.') + 1) === name,
    );
    return id ? byId.get(id) : undefined;
  };
  const add = (on: string, name: string, value: string, comment: string) => {
    const setting = find(on, name);
    if (!setting) throw new Error(`the composer asked for ${on}.${name}, which is not in the data`);
    const cls = classes.get(setting.class);
    const inOldHub =
      c.hub === '3' && cls?.project === 'jupyterhub' && setting.inJupyterHub3 === false;
    if (inOldHub) {
      dropped.push(`${on}.${name}`);
      return;
    }
    lines.push({ setting, on, value, comment });
  };

  const auth = choices.auth.find((a) => a.id === c.auth);
  const spawner = choices.spawner.find((s) => s.id === c.spawner);
  const proxy = choices.proxy.find((p) => p.id === c.proxy);
  if (!auth || !spawner || !proxy)
    throw new Error('compose needs a known authenticator, spawner and proxy');
  const isA = (choice: ComposeChoice, base: string) =>
    choice.cls.id === base || choice.cls.ancestors.includes(base);

  // What the pieces are.
  if (c.hub === '3' && auth.cls.inJupyterHub3 === false)
    notices.push({
      level: 'risk',
      text: `${auth.name} is not in JupyterHub 3.0: that hub cannot load it. Choose another authenticator, or JupyterHub 5.`,
    });
  add('JupyterHub', 'authenticator_class', pyString(auth.value), `Who may log in: ${auth.name}.`);
  if (c.form === 'plain') {
    add(
      'JupyterHub',
      'spawner_class',
      pyString(spawner.value),
      `How each user's server starts: ${spawner.name}.`,
    );
    if (proxy.id !== 'configurable-http-proxy')
      add('JupyterHub', 'proxy_class', pyString(proxy.value), `The proxy in front: ${proxy.name}.`);
    if (c.db !== 'sqlite')
      add(
        'JupyterHub',
        'db_url',
        pyString(DATABASES[c.db as keyof typeof DATABASES].url),
        `The Hub's database (${DATABASES[c.db as keyof typeof DATABASES].name}); put the real password here.`,
      );
  } else if (c.form === 'z2jh' && c.db !== 'sqlite') {
    add(
      'JupyterHub',
      'db_url',
      pyString(DATABASES[c.db as keyof typeof DATABASES].url),
      `The Hub's database (${DATABASES[c.db as keyof typeof DATABASES].name}) instead of the chart's SQLite volume.`,
    );
  }

  // What the authenticator needs.
  const placeholder = (what: string) => pyString(`PUT-${what}-HERE`);
  if (isA(auth, 'OAuthenticator')) {
    const host = c.domain || 'hub.example.org';
    add(
      auth.cls.id,
      'client_id',
      placeholder('CLIENT-ID'),
      'The id of the OAuth app you registered with the provider.',
    );
    add(
      auth.cls.id,
      'client_secret',
      placeholder('CLIENT-SECRET'),
      'Its secret; better read from an environment variable than written here.',
    );
    add(
      auth.cls.id,
      'oauth_callback_url',
      pyString(`https://${host}/hub/oauth_callback`),
      'The callback address you registered with the provider.',
    );
  } else if (isA(auth, 'LDAPAuthenticator')) {
    add(auth.cls.id, 'server_address', pyString('ldap.example.org'), 'Your LDAP server.');
    add(
      auth.cls.id,
      'bind_dn_template',
      pyList(['uid={username},ou=people,dc=example,dc=org']),
      'How a username becomes the name to bind as; adjust to your directory.',
    );
  } else if (isA(auth, 'SharedPasswordAuthenticator')) {
    const pw = options.password ?? '';
    if (pw.length < 8)
      notices.push({
        level: 'risk',
        text: 'The shared password is empty or shorter than 8 characters: the hub refuses to start until user_password has at least 8.',
      });
    add(
      auth.cls.id,
      'user_password',
      pyString(pw || 'PUT-A-PASSWORD-HERE'),
      'The one password every allowed user logs in with.',
    );
  } else if (isA(auth, 'DummyAuthenticator')) {
    if (c.hub === '3' && options.password)
      add(
        auth.cls.id,
        'password',
        pyString(options.password),
        'The one password that logs anyone in (JupyterHub 3).',
      );
    notices.push({
      level: c.public ? 'risk' : 'note',
      text: c.public
        ? 'DummyAuthenticator on a public hub lets anyone in under any name: use it only for tests on your own machine.'
        : 'DummyAuthenticator accepts any name: fine for a test on your own machine, never for a real hub.',
    });
  } else if (isA(auth, 'LTI13Authenticator')) {
    add(
      auth.cls.id,
      'issuer',
      placeholder('PLATFORM-ISSUER'),
      'The learning platform’s issuer id.',
    );
    add(
      auth.cls.id,
      'client_id',
      pyList(['PUT-CLIENT-ID-HERE']),
      'The client id the platform gave this tool.',
    );
    add(
      auth.cls.id,
      'authorize_url',
      placeholder('PLATFORM-AUTH-URL'),
      'The platform’s login endpoint.',
    );
    add(
      auth.cls.id,
      'jwks_endpoint',
      placeholder('PLATFORM-JWKS-URL'),
      'Where the platform publishes its keys.',
    );
  }
  if (auth.id === 'null-authenticator')
    notices.push({
      level: 'note',
      text: 'NullAuthenticator lets nobody log in through the Hub: only services and API tokens work.',
    });

  // Who may log in.
  if (c.admins.length > 0)
    add('Authenticator', 'admin_users', pySet(c.admins), 'These users are admins.');
  if (c.allowed.length > 0)
    add(
      'Authenticator',
      'allowed_users',
      pySet(c.allowed),
      'Only these users (and the admins) may log in.',
    );
  if (c.allowAll)
    add('Authenticator', 'allow_all', 'True', 'Everyone the authenticator accepts may log in.');
  if (
    !c.allowAll &&
    c.allowed.length === 0 &&
    c.admins.length === 0 &&
    c.hub === '5' &&
    !['tljh'].includes(c.form) &&
    !isA(auth, 'DummyAuthenticator')
  )
    notices.push({
      level: 'risk',
      text: 'No allowed users, no admins and “allow everyone” off: JupyterHub 5 lets nobody log in. Add users or allow all.',
    });
  if (c.allowAll && c.public && isA(auth, 'OAuthenticator'))
    notices.push({
      level: 'risk',
      text: `Allowing everyone with ${auth.name} lets in anyone with an account at the provider; restrict by organisation or group.`,
    });

  // The servers.
  const sp = spawner.cls.id;
  if (c.named)
    add('JupyterHub', 'allow_named_servers', 'True', 'Each user may run several named servers.');
  if (isA(spawner, 'DockerSpawner')) {
    add(
      sp,
      'image',
      pyString('quay.io/jupyter/base-notebook:latest'),
      'The image users’ containers run.',
    );
    add(
      sp,
      'network_name',
      pyString('jupyterhub-network'),
      'A Docker network the Hub’s container also joins.',
    );
    add(sp, 'remove', 'True', 'Remove a container when its server stops.');
    add(
      'JupyterHub',
      'hub_ip',
      pyString('0.0.0.0'),
      'Listen where the containers can reach the Hub.',
    );
  }
  if (isA(spawner, 'KubeSpawner') && c.form === 'plain')
    add(
      sp,
      'image',
      pyString('quay.io/jupyterhub/singleuser:latest'),
      'The image users’ pods run.',
    );
  if (isA(spawner, 'BatchSpawnerBase')) {
    add(sp, 'req_runtime', pyString('8:00:00'), 'How long each job may run.');
    if (c.mem)
      add(sp, 'req_memory', pyString(c.mem), 'The memory each job asks the scheduler for.');
    if (c.cpu) add(sp, 'req_nprocs', pyString(c.cpu), 'The cores each job asks for.');
  } else {
    if (c.mem) add(sp, 'mem_limit', pyString(c.mem), 'The most memory one server may use.');
    if (c.cpu) add(sp, 'cpu_limit', c.cpu, 'The most CPU cores one server may use.');
    if ((c.mem || c.cpu) && ['LocalProcessSpawner', 'SimpleLocalProcessSpawner'].includes(sp))
      notices.push({
        level: 'note',
        text: `${spawner.name} does not enforce memory or CPU limits; the limits only show to users' tools. Use SystemdSpawner, DockerSpawner or KubeSpawner to enforce them.`,
      });
  }
  if (c.app !== 'default')
    add(
      sp,
      'default_url',
      pyString(c.app === 'lab' ? '/lab' : '/tree'),
      c.app === 'lab' ? 'Servers open in JupyterLab.' : 'Servers open in the classic file view.',
    );
  if (c.root)
    add(
      sp,
      'args',
      pyList(['--allow-root']),
      'Servers run as root here (a container or a test), which they refuse without this.',
    );
  if (isA(spawner, 'ProfilesSpawner'))
    add(
      sp,
      'profiles',
      "[\n    ('Small', 'small', 'jupyterhub.spawner.LocalProcessSpawner', {}),\n]",
      'The menu users pick from: name, key, spawner class and its settings.',
    );

  // Services.
  if (c.cull) {
    add(
      'JupyterHub',
      'services',
      `[\n    {\n        'name': 'jupyterhub-idle-culler',\n        'command': [sys.executable, '-m', 'jupyterhub_idle_culler', '--timeout=${c.cullAfter}'],\n    },\n]`,
      `Stop servers idle for ${c.cullAfter} seconds (IdleCuller.timeout); needs the jupyterhub-idle-culler package.`,
    );
    add(
      'JupyterHub',
      'load_roles',
      `[\n    {\n        'name': 'jupyterhub-idle-culler',\n        'scopes': ['list:users', 'read:users:activity', 'read:servers', 'delete:servers'],\n        'services': ['jupyterhub-idle-culler'],\n    },\n]`,
      'The permissions the culler needs, and nothing more.',
    );
  }

  // Addresses and HTTPS.
  if (c.bind)
    add('JupyterHub', 'bind_url', pyString(c.bind), 'The address browsers reach the hub at.');
  else if (c.form === 'plain' && c.https === 'cert')
    add('JupyterHub', 'bind_url', pyString('https://:443'), 'Serve HTTPS on the standard port.');
  if (c.hubBind)
    add(
      'JupyterHub',
      'hub_bind_url',
      pyString(c.hubBind),
      'Where the Hub process itself listens, behind the proxy.',
    );
  if (c.proxyApi && proxy.id === 'configurable-http-proxy')
    add(
      'ConfigurableHTTPProxy',
      'api_url',
      pyString(c.proxyApi),
      'Where the proxy’s API listens, for the Hub.',
    );
  if (c.form === 'plain' && c.https === 'cert') {
    add(
      'JupyterHub',
      'ssl_cert',
      pyString('/etc/jupyterhub/ssl/cert.pem'),
      'Your TLS certificate.',
    );
    add('JupyterHub', 'ssl_key', pyString('/etc/jupyterhub/ssl/key.pem'), 'And its key.');
  }
  if (c.form === 'plain' && c.https === 'letsencrypt')
    notices.push({
      level: 'note',
      text: 'A plain hub does not fetch Let’s Encrypt certificates itself: put a reverse proxy that does (Traefik, Caddy, nginx with certbot) in front, or use TLJH or Zero to JupyterHub, which do.',
    });
  if (c.public && c.https === 'none')
    notices.push({
      level: 'risk',
      text: 'A public hub without HTTPS sends passwords and cookies in the clear. Turn HTTPS on.',
    });

  // Where it runs.
  if (isA(spawner, 'KubeSpawner') && c.where !== 'kubernetes' && c.form !== 'z2jh')
    notices.push({
      level: 'risk',
      text: 'KubeSpawner starts pods through the Kubernetes API: without a Kubernetes cluster nothing can start.',
    });
  if (spawner.id === 'systemdspawner' && c.where === 'container')
    notices.push({
      level: 'risk',
      text: 'SystemdSpawner needs systemd as the machine’s init, which containers rarely have: run the hub on the host or a VM, or choose DockerSpawner.',
    });
  if (isA(spawner, 'DockerSpawner') && c.where === 'kubernetes')
    notices.push({
      level: 'note',
      text: 'On Kubernetes, KubeSpawner (and the Zero to JupyterHub chart) is the usual choice; DockerSpawner needs a Docker daemon it can reach.',
    });
  if (isA(spawner, 'BatchSpawnerBase') && c.where !== 'hpc')
    notices.push({
      level: 'note',
      text: `${spawner.name} submits jobs to a batch scheduler: the hub must run where it can call the scheduler's commands.`,
    });
  if (c.form === 'tljh' && c.where !== 'vm')
    notices.push({
      level: 'risk',
      text: 'TLJH installs onto one Ubuntu server (a VM or a machine), not into a container or cluster.',
    });
  if (c.form === 'z2jh' && c.where !== 'kubernetes')
    notices.push({
      level: 'risk',
      text: 'Zero to JupyterHub is a Helm chart: it needs a Kubernetes cluster.',
    });
  if (c.root && c.public)
    notices.push({
      level: 'risk',
      text: 'Servers running as root on a public hub give every user the whole machine; use it for containers that are the user’s alone.',
    });

  if (dropped.length > 0)
    notices.push({
      level: 'note',
      text: `Left out for JupyterHub 3.0, which does not have them: ${dropped.join(', ')}.`,
    });

  const { text, lineSettings, extra } = render(c, lines, settings, auth);
  notices.push(...extra);
  return {
    composition: c,
    lines,
    notices,
    corrections: options.corrections ?? [],
    text,
    fileName: FILE_NAMES[c.form],
    lineSettings,
  };
}

function render(
  c: Composition,
  lines: ComposedLine[],
  settings: SettingsAtlas,
  auth: ComposeChoice,
): { text: string; lineSettings: Map<number, string>; extra: Notice[] } {
  const out: string[] = [];
  const lineSettings = new Map<number, string>();
  const extra: Notice[] = [];
  const mark = (id: string) => lineSettings.set(out.length, id);
  if (c.form === 'plain') {
    out.push(
      '# jupyterhub_config.py, composed by Jupyter Atlas (/compose).',
      '# Each setting links to its card in the atlas; check the values before you start the hub.',
    );
    if (lines.some((l) => l.value.includes('sys.executable'))) out.push('import sys');
    out.push('', 'c = get_config()  # noqa');
    for (const l of lines) {
      out.push('', `# ${l.comment}`);
      const [first, ...rest] = `c.${l.on}.${l.setting.name} = ${l.value}`.split('\n');
      out.push(first ?? '');
      mark(l.setting.id);
      out.push(...rest);
    }
    return { text: `${out.join('\n')}\n`, lineSettings, extra };
  }
  if (c.form === 'z2jh') {
    const entries: { key: string; value: string; comment?: string; setting: string }[] = [];
    for (const l of lines) {
      const form = distributionForms(settings, l.setting, l.on).find(
        (f) => f.distribution === 'z2jh',
      );
      let key = form?.key;
      let value = pythonToYaml(l.value);
      if (l.setting.id === 'JupyterHub.services' && c.cull) {
        entries.push({
          key: 'cull.enabled',
          value: 'true',
          comment: 'Run the idle culler (the chart adds the service and its role).',
          setting: l.setting.id,
        });
        entries.push({
          key: 'cull.timeout',
          value: String(c.cullAfter),
          comment: `Stop servers idle for ${c.cullAfter} seconds.`,
          setting: 'IdleCuller.timeout',
        });
        continue;
      }
      if (l.setting.id === 'JupyterHub.load_roles') continue;
      if (l.setting.id === 'JupyterHub.db_url') {
        entries.push({
          key: 'hub.db.type',
          value: c.db === 'mysql' ? 'mysql' : 'postgres',
          comment: 'Use an external database.',
          setting: l.setting.id,
        });
        key = 'hub.db.url';
      }
      if (value.startsWith('{') || value === 'set()')
        value = value === 'set()' ? '[]' : `[${value.slice(1, -1)}]`;
      if (!key) continue;
      entries.push({ key, value, comment: l.comment, setting: l.setting.id });
      l.key = key;
    }
    out.push(
      '# config.yaml for the Zero to JupyterHub Helm chart, composed by Jupyter Atlas (/compose).',
      '# helm upgrade --install jupyterhub jupyterhub/jupyterhub --values config.yaml',
    );
    if (c.https === 'letsencrypt')
      out.push(
        `# HTTPS: the chart's autohttps part gets a certificate; set proxy.https.enabled,`,
        `# proxy.https.hosts [${c.domain || 'hub.example.org'}] and proxy.https.letsencrypt.contactEmail.`,
      );
    const doc = yamlDocument(
      entries.map((e) => ({ key: e.key, value: e.value, comment: e.comment })),
    );
    const start = out.length;
    out.push(...doc.split('\n'));
    // Link each value line to its setting: the line that ends a key path.
    for (const e of entries) {
      const last = e.key.split('.').at(-1) as string;
      const index = out.findIndex(
        (line, i) =>
          i >= start && line.trimStart().startsWith(`${last}:`) && !lineSettings.has(i + 1),
      );
      if (index >= 0) lineSettings.set(index + 1, e.setting);
    }
    return { text: `${out.join('\n')}\n`, lineSettings, extra };
  }
  // TLJH: tljh-config commands.
  out.push(
    '# Commands for The Littlest JupyterHub, composed by Jupyter Atlas (/compose).',
    '# Run them on the TLJH server; the last one applies the changes.',
  );
  const later: string[] = [];
  for (const l of lines) {
    if (l.setting.id === 'JupyterHub.load_roles') continue;
    if (l.setting.id === 'JupyterHub.services' && c.cull) {
      out.push('', `# Stop servers idle for ${c.cullAfter} seconds (TLJH runs the culler).`);
      out.push('sudo tljh-config set services.cull.enabled true');
      mark('JupyterHub.services');
      out.push(`sudo tljh-config set services.cull.timeout ${c.cullAfter}`);
      mark('IdleCuller.timeout');
      continue;
    }
    const form = distributionForms(settings, l.setting, l.on).find(
      (f) => f.distribution === 'tljh',
    );
    if (!form) {
      later.push(`# ${l.comment}`, `c.${l.on}.${l.setting.name} = ${l.value}`);
      continue;
    }
    out.push('', `# ${l.comment}`);
    l.key = form.key;
    if (
      l.setting.id === 'Authenticator.admin_users' ||
      l.setting.id === 'Authenticator.allowed_users'
    ) {
      const users = c[l.setting.id === 'Authenticator.admin_users' ? 'admins' : 'allowed'];
      for (const u of users) {
        out.push(`sudo tljh-config add-item ${form.key} ${u}`);
        mark(l.setting.id);
      }
      continue;
    }
    let value = tljhValue(l.value);
    if (l.setting.id === 'Spawner.default_url') value = c.app === 'lab' ? 'jupyterlab' : 'classic';
    if (l.setting.id === 'JupyterHub.authenticator_class' && !auth.value.includes('.'))
      value = auth.cls.import;
    out.push(`sudo tljh-config set ${form.key} ${value}`);
    mark(l.setting.id);
  }
  if (c.https === 'letsencrypt') {
    // https.enabled sets a setting (the proxy's entry point); the certificate keys set none, so
    // they are shown as comments to run, not as lines of the config.
    out.push('', '# HTTPS with Let’s Encrypt: TLJH fetches the certificate itself.');
    out.push('sudo tljh-config set https.enabled true');
    mark('TraefikProxy.traefik_entrypoint');
    out.push(
      '# and TLJH’s certificate keys (they set no JupyterHub setting):',
      '#   sudo tljh-config set https.letsencrypt.email you@example.org',
      `#   sudo tljh-config add-item https.letsencrypt.domains ${c.domain || 'hub.example.org'}`,
    );
  }
  out.push('', 'sudo tljh-config reload');
  if (later.length > 0) {
    extra.push({
      level: 'note',
      text: 'TLJH has no tljh-config key for some settings; they follow as a file for /opt/tljh/config/jupyterhub_config.d/.',
    });
    out.push(
      '',
      '# No tljh-config key for these: put them in /opt/tljh/config/jupyterhub_config.d/atlas.py',
      '# and run sudo tljh-config reload again.',
    );
    for (const line of later) out.push(`# ${line}`);
  }
  return { text: `${out.join('\n')}\n`, lineSettings, extra };
}
