import { scaleBand, scaleLinear } from 'd3-scale';
import { useLayoutEffect, useRef, useState } from 'react';
import { ATTRIBUTES, rankOf } from '../../model/architectures';
import type { ReferenceArchitecture } from '../../model/types';

const COLORS = ['#2563eb', '#ea580c', '#059669'];
/** Below this width the label goes above its bars, so neither is squeezed. */
const STACKED_BELOW = 520;
const MAX_WIDTH = 720;

/**
 * The chart's width in CSS pixels, followed as its box resizes. The SVG is drawn at that size
 * (not scaled from a fixed view box), so its 13 px labels stay 13 px on a phone.
 */
function useBoxWidth(fallback: number) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(box.getBoundingClientRect().width);
      if (w > 0) setWidth(Math.min(MAX_WIDTH, w));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Grouped bars of the ranked attributes (1–5); an unranked value is drawn as "unknown". */
export function OrdinalChart({ archs }: { archs: readonly ReferenceArchitecture[] }) {
  const [ref, width] = useBoxWidth(640);
  const rows = ATTRIBUTES.filter((a) => a.ordinal);
  const stacked = width < STACKED_BELOW;
  // Stacked: a label line, then the bars across the whole width; otherwise a label column.
  const labelColumn = stacked ? 0 : 170;
  const labelLine = stacked ? 20 : 0;
  const barsHeight = 22 * archs.length;
  const rowHeight = labelLine + barsHeight + 18;
  const height = rows.length * rowHeight + 30;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([0, rows.length * rowHeight])
    .paddingInner(0.15);
  const x = scaleLinear()
    .domain([0, 5])
    .range([0, width - labelColumn - 30]);
  const bar = scaleBand<string>()
    .domain(archs.map((a) => a.id))
    .range([0, y.bandwidth() - labelLine])
    .padding(0.12);
  return (
    <figure className="ordinal-chart" ref={ref}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="ordinal-chart-caption"
      >
        {rows.map((row) => (
          <g key={row.id} transform={`translate(0, ${y(row.id) ?? 0})`}>
            <text
              x={0}
              y={stacked ? 14 : (y.bandwidth() - labelLine) / 2 + 5}
              className="chart-label"
            >
              {row.ordinal}
            </text>
            {archs.map((arch, i) => {
              const rank = rankOf(arch, row.id);
              const top = labelLine + (bar(arch.id) ?? 0);
              return (
                <g key={arch.id} transform={`translate(${labelColumn}, ${top})`}>
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
          <text
            key={t}
            x={labelColumn + x(t)}
            y={height - 8}
            className="chart-tick"
            textAnchor="middle"
          >
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
