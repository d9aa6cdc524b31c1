/**
 * Throughput of the NLP and medical detectors over the prose of the shared sets (read at run time), with compromise
 * on and off, plus the latency of one ~4 KB prompt (p50/p95). Prints figures; asserts nothing.
 *
 *   npx tsx bench/nlp-throughput.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MedicalDetector } from '../src/detect/medical/medical-detector.js';
import { NlpDetector } from '../src/detect/nlp/nlp-detector.js';
import { tokenize } from '../src/detect/nlp/tokenize.js';
import type { TextDetector } from '../src/detect/types.js';

// Baseline measured in the same run: one pass of the shared tokeniser, the least any word-level detector does.
// The text is copied so the tokeniser's one-entry cache never serves a repeat.
const tokenizerOnly: TextDetector = {
  detect(text) {
    tokenize(` ${text}`);
    return [];
  },
};

function texts(file: string, limit: number): string[] {
  const dir = resolve(process.env.VEIL_EVAL_DATA ?? join(process.cwd(), '../shared/eval/data'));
  return readFileSync(join(dir, `${file}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function mbPerSecond(detector: TextDetector, corpus: string[]): number {
  for (const t of corpus.slice(0, 20)) detector.detect(t); // warm-up
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const t0 = performance.now();
  for (const t of corpus) detector.detect(t);
  return chars / 1e6 / ((performance.now() - t0) / 1000);
}

function latency(detectors: TextDetector[], prompts: string[]): { p50: number; p95: number } {
  const times: number[] = [];
  for (const p of prompts) {
    const t0 = performance.now();
    for (const d of detectors) d.detect(p);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

/** ~4 KB prompts made by joining consecutive records of one corpus. */
function prompts(corpus: string[], size = 4096): string[] {
  const out: string[] = [];
  let current = '';
  for (const t of corpus) {
    current += `${t}\n`;
    if (current.length >= size) {
      out.push(current.slice(0, size));
      current = '';
    }
  }
  return out;
}

const corpora: Record<string, string[]> = {
  'meddocan_es (es clinical)': texts('meddocan_es', 300),
  'presidio synth (en chat)': texts('presidio_research_synth_v2', 1500),
  'wnut17 (en social)': texts('wnut17_test_en', 1257),
  'ncbi (en abstracts)': texts('ncbi_disease_en', 300),
};
const withCompromise = new NlpDetector({ compromiseBudget: 400 });
const listsOnly = new NlpDetector();
const medical = new MedicalDetector();
console.log(
  'corpus\ttokenizer MB/s (baseline)\tnlp MB/s\tnlp+compromise MB/s\tmedical MB/s\tnlp+medical 4KB p50 ms\tp95 ms',
);
for (const [name, corpus] of Object.entries(corpora)) {
  const lat = latency([listsOnly, medical], prompts(corpus));
  const cells = [tokenizerOnly, listsOnly, withCompromise, medical].map((d) => mbPerSecond(d, corpus).toFixed(2));
  console.log(`${name}\t${cells.join('\t')}\t${lat.p50.toFixed(2)}\t${lat.p95.toFixed(2)}`);
}
