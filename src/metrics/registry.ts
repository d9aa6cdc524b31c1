/**
 * A small metrics registry rendered in the Prometheus text exposition format (version 0.0.4). Counters and
 * histograms are keyed by their label values; the number of label combinations per metric is capped, so a
 * label fed with unexpected values cannot grow memory without bound (the overflow goes to one `_other` series).
 */
export type LabelValues = Record<string, string>;

export interface Counter {
  inc(labels?: LabelValues, by?: number): void;
  /** The series of one label set, for a caller that counts the same labels many times (no key to build). */
  with(labels: LabelValues): { inc(by?: number): void };
}

export interface Histogram {
  observe(labels: LabelValues, value: number): void;
  /** The series of one label set, for a caller that observes the same labels many times. */
  with(labels: LabelValues): { observe(value: number): void };
}

interface Series<T> {
  labels: LabelValues;
  value: T;
}

interface HistogramValue {
  buckets: number[];
  sum: number;
  count: number;
}

type Metric =
  | { kind: 'counter'; name: string; help: string; labels: string[]; series: Map<string, Series<number>> }
  | {
      kind: 'histogram';
      name: string;
      help: string;
      labels: string[];
      bounds: number[];
      series: Map<string, Series<HistogramValue>>;
    }
  | { kind: 'gauge'; name: string; help: string; read: () => number | [LabelValues, number][] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const OTHER = '_other';
const NO_LABELS: LabelValues = {};
const zero = () => 0;

/** Latency buckets in seconds: 1 ms to 2 minutes. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export class Registry {
  private readonly metrics = new Map<string, Metric>();

  constructor(private readonly maxSeries = 1000) {}

  counter(name: string, help: string, labels: string[] = []): Counter {
    const metric = this.add({ kind: 'counter', name, help, labels, series: new Map() });
    return {
      inc: (values = NO_LABELS, by = 1) => {
        if (!(by >= 0)) return;
        const s = this.series(metric.series, metric.labels, values, zero);
        s.value += by;
      },
      with: (values) => {
        // Found at the first count, so a label set never counted is not rendered as a 0 series.
        let s: Series<number> | undefined;
        return {
          inc: (by = 1) => {
            if (!(by >= 0)) return;
            s ??= this.series(metric.series, metric.labels, values, zero);
            s.value += by;
          },
        };
      },
    };
  }

  histogram(name: string, help: string, labels: string[] = [], bounds: number[] = LATENCY_BUCKETS): Histogram {
    const sorted = [...bounds].sort((a, b) => a - b);
    const metric = this.add({ kind: 'histogram', name, help, labels, bounds: sorted, series: new Map() });
    // Made once per metric, not per observation: only a new series calls it.
    const fresh = (): HistogramValue => ({ buckets: sorted.map(() => 0), sum: 0, count: 0 });
    const record = (s: Series<HistogramValue>, value: number) => {
      // Buckets are stored non-cumulative; rendering accumulates them.
      let i = 0;
      while (i < sorted.length && value > (sorted[i] as number)) i++;
      if (i < sorted.length) s.value.buckets[i] = (s.value.buckets[i] ?? 0) + 1;
      s.value.sum += value;
      s.value.count += 1;
    };
    return {
      observe: (values, value) => {
        if (Number.isFinite(value)) record(this.series(metric.series, metric.labels, values, fresh), value);
      },
      with: (values) => {
        let s: Series<HistogramValue> | undefined;
        return {
          observe: (value) => {
            if (!Number.isFinite(value)) return;
            s ??= this.series(metric.series, metric.labels, values, fresh);
            record(s, value);
          },
        };
      },
    };
  }

  /** A value read when rendered (queue depth, lag): a number, or one value per label set. */
  gauge(name: string, help: string, read: () => number | [LabelValues, number][]): void {
    this.add({ kind: 'gauge', name, help, read });
  }

  renderPrometheus(): string {
    let out = '';
    for (const m of this.metrics.values()) {
      const header = `# HELP ${m.name} ${escapeHelp(m.help)}\n# TYPE ${m.name} ${m.kind}\n`;
      if (m.kind === 'counter') {
        out += header;
        for (const s of m.series.values()) out += `${m.name}${labelText(s.labels)} ${num(s.value)}\n`;
      } else if (m.kind === 'histogram') {
        out += header;
        for (const s of m.series.values()) {
          let cumulative = 0;
          m.bounds.forEach((bound, i) => {
            cumulative += s.value.buckets[i] ?? 0;
            out += `${m.name}_bucket${labelText({ ...s.labels, le: num(bound) })} ${cumulative}\n`;
          });
          out += `${m.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.value.count}\n`;
          out += `${m.name}_sum${labelText(s.labels)} ${num(s.value.sum)}\n`;
          out += `${m.name}_count${labelText(s.labels)} ${s.value.count}\n`;
        }
      } else {
        let read: number | [LabelValues, number][];
        try {
          read = m.read();
        } catch {
          // A failing reader must not take /metrics down with it: the gauge is left out of this scrape.
          continue;
        }
        out += header;
        if (typeof read === 'number') out += `${m.name} ${num(read)}\n`;
        else for (const [labels, v] of read) out += `${m.name}${labelText(labels)} ${num(v)}\n`;
      }
    }
    return out;
  }

  private add<M extends Metric>(metric: M): M {
    if (!NAME.test(metric.name)) throw new Error(`invalid metric name "${metric.name}"`);
    if (this.metrics.has(metric.name)) throw new Error(`metric "${metric.name}" is already registered`);
    if ('labels' in metric) {
      for (const l of metric.labels) if (!LABEL.test(l) || l === 'le') throw new Error(`invalid label name "${l}"`);
    }
    this.metrics.set(metric.name, metric);
    return metric;
  }

  private series<T>(map: Map<string, Series<T>>, names: string[], values: LabelValues, init: () => T): Series<T> {
    // Called several times per request: the key is built without intermediate arrays, the label object only
    // for a new series.
    let id = '';
    for (let i = 0; i < names.length; i++) {
      if (i > 0) id += '\u0000';
      id += values[names[i] as string] ?? '';
    }
    let s = map.get(id);
    if (s) return s;
    let labels: LabelValues = {};
    for (const n of names) labels[n] = values[n] ?? '';
    if (map.size >= this.maxSeries) {
      labels = Object.fromEntries(names.map((n) => [n, OTHER]));
      id = names.map(() => OTHER).join('\u0000');
      s = map.get(id);
      if (s) return s;
    }
    s = { labels, value: init() };
    map.set(id, s);
    return s;
  }
}

/** Prometheus number text: integers plainly, infinities and NaN by their names. */
function num(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return '+Inf';
  if (n === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(n);
}

function labelText(labels: LabelValues): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const escapeHelp = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
