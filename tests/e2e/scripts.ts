// The plain .mjs scripts some suites drive (a real JupyterHub, the synthetic atlas, the trace
// recorder), with the types those suites rely on. They have no type declarations, so they are
// imported by URL, which TypeScript does not resolve (as tests/unit/synthetic.test.ts does).

export interface HubPorts {
  port: number;
  hubPort: number;
  apiPort: number;
}

export interface RunningHub {
  pid: number;
  /** Everything the hub has written to stdout and stderr so far. */
  log: () => string;
  /** Stops the process group it started: SIGTERM, then SIGKILL after 10 s. */
  stop: () => Promise<void>;
  /** Whether anything of its process group still runs. */
  alive: () => boolean;
}

interface HubModule {
  requireHub: () => void;
  hubPorts: () => Promise<HubPorts>;
  addressLines: (ports: HubPorts) => string[];
  startHub: (dir: string, config: string, options?: { timeout?: number }) => Promise<RunningHub>;
}

interface SyntheticModule {
  writeSyntheticAtlas: (
    dir: string,
    n: number,
    options?: { seed?: number },
  ) => Promise<{ nodes: number; relations: number }>;
}

export interface TraceExchangeRecord {
  actor: string;
  to?: string;
  method?: string;
  path?: string;
  status?: number;
  location?: string;
  cookies?: string[];
  note?: string;
}

interface TraceModule {
  Scrubber: new (user: string) => {
    add: (value: string) => void;
    path: (raw: string, origin: string) => string;
    text: (raw: string) => string;
  };
  record: () => Promise<{ files: unknown; secrets: string[] }>;
  writeTraces: (files: unknown, dir: string) => void;
}

const load = <T>(path: string) => import(new URL(path, import.meta.url).href) as Promise<T>;

/** scripts/lib/hub.mjs: Debian's JupyterHub on 127.0.0.1, stopped by its process group. */
export const hubScript = () => load<HubModule>('../../scripts/lib/hub.mjs');
/** scripts/synthetic.mjs: a large generated graph-data/ for the pipeline. */
export const syntheticScript = () => load<SyntheticModule>('../../scripts/synthetic.mjs');
/** scripts/trace.mjs: records the login path and failures from a real JupyterHub. */
export const traceScript = () => load<TraceModule>('../../scripts/trace.mjs');
