/** What a survey of every council found: coverage by measure as bars against 80%, and its tables. */
import type { SurveyResult } from '../census-api.js';
import { chartCard } from '../charts/chart-card.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { OKABE_ITO } from '../charts/palette.js';
import { h } from '../dom.js';
import { hindcastQueryString } from './hindcast-query.js';
import { metricInfoOf, showError } from './hindcast-spec.js';

const SHORT: Record<string, string> = {
  case_holder_fte: 'Case holders (FTE)',
  agency_rate: 'Agency rate',
  turnover_rate: 'Turnover',
  vacancy_rate: 'Vacancy rate',
  caseload: 'Caseload',
};
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const th = (text: string) => h('th', { scope: 'col' }, text);
const num = (text: string) => h('td', { class: 'num' }, text);

export function surveySpec(r: SurveyResult): ChartSpec {
  return {
    id: 'survey-coverage',
    title: 'Coverage by measure, every council',
    explainer: `Share of the ${r.observations.toLocaleString('en-GB')} census figures of ${r.councils} councils (${r.from + 1} to ${r.to}) that fell inside their simulated P10 to P90 band; the dashed line is the 80% that well-judged bands would give.`,
    unit: 'probability',
    axisLabel: 'Census figures inside the band',
    dates: r.metrics.map((m) => SHORT[m.metric] ?? m.metric),
    xTitle: 'Measure',
    yRange: [0, 1],
    bands: [],
    lines: [
      {
        label: 'Coverage (inside P10 to P90)',
        values: r.metrics.map((m) => m.coverage),
        colour: OKABE_ITO.blue,
        bars: true,
      },
      {
        label: 'Well-judged bands: 80%',
        values: r.metrics.map(() => 0.8),
        colour: OKABE_ITO.black,
        dash: [6, 4],
        width: 1.5,
      },
    ],
    table: [
      { label: 'Coverage', values: r.metrics.map((m) => m.coverage) },
      { label: 'Census figures scored', values: r.metrics.map((m) => m.observations), unit: 'count' },
    ],
  };
}

function metricTable(r: SurveyResult): HTMLElement {
  const leads = r.byLead.map((l) => l.lead);
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Every council by measure' },
    h(
      'table',
      { class: 'data-table', 'data-table': 'survey-metrics' },
      h('caption', {}, 'Every council pooled, by measure'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          th('Measure'),
          th('Census figures'),
          th('Coverage'),
          ...leads.map((l) => th(`Coverage ${l} year${l === 1 ? '' : 's'} ahead`)),
          th('Typical error of the median'),
          th('Typical error of “no change”'),
          th('Median nearer than “no change”'),
        ),
      ),
      h(
        'tbody',
        {},
        ...r.metrics.map((m) =>
          h(
            'tr',
            { 'data-metric': m.metric },
            h('th', { scope: 'row' }, metricInfoOf(m.metric).title),
            num(m.observations.toLocaleString('en-GB')),
            num(pct(m.coverage)),
            ...r.byLead.map((l) => num(pct(l.metrics.find((x) => x.metric === m.metric)?.coverage ?? null))),
            num(showError(m.metric, m.medianAbsError)),
            num(showError(m.metric, m.medianNoChangeError)),
            num(`${pct(m.beatsNoChange)} of figures`),
          ),
        ),
      ),
    ),
  );
}

function councilTable(r: SurveyResult): HTMLElement {
  const rows = [...r.perCouncil].sort((a, b) => a.coverage - b.coverage || a.name.localeCompare(b.name));
  const link = (code: string) =>
    `/hindcast${hindcastQueryString({ la: code, from: r.from, to: r.to, demand: r.demand, windowYears: r.windowYears })}`;
  return h(
    'details',
    { class: 'survey-councils' },
    h('summary', {}, `Each council’s coverage, lowest first (${rows.length} councils)`),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Coverage by council' },
      h(
        'table',
        { class: 'data-table', 'data-table': 'survey-councils' },
        h('caption', {}, 'Coverage by council (all measures)'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            th('Council'),
            th('Region'),
            th('Census figures'),
            th('Inside P10–P90'),
            th('Coverage'),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((c) =>
            h(
              'tr',
              { 'data-council': c.code },
              h(
                'th',
                { scope: 'row' },
                h('a', { href: link(c.code), 'data-route': true }, `${c.name} (${c.code})`),
              ),
              h('td', {}, c.region),
              num(String(c.observations)),
              num(String(c.inBand)),
              num(pct(c.coverage)),
            ),
          ),
        ),
      ),
    ),
  );
}

export function surveyResults(r: SurveyResult, footnote: string): HTMLElement {
  const inside = r.metrics.reduce((n, m) => n + m.inBand, 0);
  return h(
    'div',
    { class: 'survey-results' },
    h(
      'p',
      { class: 'answer', id: 'survey-headline' },
      `Across ${r.councils} councils, ${pct(inside / Math.max(1, r.observations))} of ${r.observations.toLocaleString('en-GB')} census figures fell inside the simulated P10 to P90 band (80% if the bands were well judged).`,
    ),
    chartCard(surveySpec(r), {
      fileStem: `caseforce-hindcast-all-${r.from}-${r.to}`,
      footnote,
      headingLevel: 'h3',
    }),
    metricTable(r),
    councilTable(r),
    r.skipped.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, `Councils left out (${r.skipped.length}) and why`),
          h('ul', {}, ...r.skipped.map((s) => h('li', {}, s.reason))),
        )
      : null,
  );
}
