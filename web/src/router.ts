/**
 * History routing: /, /runs/<id>[?view=report], /compare?runs=a,b, /analyse?scenario=<id> and
 * /hindcast?la=<council>&from=<year>&to=<year> open the same view when shared.
 */
import { type HindcastQuery, hindcastQueryString, parseHindcastQuery } from './census/hindcast-query.js';

export type Route =
  | { view: 'home' }
  | { view: 'run'; id: string; report: boolean }
  | { view: 'compare'; ids: string[] }
  | { view: 'analyse'; scenarioId: string | undefined }
  | { view: 'hindcast'; query: HindcastQuery }
  | { view: 'not-found'; path: string };

export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const query = new URLSearchParams(location.search);
  if (path === '/') return { view: 'home' };
  const run = /^\/runs\/([0-9a-f-]{36})$/.exec(path);
  if (run) return { view: 'run', id: run[1]!, report: query.get('view') === 'report' };
  if (path === '/compare') {
    const ids = (query.get('runs') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => /^[0-9a-f-]{36}$/.test(s));
    return { view: 'compare', ids: [...new Set(ids)] };
  }
  if (path === '/analyse') {
    const id = query.get('scenario') ?? '';
    return { view: 'analyse', scenarioId: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(id) ? id : undefined };
  }
  if (path === '/hindcast') return { view: 'hindcast', query: parseHindcastQuery(query) };
  return { view: 'not-found', path };
}

export const runPath = (id: string, report = false) => `/runs/${id}${report ? '?view=report' : ''}`;
export const comparePath = (ids: string[]) => (ids.length ? `/compare?runs=${ids.join(',')}` : '/compare');
export const analysePath = (scenarioId?: string) =>
  scenarioId ? `/analyse?scenario=${encodeURIComponent(scenarioId)}` : '/analyse';

export const hindcastPath = (la: string, from?: number, to?: number) =>
  `/hindcast${hindcastQueryString({ la, from, to, demand: false })}`;

type Listener = (route: Route) => void;
let listener: Listener = () => {};

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listener(parseRoute(window.location));
}

/** Calls `onRoute` now and on every navigation; same-origin links marked data-route navigate in place. */
export function startRouter(onRoute: Listener): void {
  listener = onRoute;
  window.addEventListener('popstate', () => listener(parseRoute(window.location)));
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const link = (event.target as Element | null)?.closest?.('a[data-route]');
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(link.pathname + link.search);
  });
  listener(parseRoute(window.location));
}
