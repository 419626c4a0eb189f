/** The browser entry point: routes each URL to its view and keeps focus and the title right for each. */
import { h } from './dom.js';
import { disposeView } from './lifecycle.js';
import { type Route, startRouter } from './router.js';
import { renderAnalyseView } from './views/analyse-view.js';
import { renderCompareView } from './views/compare-view.js';
import { renderHindcastView } from './views/hindcast-view.js';
import { renderHomeView } from './views/home-view.js';
import { renderRunView } from './views/run-view.js';

const TITLES: Record<Route['view'], string> = {
  home: 'Scenarios and runs',
  run: 'Results',
  compare: 'Compare runs',
  analyse: 'Analyse a scenario',
  hindcast: 'Hindcast against the census',
  'not-found': 'Page not found',
};

/** The header link of each view that has one. */
const NAV_PATHS: Partial<Record<Route['view'], string>> = {
  home: '/',
  compare: '/compare',
  analyse: '/analyse',
  hindcast: '/hindcast',
};

let generation = 0;

async function render(route: Route): Promise<void> {
  const main = document.getElementById('main');
  if (!main) return;
  const mine = ++generation;
  disposeView();
  document.body.classList.remove('report-mode');
  document.title = `${TITLES[route.view]} – Caseforce`;
  for (const link of document.querySelectorAll('.site-header nav a')) {
    const here = link.getAttribute('href') === NAV_PATHS[route.view];
    if (here) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  // Render into a detached element so a slow earlier view cannot overwrite a newer one.
  const target = h('div', { class: `view view-${route.view}` });
  try {
    if (route.view === 'home') await renderHomeView(target);
    else if (route.view === 'run') await renderRunView(target, route.id, route.report);
    else if (route.view === 'compare') await renderCompareView(target, route.ids);
    else if (route.view === 'analyse') await renderAnalyseView(target, route.scenarioId);
    else if (route.view === 'hindcast') await renderHindcastView(target, route.query);
    else
      target.append(
        h('h1', { tabindex: -1 }, 'Page not found'),
        h('p', {}, h('a', { href: '/', 'data-route': true }, 'Go to scenarios and runs')),
      );
  } catch (error) {
    target.replaceChildren(
      h('h1', { tabindex: -1 }, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
      h('p', {}, h('a', { href: '/', 'data-route': true }, 'Go to scenarios and runs')),
    );
  }
  if (mine !== generation) return;
  main.replaceChildren(target);
  const heading = target.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} – Caseforce`;
    if (document.activeElement === document.body || document.activeElement === null)
      heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

startRouter((route) => {
  render(route).catch(() => {});
});
