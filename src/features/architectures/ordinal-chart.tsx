import { scaleBand, scaleLinear } from 'd3-scale';
import { ATTRIBUTES, rankOf } from '../../model/architectures';
import type { ReferenceArchitecture } from '../../model/types';

const COLORS = ['#2563eb', '#ea580c', '#059669'];

/** Grouped bars of the ranked attributes (1–5); an unranked value is drawn as "unknown". */
export function OrdinalChart({ archs }: { archs: readonly ReferenceArchitecture[] }) {
  const rows = ATTRIBUTES.filter((a) => a.ordinal);
  const width = 640;
  const rowHeight = 22 * archs.length + 18;
  const height = rows.length * rowHeight + 30;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([0, rows.length * rowHeight])
    .paddingInner(0.15);
  const x = scaleLinear()
    .domain([0, 5])
    .range([0, width - 200]);
  const bar = scaleBand<string>()
    .domain(archs.map((a) => a.id))
    .range([0, y.bandwidth()])
    .padding(0.12);
  return (
    <figure className="ordinal-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="ordinal-chart-caption">
        {rows.map((row) => (
          <g key={row.id} transform={`translate(0, ${y(row.id) ?? 0})`}>
            <text x={0} y={y.bandwidth() / 2 + 5} className="chart-label">
              {row.ordinal}
            </text>
            {archs.map((arch, i) => {
              const rank = rankOf(arch, row.id);
              const top = bar(arch.id) ?? 0;
              return (
                <g key={arch.id} transform={`translate(170, ${top})`}>
                  {rank === null ? (
                    <text x={4} y={bar.bandwidth() - 4} className="chart-unknown">
                      unknown
                    </text>
                  ) : (
                    <>
                      <rect
                        width={x(rank)}
                        height={bar.bandwidth()}
                        rx={3}
                        style={{ fill: COLORS[i] }}
                      />
                      <text x={x(rank) + 6} y={bar.bandwidth() - 4} className="chart-value">
                        {rank}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
          </g>
        ))}
        {[1, 2, 3, 4, 5].map((t) => (
          <text key={t} x={170 + x(t)} y={height - 8} className="chart-tick" textAnchor="middle">
            {t}
          </text>
        ))}
      </svg>
      <figcaption id="ordinal-chart-caption">
        Ranked attributes, 1 (least) to 5 (most):{' '}
        {archs.map((a, i) => (
          <span key={a.id} className="chart-key">
            <span className="chart-swatch" style={{ background: COLORS[i] }} aria-hidden="true" />{' '}
            {a.name}
          </span>
        ))}
        . The table below has every value with its source.
      </figcaption>
    </figure>
  );
}
