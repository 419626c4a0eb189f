/** A progress bar fed by the run's server-sent events, with a cancel button (DELETE /api/runs/:id). */
import { ApiError, api, runEventsUrl } from '../api-client.js';
import type { Run, RunEventData } from '../api-types.js';
import { h } from '../dom.js';
import { onDispose } from '../lifecycle.js';

export type RunEnd = { status: Run['status']; error: string | null };

export function runProgress(run: Run, onEnd: (end: RunEnd) => void): HTMLElement {
  const bar = h('progress', { max: 1, value: run.progress, id: 'run-progress-bar' });
  const text = h('p', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const total = run.manifest.runs;
  const show = (status: string, progress: number) => {
    bar.value = progress;
    const done = Math.round(progress * total);
    text.textContent =
      status === 'queued'
        ? 'Waiting for a free slot on the server…'
        : `${Math.round(progress * 100)}% done: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} runs`;
  };
  show(run.status, run.progress);
  let ended = false;
  const source = new EventSource(runEventsUrl(run.id));
  const finish = (end: RunEnd) => {
    if (ended) return;
    ended = true;
    source.close();
    onEnd(end);
  };
  const read = (event: MessageEvent<string>) => JSON.parse(event.data) as RunEventData;
  source.addEventListener('progress', (event) => {
    const data = read(event as MessageEvent<string>);
    show(data.status, data.progress);
  });
  source.addEventListener('status', (event) => {
    const data = read(event as MessageEvent<string>);
    show(data.status, data.progress);
    finish({ status: data.status, error: data.error });
  });
  source.onerror = () => {
    // The browser reconnects by itself; if the run has ended meanwhile, ask once.
    if (source.readyState === EventSource.CLOSED && !ended) {
      api.run(run.id).then(
        (r) => ['done', 'failed', 'cancelled', 'interrupted'].includes(r.status) && finish(r),
        () => finish({ status: 'cancelled', error: 'the run no longer exists' }),
      );
    }
  };
  onDispose(() => source.close());
  const cancel = h(
    'button',
    {
      type: 'button',
      class: 'danger',
      onclick: async () => {
        cancel.disabled = true;
        text.textContent = 'Cancelling…';
        try {
          await api.cancelRun(run.id);
          finish({ status: 'cancelled', error: 'cancelled by you' });
        } catch (error) {
          cancel.disabled = false;
          text.textContent = error instanceof ApiError ? error.message : String(error);
        }
      },
    },
    'Cancel run',
  );
  return h(
    'section',
    { class: 'panel progress-panel', 'aria-labelledby': 'progress-heading' },
    h('h2', { id: 'progress-heading' }, 'Running the simulation'),
    h('label', { for: 'run-progress-bar' }, `Progress of ${total.toLocaleString('en-GB')} simulated futures`),
    bar,
    text,
    cancel,
  );
}
