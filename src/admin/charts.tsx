import type { AuditOverview } from '../audit/stats.js';

export const ROUTE_COLORS: Record<string, string> = {
  cloud: '#3b82f6',
  local: '#10b981',
  blocked: '#ef4444',
  error: '#9ca3af',
};
const ROUTE_ORDER = ['cloud', 'local', 'blocked', 'error'];

/**
 * Requests over time, stacked by route, as inline SVG: no script, no chart library, nothing for the CSP to
 * allow. Each bar has a <title>, which browsers show as a tooltip.
 */
export function RouteChart(props: { overview: AuditOverview }) {
  const { series } = props.overview;
  const width = 760;
  const height = 180;
  const left = 36;
  const bottom = 18;
  const plotH = height - bottom - 6;
  const max = Math.max(1, ...series.map((b) => Object.values(b.counts).reduce((a, n) => a + n, 0)));
  const slot = (width - left) / Math.max(1, series.length);
  const barW = Math.max(1, slot * 0.8);
  const first = series[0]?.bucketStart ?? '';
  const last = props.overview.to;
  return (
    <figure>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Requests over time by route"
      >
        <text x={0} y={12}>
          {max}
        </text>
        <text x={0} y={plotH + 4}>
          0
        </text>
        <line x1={left} y1={plotH + 6} x2={width} y2={plotH + 6} stroke="#d1d5db" />
        {series.map((bucket, i) => {
          let y = plotH + 6;
          return ROUTE_ORDER.filter((r) => (bucket.counts[r] ?? 0) > 0).map((route) => {
            const n = bucket.counts[route] ?? 0;
            const h = (n / max) * plotH;
            y -= h;
            return (
              <rect x={left + i * slot} y={y} width={barW} height={h} fill={ROUTE_COLORS[route]}>
                <title>{`${bucket.bucketStart}: ${n} ${route}`}</title>
              </rect>
            );
          });
        })}
        <text x={left} y={height - 2}>
          {first.slice(0, 16).replace('T', ' ')}
        </text>
        <text x={width} y={height - 2} text-anchor="end">
          {last.slice(0, 16).replace('T', ' ')}
        </text>
      </svg>
      <figcaption class="legend">
        {ROUTE_ORDER.map((r) => (
          <span class={`swatch-${r}`}>■ {r}</span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars: one row per item, the bar's length relative to the largest value. */
export function BarList(props: { items: { name: string; value: number; href?: string }[]; color?: string }) {
  const width = 460;
  const labelW = 130;
  const rowH = 20;
  const max = Math.max(1, ...props.items.map((i) => i.value));
  return (
    <svg
      width={width}
      height={Math.max(rowH, props.items.length * rowH)}
      role="img"
      aria-label="Bar chart"
      class="barlist"
    >
      {props.items.map((item, i) => {
        const bar = ((width - labelW - 50) * item.value) / max;
        const label = (
          <text x={0} y={i * rowH + 14}>
            {item.name}
          </text>
        );
        return (
          <g>
            {item.href ? <a href={item.href}>{label}</a> : label}
            <rect
              x={labelW}
              y={i * rowH + 4}
              width={Math.max(1, bar)}
              height={rowH - 8}
              fill={props.color ?? '#6366f1'}
            />
            <text x={labelW + bar + 6} y={i * rowH + 14}>
              {item.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
