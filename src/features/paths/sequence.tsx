import { useEffect, useRef } from 'react';
import { download } from '../../ui/download';
import type { LoginTrace, RecordedFailure, TraceExchange, TraceMeta } from '../../model/types';

/** The lifelines, left to right as a request goes in. */
const LANES = [
  'browser',
  'proxy',
  'hub',
  'authenticator',
  'spawner',
  'single-user server',
] as const;
type Lane = (typeof LANES)[number];
const LANE_LABEL: Record<Lane, string> = {
  browser: 'Browser',
  proxy: 'Proxy',
  hub: 'Hub',
  authenticator: 'Authenticator',
  spawner: 'Spawner',
  'single-user server': 'Single-user server',
};
const LANE_W = 150;
const ROW_H = 30;
const TOP = 40;

/** A message in words: "GET /hub/login → 302 /hub/spawn". */
export function describe(e: TraceExchange): string {
  if (e.note) return e.note;
  const where = e.location ? ` → ${e.location}` : '';
  const status = e.status !== undefined ? ` ${e.status}` : '';
  const cookies = e.cookies?.length ? ` (sets ${e.cookies.join(', ')})` : '';
  return `${e.method ?? ''} ${e.path ?? ''}${status ? ` →${status}` : ''}${where}${cookies}`.trim();
}

function laneOf(name: string | undefined): number {
  const i = LANES.indexOf((name ?? 'hub') as Lane);
  return i < 0 ? 2 : i;
}

function Recording({ meta }: { meta: TraceMeta }) {
  return (
    <p className="muted small">
      Recorded on {meta.recorded} from a running JupyterHub {meta.jupyterhub} with
      configurable-http-proxy {meta['configurable-http-proxy']} (Debian 12’s packages) by{' '}
      <code>npm run trace</code>; JupyterHub 5 and 6 follow the same path, with different page
      templates.
    </p>
  );
}

/**
 * The recorded login conversation as a sequence diagram: lifelines for browser, proxy, Hub,
 * authenticator, spawner and single-user server; every message in order with its status and
 * redirect; the messages this step explains lit. Beside it the same messages as an ordered list.
 */
export function Sequence({
  trace,
  lit,
  title,
}: {
  trace: LoginTrace;
  lit: string[];
  title: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const litSet = new Set(lit);
  const rows = trace.exchanges;
  const width = LANES.length * LANE_W;
  const height = TOP + rows.length * ROW_H + 10;
  const first = rows.findIndex((e) => litSet.has(e.id));
  useEffect(() => {
    const box = boxRef.current;
    if (box && first >= 0) box.scrollTop = Math.max(0, TOP + first * ROW_H - 60);
  }, [first]);
  const saveSvg = () => {
    const svg = svgRef.current;
    if (!svg) return;
    const text = new XMLSerializer().serializeToString(svg);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    download('jupyter-atlas-login-sequence.svg', url);
    URL.revokeObjectURL(url);
  };
  const x = (lane: number) => lane * LANE_W + LANE_W / 2;
  const mine = rows.filter((e) => litSet.has(e.id));
  return (
    <section className="sequence" aria-labelledby="sequence-title">
      <h3 id="sequence-title">What the hub actually did</h3>
      {/* Focusable, so the diagram scrolls by keyboard too; the list below says the same in words. */}
      <div
        className="sequence-box"
        ref={boxRef}
        // A scrollable region must take focus to scroll by keyboard (WCAG 2.1.1); axe asks for it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label="The recorded sequence, drawn (the list below has the same messages)"
      >
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="sequence-svg"
          aria-hidden="true"
          fontFamily="system-ui, sans-serif"
        >
          <title>{`The login path, recorded: ${title}`}</title>
          {LANES.map((lane, i) => (
            <g key={lane}>
              <text
                x={x(i)}
                y={18}
                textAnchor="middle"
                className="sequence-lane"
                fontSize="13"
                fontWeight="700"
              >
                {LANE_LABEL[lane]}
              </text>
              <line
                x1={x(i)}
                x2={x(i)}
                y1={26}
                y2={height}
                className="sequence-life"
                strokeDasharray="3 4"
              />
            </g>
          ))}
          {rows.map((e, r) => {
            const y = TOP + r * ROW_H + ROW_H / 2;
            const from = laneOf(e.actor);
            const to = laneOf(e.to ?? e.actor);
            const on = litSet.has(e.id);
            const left = Math.min(x(from), x(to));
            const label = describe(e);
            const short = label.length > 46 ? `${label.slice(0, 45)}…` : label;
            return (
              <g
                key={e.id}
                className={on ? 'sequence-msg is-lit' : 'sequence-msg'}
                data-exchange-id={e.id}
              >
                {from === to ? (
                  <circle cx={x(from)} cy={y} r={4} />
                ) : (
                  <line x1={x(from)} x2={x(to)} y1={y} y2={y} markerEnd="url(#seq-arrow)" />
                )}
                <text x={left + 6} y={y - 5} fontSize="11">
                  {short}
                </text>
              </g>
            );
          })}
          <defs>
            <marker
              id="seq-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
        </svg>
      </div>
      <ol className="sequence-list" aria-label="The exchanges this step explains, as recorded">
        {mine.map((e) => (
          <li key={e.id}>
            <strong>
              {
                LANE_LABEL[
                  (LANES as readonly string[]).includes(e.actor) ? (e.actor as Lane) : 'hub'
                ]
              }
            </strong>
            {e.to ? ` → ${LANE_LABEL[e.to as Lane] ?? e.to}` : ''}: <code>{describe(e)}</code>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="button small" onClick={saveSvg}>
          Download the sequence (SVG)
        </button>
      </p>
      <Recording meta={trace} />
    </section>
  );
}

/** Recorded failures: what the browser shows, the status, and the Hub's own log line. */
export function RecordedFailures({
  failures,
  meta,
}: {
  failures: RecordedFailure[];
  meta: TraceMeta;
}) {
  return (
    <section className="recorded-failures" aria-labelledby="failures-title">
      <h3 id="failures-title">Seen on a real hub</h3>
      {failures.map((f) => (
        <article key={f.id} className="recorded-failure" aria-labelledby={`failure-${f.id}`}>
          <h4 id={`failure-${f.id}`}>{f.title}</h4>
          <p className="muted small">The browser shows (HTTP {f.status}):</p>
          <pre className="failure-page">{f.page.join('\n')}</pre>
          <p className="muted small">The Hub’s log says:</p>
          <pre className="failure-log">{f.hubLine || '(nothing at warning level)'}</pre>
          <details>
            <summary>The config that caused it</summary>
            <pre>{f.config.join('\n')}</pre>
          </details>
        </article>
      ))}
      <Recording meta={meta} />
    </section>
  );
}
