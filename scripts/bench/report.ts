/** docs/benchmarks.md from a run's results: tables with a row per N, then the targets with PASS/FAIL. */
import type { FactAudit } from './audit-facts.ts';
import {
  astroMs, firstQueryGzip, firstQueryRaw, followUpMax, peakBare, peakFull, pipelineMs, PIPELINE_STAGES, POST_STAGES, spanMs,
  type NFailure, type NResult, type RunResults,
} from './results.ts';

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
const cpu = (ms: number | null) => (ms === null ? 'n/a' : s(ms));
const kb = (b: number | null) => (b === null ? 'n/a' : (b / 1024).toFixed(1));
const x = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const pct = (a: number, b: number) => (b > 0 ? ((100 * a) / b).toFixed(1) : 'n/a');

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function buildTable(results: NResult[]): string[] {
  return table(
    ['N', 'full build (s)', 'bare Astro (s)', 'full / bare', 'CPU full (s)', 'CPU bare (s)', 'CPU full / bare', 'text pipeline (s)', 'pipeline share %', 'peak RSS full (MB)', 'peak RSS bare (MB)', 'rebuild +1 source (s)', 'rebuild / cold', 'bare rebuild +1 page (s)', 'bare rebuild / full cold'],
    results.map((r) => [
      String(r.n), s(r.cold.ms), s(r.bare.ms), x(r.cold.ms, r.bare.ms), cpu(r.cold.cpuMs), cpu(r.bare.cpuMs), r.cold.cpuMs && r.bare.cpuMs ? x(r.cold.cpuMs, r.bare.cpuMs) : 'n/a',
      s(pipelineMs(r.cold)), pct(pipelineMs(r.cold), r.cold.ms), mb(peakFull(r)), mb(peakBare(r)), s(r.incremental.ms), x(r.incremental.ms, r.cold.ms),
      r.bareRebuild ? s(r.bareRebuild.ms) : 'n/a', r.bareRebuild ? x(r.bareRebuild.ms, r.cold.ms) : 'n/a',
    ]),
  );
}

/** With --repeat: every sample of the full and bare builds, and the ratio each alternating pair gave. */
function repeatLines(results: NResult[]): string[] {
  const repeated = results.filter((r) => r.runs);
  if (!repeated.length) return [];
  const list = (runs: { ms: number }[]) => runs.map((r) => s(r.ms)).join(', ');
  return [
    '## Every run',
    '',
    'Each build ran several times, in turn (cold build, its rebuild, bare build, then again); the tables show the fastest',
    'run of each, since other work on a shared machine only ever slows a run down. Peak memory is the highest of the runs.',
    '',
    ...table(
      ['N', 'full build runs (s)', 'rebuild runs (s)', 'bare Astro runs (s)', 'bare rebuild runs (s)', 'full / bare, run by run', 'peak RSS full, run by run (MB)'],
      repeated.map((r) => [
        String(r.n), list(r.runs!.cold), list(r.runs!.incremental), list(r.runs!.bare), r.runs!.bareRebuild ? list(r.runs!.bareRebuild) : 'n/a', r.runs!.cold.map((c, i) => x(c.ms, r.runs!.bare[i]?.ms ?? 0)).join(', '),
        r.runs!.cold.map((c) => mb(c.peakRss)).join(', '),
      ]),
    ),
    '',
  ];
}

function foundTable(results: NResult[]): string[] {
  return table(
    ['N', 'sentences', 'claims', 'claims from ≥ 2 sources', 'disagreements', 'entities', 'timeline entries', 'largest page', 'its size (MB)'],
    results.map((r) => [
      String(r.n), String(r.sentences), String(r.found.claims), String(r.found.corroborated), String(r.found.disagreements), String(r.found.entities),
      String(r.found.timeline), `\`${r.found.largestPage.path}\``, mb(r.found.largestPage.bytes),
    ]),
  );
}

function stageTable(results: NResult[]): string[] {
  const cols = { ...PIPELINE_STAGES, ...POST_STAGES };
  return table(
    ['N', ...Object.keys(cols), 'Astro (rest)', 'full build'],
    results.map((r) => [String(r.n), ...Object.values(cols).map((keys) => s(spanMs(r.cold, keys))), s(astroMs(r.cold)), s(r.cold.ms)]),
  );
}

/** The per-source stages one by one, summed over every thread that ran them (so they can exceed the wall time above). */
function perSourceTable(results: NResult[]): string[] {
  const cols = ['clean', 'metadata', 'sentences', 'parses'];
  return table(['N', ...cols, 'per-source wall time'], results.map((r) => [String(r.n), ...cols.map((k) => s(spanMs(r.cold, [k]))), s(spanMs(r.cold, ['per-source']))]));
}

function outputTable(results: NResult[]): string[] {
  return table(
    ['N', 'pages', 'dist/ (MB)', 'pagefind index (MB)', 'offline bundle (MB)', 'zip (MB)', 'first query (KB)', 'first query gzip (KB)', 'follow-up query max (KB)'],
    results.map((r) => [
      String(r.n), String(r.sizes.pages), mb(r.sizes.dist), mb(r.sizes.index), mb(r.sizes.offline), mb(r.sizes.zip), kb(firstQueryRaw(r)), kb(firstQueryGzip(r)), kb(followUpMax(r)),
    ]),
  );
}

function queryTable(results: NResult[]): string[] {
  const rows = results.flatMap((r) =>
    (r.search?.first ?? []).map((q) => {
      const f = r.search!.followUp.find((u) => u.query === q.query);
      return [String(r.n), `\`${q.query}\``, String(q.results), kb(q.bytes), kb(q.gzip), kb(q.indexBytes), f ? kb(f.bytes) : '(first)'];
    }),
  );
  return rows.length ? table(['N', 'query', 'results', 'first (KB)', 'first gzip (KB)', 'of which index data (KB)', 'as follow-up (KB)'], rows) : ['Search bytes were not measured in this run.'];
}

/**
 * A failure in one line: what failed, and the line of the build's output that
 * says why (an out-of-memory abort, our one-line input error, an Error), not the
 * native stack that follows it. results.json keeps the whole tail.
 */
export function failureSummary(reason: string): string {
  const lines = reason.split('\n').map((l) => l.trim()).filter(Boolean);
  const head = lines[0] ?? 'unknown failure';
  if (lines.length === 1) return head;
  const why = lines.slice(1).find((l) => /FATAL ERROR|out of memory|^Build failed:|Error\b/.test(l)) ?? lines[lines.length - 1]!;
  return `${head.replace(/:$/, '')}: ${why}`;
}

type Verdict = { target: string; verdict: 'PASS' | 'FAIL' | 'NOT MEASURED'; value: string };

function mustShow(results: NResult[], failures: NFailure[]): Verdict[] {
  const at = (n: number) => results.find((r) => r.n === n) ?? failures.find((f) => f.n === n);
  const judge = (target: string, r: NResult | NFailure | undefined, ok: (r: NResult) => boolean, value: (r: NResult) => string): Verdict =>
    !r ? { target, verdict: 'NOT MEASURED', value: 'N not in this run' } : 'reason' in r ? { target, verdict: 'FAIL', value: `the run did not complete: ${failureSummary(r.reason)}` } : { target, verdict: ok(r) ? 'PASS' : 'FAIL', value: value(r) };
  const ratio = (n: number) =>
    judge(`full build ≤ 1.5× bare Astro at N=${n}`, at(n), (r) => r.cold.ms <= 1.5 * r.bare.ms, (r) => `${x(r.cold.ms, r.bare.ms)}× (${s(r.cold.ms)} s vs ${s(r.bare.ms)} s)`);
  const q = at(5000);
  const searchAt5000: Verdict =
    q && !('reason' in q) && !q.search
      ? { target: 'bytes per search query ≤ 200 KB at N=5,000', verdict: 'NOT MEASURED', value: 'search bytes skipped' }
      : judge('bytes per search query ≤ 200 KB at N=5,000 (costliest first query, gzip on the wire)', q, (r) => firstQueryGzip(r)! <= 200 * 1024, (r) => `${kb(firstQueryGzip(r))} KB gzip (${kb(firstQueryRaw(r))} KB raw; follow-up ≤ ${kb(followUpMax(r))} KB)`);
  return [
    ratio(1000),
    ratio(5000),
    judge('text pipeline ≤ 25% of full build at N=5,000', at(5000), (r) => pipelineMs(r.cold) <= 0.25 * r.cold.ms, (r) => `${pct(pipelineMs(r.cold), r.cold.ms)}% (${s(pipelineMs(r.cold))} s of ${s(r.cold.ms)} s)`),
    judge('peak memory < 4 GB at N=10,000', at(10000), (r) => peakFull(r) < 4 * 2 ** 30, (r) => `${mb(peakFull(r))} MB${r.runs ? ` (highest of ${r.runs.cold.length} runs)` : ''}`),
    judge('rebuild after adding one source ≤ 30% of cold build at N=1,000', at(1000), (r) => r.incremental.ms <= 0.3 * r.cold.ms, (r) =>
      `${pct(r.incremental.ms, r.cold.ms)}% (${s(r.incremental.ms)} s vs ${s(r.cold.ms)} s)` +
      (r.bareRebuild ? `; the bare Astro build's own rebuild with one more page took ${s(r.bareRebuild.ms)} s, ${pct(r.bareRebuild.ms, r.cold.ms)}% of our cold build` : '')),
    searchAt5000,
  ];
}

function auditLines(results: NResult[]): string[] {
  return results.flatMap((r) => {
    const a = r.audit;
    const lines = [
      `- N=${r.n}: furniture lines kept as article text: ${a.leaked} of ${a.furniture} (${pct(a.leaked, a.furniture)}%); article paragraphs removed as furniture: ${a.overRemoved} of ${a.paragraphs}; ` +
        `publication date right ${a.published.right}, wrong ${a.published.wrong}, unknown though stated ${a.published.missed}, unknown and only implied ${a.published.notStated}, given where none exists ${a.published.invented}; ` +
        `outlet right ${a.outlet.right}, URL host instead ${a.outlet.urlHost}, unknown ${a.outlet.unknown}, wrong ${a.outlet.wrong}; headline right ${a.headlineRight}` +
        `${a.eventDate ? `; day of the reported event right ${a.eventDate.right}, wrong ${a.eventDate.wrong}, unknown ${a.eventDate.unknown}` : ''} (of ${a.sources} sources).`,
    ];
    if (a.leakedExamples.length) lines.push(`  - most frequent kept furniture: ${a.leakedExamples.map((e) => `\`${e.line.replace(/`/g, "'")}\` ×${e.count}`).join(', ')}`);
    if (a.overRemovedExamples.length) lines.push(`  - removed article text, e.g.: ${a.overRemovedExamples.map((e) => `\`${e.line.slice(0, 80)}…\` (${e.rule})`).join('; ')}`);
    return lines;
  });
}

function factLines(f: FactAudit | undefined): string[] {
  if (!f) return [];
  return [
    `  - against the facts the generator wrote: pairs of quotes from two sources in one claim that state the same fact ${(100 * f.pairPrecision).toFixed(2)}%; ` +
      `pairs of sources stating one fact with the same figures that a claim cites together ${pct(f.pairRecall, 1)}%; ` +
      `facts one claim cites from every source quoted stating them: ${f.gathered} of ${f.facts}.`,
  ];
}

function groupingLines(results: NResult[]): string[] {
  return results.flatMap((r) => {
    const g = r.audit.grouping;
    if (!g) return [`- N=${r.n}: not recorded (results from before this audit).`];
    return [
      `- N=${r.n}: ${g.stories} stories for ${g.events} events (${g.unplaced} sources unplaced); source pairs put in one story that report one event ${pct(g.storyPairPrecision, 1)}%, ` +
        `pairs reporting one event put in one story ${pct(g.storyPairRecall, 1)}%; claims of two or more sources that mix events: ${g.mixedClaims} of ${g.corroborated}; ` +
        `disagreements whose every quote reports one event: ${g.withinEvent} of ${g.disagreements}.`,
      ...factLines(r.audit.facts),
    ];
  });
}

export function renderReport(run: RunResults): string {
  const m = run.machine;
  const v = m.versions;
  const out = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (scripts/bench/run.mjs). Do not edit by hand: rerun the script. -->',
    '',
    `Run on ${run.date} with \`${run.command}\` (corpus seed ${run.seed}).${run.note ? ` ${run.note}` : ''}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${mb(m.memBytes)} MB RAM; ${m.os} (Linux ${m.kernel}); load average ${m.load.toFixed(2)} at start.`,
    `Versions: Node ${m.node}, Astro ${v.astro}, @astrojs/mdx ${v['@astrojs/mdx']}, Pagefind ${v.pagefind}, compromise ${v.compromise}, chrono-node ${v['chrono-node']}.`,
    '',
    run.results.some((r) => r.runs)
      ? 'Times are wall-clock seconds, the fastest of several runs (see "Every run"), on whatever else the machine was doing.'
      : 'Times are wall-clock seconds of one run each, on whatever else the machine was doing: indicative, not statistics.',
    'The benchmark is not a timed test; CI runs a tiny N only to prove the script works.',
    '',
    '## Build',
    '',
    '"Full build" is `scripts/build.mjs` (what `npm run build` runs) from a cold start: no generated files, no Astro cache.',
    '"Bare Astro" is the same N articles as plain MDX pages through a bare Astro build (@astrojs/mdx, one glob collection,',
    'one page route). "Text pipeline" is reading files to emitted MDX. Peak RSS is the largest summed resident memory of the',
    'build\'s whole process tree (sampled every 100 ms). CPU is user + system time of the whole tree, steadier than wall',
    'time when the machine is busy. "Rebuild +1 source" adds one new file and builds again, keeping the cold build\'s',
    'generated files and Astro cache. "Bare rebuild +1 page" does the same to the bare Astro build: the time Astro alone',
    'takes to rebuild N + 1 MDX pages, next to our cold build.',
    '',
    ...buildTable(run.results),
    '',
    ...repeatLines(run.results),
    '## What the build found',
    '',
    ...foundTable(run.results),
    '',
    '## Where the time goes (cold build, seconds)',
    '',
    'Stages timed inside the build (src/pipeline/timings.ts). "read" runs once per collection loader; "Astro (rest)" is the',
    'full build minus every timed stage: process start, config and content layer, MDX compile, rendering, Vite.',
    'From 500 sources the dates stage (event days, stories, timeline) runs on a thread of its own once the entities are',
    'known, beside the topics: its column is the main thread\'s share only (sending it the sentences, waiting for its',
    'result before the claims, which use its event days and stories). "stories" is timed on that thread.',
    '',
    ...stageTable(run.results),
    '',
    '## Per-source stages (cold build, thread-seconds)',
    '',
    'The per-source column above in detail, summed over every thread that ran it (worker threads start at 40 sources).',
    '"parses" is one compromise parse per distinct sentence not already known (repeated sentences are parsed once).',
    '',
    ...perSourceTable(run.results),
    '',
    '## Output and search',
    '',
    'Sizes in MB (2^20 bytes). Search bytes: headless Chromium against `dist/` served over http, 10 results rendered.',
    'A first query loads `search.html`, its CSS, our search runtime, Pagefind\'s search module and its worker (fixed costs) and the index chunks;',
    'a follow-up query is typed into the same page. "gzip" is what a server that gzips text would send.',
    '',
    ...outputTable(run.results),
    '',
    '## Search bytes per query',
    '',
    'Queries are words of the generated corpus: the most reported event\'s place, a person in it, an organisation, a',
    'rarely reported event\'s place, and a word that occurs nowhere. "Index data" is what grows with the site (entry,',
    'metadata, wasm, index, filter and fragment chunks); the rest of a first query is fixed.',
    '',
    ...queryTable(run.results),
    '',
    '## Must show',
    '',
    ...mustShow(run.results, run.failures).map((t) => `- **${t.verdict}** ${t.target}: ${t.value}`),
    ...(run.failures.length ? ['', '## Runs that did not complete', '', ...run.failures.map((f) => `- N=${f.n}: ${failureSummary(f.reason)}`)] : []),
    '',
    '## How the build read the generated corpus',
    '',
    'The generator knows which lines it wrote as page furniture and which as article text; this compares that with what',
    'the build removed (`briefing.json`). .html sources are left out of the furniture count (their chrome is dropped by',
    'Readability before cleaning).',
    '',
    ...auditLines(run.results),
    '',
    '## How the build grouped the generated corpus',
    '',
    'The generator knows which event each source reports (many sources per event, each in its own words, some with a',
    'figure a little off). Stories should be those events; a claim should never count two events\' sources as',
    'corroboration; a disagreement should set one event\'s sources against each other, not two events\' figures.',
    '',
    ...groupingLines(run.results),
    '',
  ];
  return out.join('\n');
}
