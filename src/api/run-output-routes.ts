/** What a run produces: its result JSON, the same as tidy CSV, and live progress as server-sent events. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { SimulationResult } from '../engine/simulation-result.js';
import { resultToCsv } from '../report/result-csv.js';
import { findResultJson } from '../store/result-repository.js';
import { findRunById, type Run } from '../store/run-repository.js';
import type { AppDeps } from './app-deps.js';
import { notFound, ProblemError } from './problem.js';
import type { RunEvent } from './run-queue.js';
import { checkRunId } from './run-routes.js';

const ENDED = new Set(['done', 'failed', 'cancelled', 'interrupted']);
const HEARTBEAT_MS = 15_000;

export function runOutputRoutes(deps: AppDeps): Hono {
  const { db, queue } = deps;

  const findResult = async (raw: string): Promise<{ run: Run; json: string }> => {
    const id = checkRunId(raw);
    const run = await findRunById(db, id);
    if (!run) throw notFound(`Run ${id}`);
    const json = run.status === 'done' ? await findResultJson(db, id) : undefined;
    if (json === undefined) {
      throw new ProblemError('result-not-ready', `Run ${id} is ${run.status}; only a done run has a result.`);
    }
    return { run, json };
  };

  return new Hono()
    .get('/runs/:id/result', async (c) => {
      const { json } = await findResult(c.req.param('id'));
      return c.body(json, 200, { 'content-type': 'application/json; charset=utf-8' });
    })
    .get('/runs/:id/result.csv', async (c) => {
      const { run, json } = await findResult(c.req.param('id'));
      return c.body(resultToCsv(JSON.parse(json) as SimulationResult), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="caseforce-run-${run.id}.csv"`,
      });
    })
    .get('/runs/:id/events', async (c) => {
      const id = checkRunId(c.req.param('id'));
      if (!(await findRunById(db, id))) throw notFound(`Run ${id}`);
      return streamSSE(c, async (stream) => {
        const events: RunEvent[] = [];
        let wake = () => {};
        const unsubscribe = queue.subscribe(id, (event) => {
          events.push(event);
          wake();
        });
        stream.onAbort(() => wake());
        const send = (event: string, run: Pick<Run, 'status' | 'progress' | 'error'>) =>
          stream.writeSSE({
            event,
            data: JSON.stringify({ id, status: run.status, progress: run.progress, error: run.error }),
          });
        try {
          // Read the run after subscribing, so an end that happens in between is not missed.
          let run = await findRunById(db, id);
          while (run && !stream.aborted) {
            if (ENDED.has(run.status)) {
              await send('status', run);
              return;
            }
            await send('progress', { ...run, progress: queue.progressOf(id) ?? run.progress });
            if (events.length === 0) {
              await new Promise<void>((resolve) => {
                const timer = setTimeout(done, HEARTBEAT_MS);
                function done() {
                  clearTimeout(timer);
                  wake = () => {};
                  resolve();
                }
                wake = done;
              });
            }
            const batch = events.splice(0);
            const end = batch.find((e) => e.type === 'end');
            if (end?.type === 'end') {
              await send('status', {
                status: end.status,
                progress: end.status === 'done' ? 1 : run.progress,
                error: end.error,
              });
              return;
            }
            const latest = batch.at(-1);
            run = await findRunById(db, id);
            if (run && latest?.type === 'progress' && run.status === 'running')
              run = { ...run, progress: latest.progress };
          }
          if (!run && !stream.aborted)
            await send('status', { status: 'cancelled', progress: 0, error: 'the run was deleted' });
        } finally {
          unsubscribe();
        }
      });
    });
}
