import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { REPO_ROOT } from '../src/config.js';
import { createContext } from '../src/context.js';
import { Executor, type Params } from '../src/db/executor.js';
import { toPlain } from '../src/db/serialize.js';
import { ALL_TIE_KINDS } from '../src/graph/entities/labels.js';
import { filterShape, NETWORK } from '../src/graph/network/queries.js';
import { readNetwork } from '../src/graph/network/repo.js';
import { createLogger } from '../src/logger.js';
import { buildSchema } from '../src/schema/index.js';
import { measureAnalysis, renderAnalysis, type AnalysisFigures } from './analysis-refresh.js';
import { answerGroups, describeDisagreement, sameAnswer } from './answers.js';
import { measureBrowser, renderBrowser, type BrowserFigures } from './browser.js';
import { measureGeneratorSpeed, renderGeneratorSpeed, type GeneratorFigures } from './generator-speed.js';
import { measureImport, renderImport, type ImportFigures } from './import.js';
import { neo4jGraphql, oursInProcess, oursOverHttp, rawCypher, type Contender } from './contenders.js';
import { BENCH_DATA_DIR, openBenchDatabase } from './database.js';
import { initialJsGzipKb, issueGoals, renderGoals } from './goals.js';
import { measureScaling, renderImportSpeed, renderScaling, type ScalingFigures } from './scaling.js';
import { ensureSynthetic, ForeignDataError } from '../src/synthetic/load.js';
import { interleave, warmUp, timingOf, timedDriver, type Budget, type Task, type Timing } from './measure.js';
import { scenarios, type Scenario } from './scenarios.js';
import { measureThroughput, renderThroughput, type ThroughputFigures } from './throughput.js';
import type { SyntheticGraph } from '../src/synthetic/graph.js';

/**
 * `npm run bench [-- --no-write] [-- --only=network] [-- --no-browser] [-- --no-scaling]`: the
 * issue's goals; the same queries answered by raw Cypher (the floor), our API (in process and over
 * HTTP) and @neo4j/graphql on the synthetic graph; the browser against the large graph; the
 * scaling table; throughput over HTTP against @neo4j/graphql (`--only=throughput` runs that
 * alone); the generator's load speed into an empty Neo4j (`--only=generator`); the import of a
 * 100,000-row file (`--only=import` runs that alone; `--only=scaling` the scaling table). Prints,
 * writes the figures into docs/benchmarks.md, never asserts.
 */

const BUDGET: Budget = {
  warmup: 3,
  ms: Number(process.env.BENCH_MS ?? 2_500),
  maxIterations: Number(process.env.BENCH_MAX_ITERATIONS ?? 200),
  minIterations: 5,
};
/**
 * Warm-up per query and contender before any query is measured, all of them in turns: the bench's
 * Neo4j is a fresh JVM, whose 1-hop read 6.2 ms p50 after 3 warm-up runs against 2.6 ms after 12 s
 * of them (15:24–15:30 UTC, load 1.7–3); a running server's JVM has long compiled its hot paths.
 */
const WARM_UP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1_500);
const DOC = path.join(REPO_ROOT, 'docs/benchmarks.md');
const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(1)}×` : '–');
/** A ratio of two contenders' times, marked when they answered differently (it then compares two questions). */
const ratioOf = (row: Row, a: string, b: string) => {
  const p50 = (name: string) => {
    const result = row.results.get(name);
    return result && !(result instanceof Error) ? result.p50 : undefined;
  };
  const value = ratio(p50(a), p50(b));
  return value !== '–' && !sameAnswer(row.answers, a, b) ? `${value} (answers differ)` : value;
};
const median = (values: number[]) => timingOf(values).p50;

interface Row {
  scenario: Scenario;
  results: Map<string, Timing | Error>;
  answers: Map<string, string>;
  roundTrips: number | null;
  oursDb: number[];
}

function table(rows: Row[]): string {
  const cell = (result: Timing | Error | undefined) =>
    result instanceof Error ? 'failed' : result ? `${ms(result.p50)} / ${ms(result.p95)}` : '–';
  const lines = [
    '| query | raw Cypher | ours | ours: in DB | ours HTTP | @neo4j/graphql | round trips (ours) | ours / raw | ours / @neo4j/graphql | n (ours) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const ours = row.results.get('ours');
    lines.push(
      `| ${row.scenario.name} | ${cell(row.results.get('raw Cypher'))} | ${cell(ours)} | ${ms(median(row.oursDb))} | ${cell(row.results.get('ours HTTP'))} | ${cell(row.results.get('@neo4j/graphql'))} | ${row.roundTrips ?? '–'} | ${ratioOf(row, 'ours', 'raw Cypher')} | ${ratioOf(row, 'ours', '@neo4j/graphql')} | ${ours instanceof Error || !ours ? '–' : ours.samples.length} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  // A partial run never replaces the figures of a whole one.
  const write = !only && !process.argv.includes('--no-write');
  const log = (text: string) => process.stdout.write(text);
  if (only === 'import') {
    // The import section alone: its own scratch Neo4j, no bench graph needed.
    log(
      `\n${renderImport(await measureImport({ logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), log })).join('\n')}\n`,
    );
    return;
  }
  if (only === 'generator') {
    // The generator's load speed alone, into a scratch Neo4j of its own.
    log(
      `\n${renderGeneratorSpeed(await measureGeneratorSpeed({ logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), log })).join('\n')}\n`,
    );
    return;
  }
  if (only === 'scaling') {
    // The scaling table alone: each size starts its own embedded Neo4j on its own folder.
    const scaling = await measureScaling({ logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), log });
    log(`\n${[...renderScaling(scaling), '', ...renderImportSpeed(scaling)].join('\n')}\n`);
    return;
  }
  // The browser and scaling sections need the embedded Neo4j's folders, and take minutes: whole
  // runs only, or the browser alone with --only=browser (no query matches that name).
  const sections = {
    browser: (!only || only === 'browser') && !process.argv.includes('--no-browser') && !process.env.NEO4J_URI,
    scaling: !only && !process.argv.includes('--no-scaling') && !process.env.NEO4J_URI,
  };
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const database = await openBenchDatabase(createLogger('info'));
  const contenders: Contender[] = [];
  let apiReport: string;
  let apiRows: Row[];
  let picks: SyntheticGraph['picks'];
  let analysis: AnalysisFigures | null = null;
  let throughput: ThroughputFigures | null = null;
  try {
    const graph = await ensureSynthetic({
      executor: database.executor,
      logger: createLogger('info'),
      force: false,
      progress: process.stdout.isTTY,
    });
    const timed = timedDriver(database.driver);
    const timedExecutor = new Executor({ driver: timed.driver, database: undefined, logger });
    const raw = rawCypher(database.driver, undefined);
    const ours = await oursInProcess(timedExecutor, logger);
    const http = await oursOverHttp(database.executor, logger);
    contenders.push(raw, ours, http);
    let neo: Contender | Error;
    try {
      neo = await neo4jGraphql(database.driver, undefined);
      contenders.push(neo);
    } catch (error) {
      neo = error instanceof Error ? error : new Error(String(error));
    }

    const started = Date.now();
    const measured = scenarios(graph.picks).filter((s) => !only || s.name.includes(only));
    process.stdout.write('warm-up … ');
    await warmUp(
      measured.flatMap((scenario) =>
        contenders.map((contender) => ({ name: contender.name, run: () => contender.run(scenario) })),
      ),
      WARM_UP_MS,
    );
    process.stdout.write('done\n');
    const rows: Row[] = [];
    for (const scenario of measured) {
      process.stdout.write(`${scenario.name} … `);
      const answers = new Map<string, string>();
      let roundTrips: number | null = null;
      const oursDb: number[] = [];
      const tasks: Task[] = contenders.map((contender) => ({
        name: contender.name,
        run: async () => {
          if (contender === ours) timed.take();
          const answer = await contender.run(scenario);
          answers.set(contender.name, answer.summary);
          if (contender === ours) roundTrips = answer.roundTrips;
        },
        ...(contender === ours ? { measured: () => oursDb.push(timed.take()) } : {}),
      }));
      const results = await interleave(tasks, BUDGET);
      if (neo instanceof Error) results.set('@neo4j/graphql', neo);
      rows.push({ scenario, results, answers, roundTrips, oursDb });
      process.stdout.write('done\n');
    }
    apiRows = rows;

    const breakdown =
      only && !'network'.includes(only)
        ? null
        : await networkBreakdown({ graph, executor: database.executor, driver: database.driver, logger, ours, http });
    // No table when no query was measured (--only=browser).
    apiReport = rows.length
      ? render({ graph, rows, breakdown, seconds: (Date.now() - started) / 1000, where: database.description })
      : '';
    picks = graph.picks;
    // Each section prints as soon as it is done: a long run interrupted keeps what it measured.
    if (apiReport) process.stdout.write(`\n${apiReport}\n\n`);
    if (!only || only === 'throughput') {
      throughput = await measureThroughput({
        database: database.connection,
        neo4jPid: database.pid,
        driver: database.driver,
        scenarios: scenarios(graph.picks),
        log,
      });
      log(`\n${renderThroughput(throughput).join('\n')}\n\n`);
    }
    if (!only) {
      // The GDS plugins register after Bolt is ready.
      await database.plugins;
      process.stdout.write('metric refresh … ');
      analysis = await measureAnalysis(database.executor, Number(process.env.BENCH_ANALYSIS_RUNS ?? 3));
      process.stdout.write(`done\n\n${renderAnalysis(analysis).join('\n')}\n\n`);
    }
  } finally {
    for (const contender of contenders) await contender.close();
    await database.close();
  }
  // After the API section has closed its database: these start their own on its folder.
  let browser: BrowserFigures | null = null;
  if (sections.browser) {
    // The production web build, as `npm run start:large` serves it.
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/ensure-web.ts'], {
      cwd: path.join(REPO_ROOT, 'server'),
      stdio: 'inherit',
    });
    browser = await measureBrowser({
      dataDir: BENCH_DATA_DIR,
      clusters: 10_000,
      networkCountries: picks.networkCountries,
      log,
    });
    log(`\n${renderBrowser(browser).join('\n')}\n\n`);
  }
  const scaling: ScalingFigures | null = sections.scaling ? await measureScaling({ logger, log }) : null;
  if (scaling) log(`\n${[...renderScaling(scaling), '', ...renderImportSpeed(scaling)].join('\n')}\n\n`);
  const generator: GeneratorFigures | null = only ? null : await measureGeneratorSpeed({ logger, log });
  if (generator) log(`\n${renderGeneratorSpeed(generator).join('\n')}\n\n`);
  const imported: ImportFigures | null = only ? null : await measureImport({ logger, log });
  if (imported) log(`\n${renderImport(imported).join('\n')}\n\n`);
  const goals = issueGoals({
    api: apiRows.map((row) => {
      const ours = row.results.get('ours');
      const raw = row.results.get('raw Cypher');
      return {
        name: row.scenario.name,
        ours: ours instanceof Error ? undefined : ours?.p50,
        oursP95: ours instanceof Error ? undefined : ours?.p95,
        raw: raw instanceof Error ? undefined : raw?.p50,
        sameAnswer: sameAnswer(row.answers, 'ours', 'raw Cypher'),
      };
    }),
    browser,
    scaling,
    generator,
    throughput,
    initialJsKb: await initialJsGzipKb(),
  });
  const report = [
    `Load average at the end of the run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
    '',
    "The issue's goals (issue 9), from this run:",
    '',
    ...renderGoals(goals),
    ...(apiReport ? ['', apiReport] : []),
    ...(throughput ? ['', ...renderThroughput(throughput)] : []),
    ...(analysis ? ['', ...renderAnalysis(analysis)] : []),
    ...(browser
      ? ['', 'In Chromium against `npm run start:large` (10,000 clusters):', '', ...renderBrowser(browser)]
      : []),
    ...(scaling
      ? ['', 'Scaling (our API in process):', '', ...renderScaling(scaling), '', ...renderImportSpeed(scaling)]
      : []),
    ...(generator ? ['', ...renderGeneratorSpeed(generator)] : []),
    ...(imported ? ['', '`npm run import` (issue 10):', '', ...renderImport(imported)] : []),
  ].join('\n');
  process.stdout.write(`\n${report}\n`);
  if (write) await writeFigures(report);
}

/** Where the time of `network` goes, stage by stage, each stage including the ones before it. */
async function networkBreakdown(options: {
  graph: SyntheticGraph;
  executor: Executor;
  driver: Parameters<typeof rawCypher>[0];
  logger: ReturnType<typeof createLogger>;
  ours: Contender;
  http: Contender;
}): Promise<Map<string, Timing | Error>> {
  const { graph, executor, driver, logger } = options;
  const scenario = scenarios(graph.picks).find((s) => s.name === 'network');
  if (!scenario) return new Map();
  const filter = {
    countries: graph.picks.networkCountries,
    sectors: null,
    tieKinds: null,
    fromYear: null,
    toYear: null,
    includePlanned: false,
  };
  const params = { ...filter, tieKinds: ALL_TIE_KINDS };
  const schema = buildSchema();
  const document = parse(scenario.ours.query);
  const auth = { header: undefined, editorToken: undefined, readToken: undefined };
  process.stdout.write('network breakdown … ');
  const result = await interleave(
    [
      {
        name: '1. our NETWORK Cypher through the driver (database + Bolt + decoding)',
        run: async () => {
          const session = driver.session({ defaultAccessMode: 'READ' });
          try {
            await session.run(NETWORK[filterShape(filter)], params);
          } finally {
            await session.close();
          }
        },
      },
      {
        name: '2. + executor.read (rows to plain objects)',
        run: () => executor.read(NETWORK[filterShape(filter)], params),
      },
      { name: '3. + readNetwork (edges, sorting, degrees)', run: () => readNetwork(executor, filter) },
      {
        name: '4. + graphql-js execute (field resolution)',
        run: async () => {
          const response = await execute({
            schema,
            document,
            variableValues: scenario.ours.variables,
            contextValue: createContext({ executor, logger, auth }),
          });
          if (response.errors?.length) throw new Error(response.errors.map((e) => e.message).join('; '));
        },
      },
      { name: '5. + Apollo Server (ours, in process)', run: () => options.ours.run(scenario) },
      { name: '6. + Express and HTTP on 127.0.0.1 (ours HTTP)', run: () => options.http.run(scenario) },
    ],
    BUDGET,
  );
  for (const [name, timing] of await inMemoryStages({
    driver,
    filter,
    params,
    schema,
    document,
    variables: scenario.ours.variables,
    logger,
  })) {
    result.set(name, timing);
  }
  process.stdout.write('done\n');
  return result;
}

/**
 * The Node side of `network` alone, on rows fetched once: what each stage costs without the
 * database's noise. The executor here only hands back those rows (this measures our code, not Neo4j).
 */
async function inMemoryStages(options: {
  driver: Parameters<typeof rawCypher>[0];
  filter: Parameters<typeof readNetwork>[1];
  params: Params;
  schema: ReturnType<typeof buildSchema>;
  document: ReturnType<typeof parse>;
  variables: Params;
  logger: ReturnType<typeof createLogger>;
}): Promise<Map<string, Timing | Error>> {
  const session = options.driver.session({ defaultAccessMode: 'READ' });
  const records = await session
    .executeRead((tx) => tx.run(NETWORK[filterShape(options.filter)], options.params))
    .finally(() => session.close());
  const rows = records.records.map((record) => toPlain(record.toObject()));
  const rowsOnly = { read: () => Promise.resolve(rows), forRequest: () => rowsOnly } as unknown as Executor;
  const auth = { header: undefined, editorToken: undefined, readToken: undefined };
  const run = async () =>
    execute({
      schema: options.schema,
      document: options.document,
      variableValues: options.variables,
      contextValue: createContext({ executor: rowsOnly, logger: options.logger, auth }),
    });
  const compiled = compileQuery(options.schema, options.document);
  if (!isCompiledQuery(compiled)) throw new Error(compiled.errors?.map((e) => e.message).join('; '));
  const runCompiled = async () =>
    compiled.query(undefined, createContext({ executor: rowsOnly, logger: options.logger, auth }), options.variables);
  const response = await run();
  return interleave(
    [
      {
        name: 'in Node only: records to plain objects (toPlain)',
        run: async () => records.records.map((record) => toPlain(record.toObject())),
      },
      {
        name: 'in Node only: readNetwork on those rows (edges, sorting, degrees)',
        run: () => readNetwork(rowsOnly, options.filter),
      },
      { name: 'in Node only: graphql-js execute on those rows (readNetwork + field resolution)', run },
      {
        name: 'in Node only: the same compiled by graphql-jit, as /graphql runs it (readNetwork + field resolution)',
        run: runCompiled,
      },
      { name: 'in Node only: JSON.stringify of the response', run: async () => JSON.stringify(response) },
    ],
    { warmup: 5, ms: 1_000, maxIterations: 100, minIterations: 10 },
  );
}

function render(options: {
  graph: SyntheticGraph;
  rows: Row[];
  breakdown: Map<string, Timing | Error> | null;
  seconds: number;
  where: string;
}): string {
  const { graph, rows, breakdown } = options;
  const counts = Object.entries(graph.entities)
    .map(([label, list]) => `${list.length} ${label}`)
    .join(', ');
  const lines = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}) · load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} · ${options.where}`,
    `Graph ${graph.hash}: ${counts}, ${graph.ties} ties. Budget per query and contender: ${WARM_UP_MS} ms of warm-up turns with every query, then ${BUDGET.warmup} warm-up runs, then turns until ${BUDGET.ms} ms or ${BUDGET.maxIterations} runs (at least ${BUDGET.minIterations}). Measured in ${Math.round(options.seconds)} s.`,
    '',
    'Milliseconds, p50 / p95. "ours: in DB" is the p50 of the time our operation spent in Cypher statements (sent to last record).',
    '',
    table(rows),
    '',
    answersHeader(rows),
    '',
    ...rows.flatMap((row) => [
      `- ${row.scenario.name}: ${row.scenario.description}.`,
      ...(answerGroups(row.answers).length > 1 ? [`  ANSWERS DIFFER: ${describeDisagreement(row.answers)}`] : []),
      ...[...row.answers].map(([name, summary]) => `  ${name}: ${summary}`),
      ...[...row.results]
        .filter(([, r]) => r instanceof Error)
        .map(([name, r]) => `  ${name} failed: ${(r as Error).message.split('\n')[0]}`),
    ]),
  ];
  if (breakdown && breakdown.size > 0) {
    lines.push(
      '',
      'Where the time of `network` goes (each stage includes the ones above it; p50 / p95 ms):',
      '',
      '| stage | p50 / p95 |',
      '| --- | ---: |',
    );
    for (const [name, result] of breakdown)
      lines.push(
        `| ${name} | ${result instanceof Error ? `failed: ${result.message}` : `${ms(result.p50)} / ${ms(result.p95)}`} |`,
      );
  }
  return lines.join('\n');
}

/** Says that the contenders agree only where their answers' sizes are equal, and names each query where they are not. */
function answersHeader(rows: Row[]): string {
  const differ = rows.filter((row) => answerGroups(row.answers).length > 1).map((row) => row.scenario.name);
  return differ.length === 0
    ? 'What each answered (the contenders agree on sizes):'
    : `What each answered: the contenders' answers differ in size on ${differ.join(', ')} (a ratio between contenders that answered differently is marked, and no goal counts it as met); elsewhere they agree:`;
}

async function writeFigures(report: string): Promise<void> {
  let doc: string;
  try {
    doc = await readFile(DOC, 'utf8');
  } catch {
    process.stdout.write(`\n${path.relative(REPO_ROOT, DOC)} not found: figures printed only.\n`);
    return;
  }
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) {
    process.stdout.write(
      `\n${path.relative(REPO_ROOT, DOC)} has no ${START} … ${END} section: figures printed only.\n`,
    );
    return;
  }
  // Formatted as `npm run format` would, so that the format check stays green after a run.
  const prettier = await import('prettier');
  const text = `${doc.slice(0, start + START.length)}\n\n${report}\n\n${doc.slice(end)}`;
  await writeFile(DOC, await prettier.format(text, { ...(await prettier.resolveConfig(DOC)), filepath: DOC }));
  process.stdout.write(`\nFigures written to ${path.relative(REPO_ROOT, DOC)}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\n${error instanceof ForeignDataError ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
  );
  process.exit(1);
});
