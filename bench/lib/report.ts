import type { LoadResult } from './loadgen.js';
import { formatRatio, type PairedRatio, pairedRatio } from './rounds.js';

export interface CellKey {
  /** conversation: a chat resent with its history (bytes = the history's size), see conversationBody. */
  scenario: 'passthrough' | 'privacy' | 'conversation';
  bytes: number;
  mode: 'json' | 'sse';
  connections: number;
  /** compare*: the same two Veil rows from another checkout (`--compare DIR`), for A/B runs. */
  target: 'direct' | 'floor' | 'veil' | 'veil-plumbing' | 'veil-nocache' | 'compare' | 'compare-plumbing';
}

export interface Cell extends CellKey {
  result: LoadResult;
  /** Cores used by the server under test (core 0) during the window. */
  sutCores: number;
  /** Cores used on core 1 by the upstream mock and the load generator. */
  sideCores: number;
  /** Cores used by everything else on the machine (other people's tests, the kernel) during the window. */
  otherCores: number;
  /**
   * Cores used during the window by the other servers under test, idle on core 0 while this one is measured
   * (their garbage collection, timers, the tail of their own window): part of otherCores, shown apart.
   */
  neighbourCores?: number;
  cpuMsPerRequest: number;
  /** req/s of each interleaved round, in round order (absent for a single window): paired with the floor's. */
  roundRps?: number[];
}

export interface ReportMeta {
  quick: boolean;
  veilFrom: string;
  warmMs: number;
  /** Warm-up of a target's first cell of each scenario (pass-through, privacy, conversation). */
  primeMs: number;
  measureMs: number;
  /** Interleaved rounds per cell: measureMs is split into this many windows per target. */
  rounds: number;
  /** Rounds of the privacy and conversation cells. */
  otherRounds: number;
  seconds: number;
  notes: string[];
}

const LABEL: Record<CellKey['target'], string> = {
  direct: 'direct to mock',
  floor: 'Hono floor',
  'veil-plumbing': 'Veil, plumbing only (detector finds nothing)',
  veil: 'Veil',
  'veil-nocache': 'Veil without its detection cache (VEIL_DETECT_CACHE=0)',
  'compare-plumbing': '(compared checkout) Veil, plumbing only',
  compare: '(compared checkout) Veil',
};
/** Row order within a connection count: the floor, then Veil without and with detection. */
const ORDER: Record<CellKey['target'], number> = {
  direct: 0,
  floor: 1,
  'compare-plumbing': 2,
  'veil-plumbing': 3,
  compare: 4,
  'veil-nocache': 5,
  veil: 6,
};
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '-');
const kb = (bytes: number) => `${bytes / 1024} KB`;

function find(cells: Cell[], key: CellKey): Cell | undefined {
  return cells.find(
    (c) =>
      c.scenario === key.scenario &&
      c.bytes === key.bytes &&
      c.mode === key.mode &&
      c.connections === key.connections &&
      c.target === key.target,
  );
}

function table(cells: Cell[], scenario: CellKey['scenario'], bytes: number, mode: CellKey['mode']): string[] {
  const rows = cells.filter((c) => c.scenario === scenario && c.bytes === bytes && c.mode === mode);
  if (rows.length === 0) return [];
  const sse = mode === 'sse';
  const what =
    scenario === 'conversation'
      ? `Conversation: ${kb(bytes)} of earlier messages with sensitive values resent, new 256 B question`
      : `${scenario === 'privacy' ? 'Privacy path (sensitive values)' : 'Pass-through'}, ${kb(bytes)} prompt`;
  const title = `${what}, ${sse ? 'streaming (SSE)' : 'JSON'}`;
  const head = [
    'conns',
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    ...(sse ? ['first event p50', 'first event p99'] : ['TTFB p50']),
    'Δp50 vs floor',
    ...(sse ? ['Δfirst event vs floor'] : []),
    'req/s vs floor',
    'CPU ms/req',
    'core0 %',
    'core1 %',
    'other %',
    'errors',
  ];
  const lines = [`### ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const c of rows.sort((a, b) => a.connections - b.connections || ORDER[a.target] - ORDER[b.target])) {
    const floor = find(cells, { ...c, target: 'floor' });
    const r = c.result;
    const vs = c.target !== 'floor' && floor;
    const cols = [
      String(c.connections),
      LABEL[c.target],
      r.rps.toFixed(0),
      ms(r.latency.p50),
      ms(r.latency.p99),
      ...(sse ? [ms(r.firstBody.p50), ms(r.firstBody.p99)] : [ms(r.ttfb.p50)]),
      vs ? signed(r.latency.p50 - floor.result.latency.p50) : '',
      ...(sse ? [vs ? signed(r.firstBody.p50 - floor.result.firstBody.p50) : ''] : []),
      vs ? ratioText(c, floor) : '',
      ms(c.cpuMsPerRequest),
      (c.sutCores * 100).toFixed(0),
      `${(c.sideCores * 100).toFixed(0)}${c.sideCores >= SIDE_SATURATED ? ' (bound)' : ''}`,
      (c.otherCores * 100).toFixed(0),
      String(r.errors + r.non2xx),
    ];
    lines.push(`| ${cols.join(' | ')} |`);
  }
  return [...lines, ''];
}

/** Core 1 this busy means the mock or the load generator, not the server under test, capped the row. */
const SIDE_SATURATED = 0.9;

/** req/s of a row over the floor's: the median of the per-round ratios when both ran in rounds, else one ratio. */
export function rpsVsFloor(row: Cell, floor: Cell): PairedRatio | undefined {
  if (row.roundRps && floor.roundRps && row.roundRps.length === floor.roundRps.length) {
    return pairedRatio(row.roundRps, floor.roundRps);
  }
  return pairedRatio([row.result.rps], [floor.result.rps]);
}

const ratioText = (row: Cell, floor: Cell) => {
  const r = rpsVsFloor(row, floor);
  return r ? formatRatio(r) : '-';
};

const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(3)}`;

interface Check {
  target: string;
  cell: string;
  veil: string;
  floor: string;
  value: string;
  met: boolean | null;
}

function checks(cells: Cell[]): Check[] {
  const out: Check[] = [];
  const pair = (key: Omit<CellKey, 'target'>, target: CellKey['target'] = 'veil') => {
    const veil = find(cells, { ...key, target });
    const floor = find(cells, { ...key, target: 'floor' });
    return veil && floor
      ? {
          veil: veil.result,
          floor: floor.result,
          ratio: rpsVsFloor(veil, floor),
          floorBound: floor.sideCores >= SIDE_SATURATED,
        }
      : undefined;
  };
  for (const bytes of [1024, 16384]) {
    for (const mode of ['json', 'sse'] as const) {
      // The headline is Veil as shipped; the plumbing-only row (detector finds nothing) follows as information.
      for (const target of ['veil', 'veil-plumbing'] as const) {
        const info = target === 'veil-plumbing';
        const suffix = info ? ' (plumbing only, info)' : '';
        for (const connections of [16, 64]) {
          const p = pair({ scenario: 'passthrough', bytes, mode, connections }, target);
          if (!p?.ratio) continue;
          out.push({
            target: "Veil req/s >= 85% of the floor's (median of paired rounds, min-max)",
            cell: `${kb(bytes)} ${mode}, ${connections} conns${suffix}`,
            veil: p.veil.rps.toFixed(0),
            floor: p.floor.rps.toFixed(0),
            value: `${formatRatio(p.ratio)}${p.floorBound ? ' (floor capped by core 1: ratio overstated)' : ''}`,
            met: info ? null : p.ratio.median >= 0.85,
          });
        }
        const p = pair({ scenario: 'passthrough', bytes, mode, connections: 1 }, target);
        if (!p) continue;
        const pick = (r: LoadResult) => (mode === 'sse' ? r.firstBody.p50 : r.latency.p50);
        const added = pick(p.veil) - pick(p.floor);
        out.push({
          target: `added p50 within 0.25 ms of the floor (${mode === 'sse' ? 'first SSE event' : 'JSON'})`,
          cell: `${kb(bytes)} ${mode}, 1 conn${suffix}`,
          veil: ms(pick(p.veil)),
          floor: ms(pick(p.floor)),
          value: `${signed(added)} ms`,
          met: info ? null : added <= 0.25,
        });
      }
    }
  }
  for (const bytes of [1024, 4096, 16384]) {
    for (const mode of ['json', 'sse'] as const) {
      const p = pair({ scenario: 'privacy', bytes, mode, connections: 1 });
      if (!p) continue;
      const pick = (r: LoadResult) => (mode === 'sse' ? r.firstBody.p50 : r.latency.p50);
      const added = pick(p.veil) - pick(p.floor);
      out.push({
        target:
          mode === 'sse'
            ? 'privacy: time to first token delayed < 5 ms (p50)'
            : 'privacy: sensitive prompt adds < 5 ms p50',
        cell: `${kb(bytes)} ${mode}, 1 conn${bytes === 4096 ? '' : ' (info)'}`,
        veil: ms(pick(p.veil)),
        floor: ms(pick(p.floor)),
        value: `${signed(added)} ms`,
        met: bytes === 4096 ? added < 5 : null,
      });
    }
  }
  return out;
}

export function renderReport(cells: Cell[], meta: ReportMeta): string {
  const lines = [
    '# Overhead benchmark',
    '',
    `${meta.quick ? 'Quick smoke run' : 'Full run'}: per cell, each target ${meta.warmMs} ms warm-up (${meta.primeMs} ms in its first cell of a scenario), then ` +
      `${meta.measureMs} ms measured as ${meta.rounds} interleaved rounds (${meta.otherRounds} in privacy and conversation cells; target order rotated each round; ` +
      'req/s = median of the rounds, latencies = the median round, CPU over all rounds, ' +
      '"vs floor" = median of the per-round paired ratios with their min-max). ' +
      `Veil from ${meta.veilFrom}, ${meta.seconds.toFixed(0)} s in all. Latencies in ms at the client. ` +
      'Server under test alone on core 0; upstream mock and load generator on core 1 (core1 % is their sum). ' +
      'CPU ms/req is core-0 CPU per request (for the direct row, the mock itself), with what the server did in the 150 ms pause after each window (the audit and log batches of Veil). First event = first body byte of the SSE answer. ' +
      'other % is CPU used meanwhile by processes outside the bench (figures are only comparable when it is near 0). ' +
      '"(bound)": core 1 was saturated, so the mock or the load generator, not the server under test, capped that row.',
    '',
  ];
  for (const scenario of ['passthrough', 'privacy', 'conversation'] as const) {
    for (const bytes of [1024, 4096, 8192, 16384]) {
      for (const mode of ['json', 'sse'] as const) lines.push(...table(cells, scenario, bytes, mode));
    }
  }
  const list = checks(cells);
  if (list.length > 0) {
    lines.push('### Targets', '', '| target | cell | Veil | floor | value | |', '|---|---|---|---|---|---|');
    for (const c of list) {
      const mark = c.met === null ? 'info' : c.met ? 'met' : 'MISSED';
      lines.push(`| ${c.target} | ${c.cell} | ${c.veil} | ${c.floor} | ${c.value} | ${mark} |`);
    }
    lines.push('');
  }
  for (const note of meta.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
