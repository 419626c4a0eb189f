/**
 * The hindcast of every council with usable data (what `npm run hindcast -- --all` prints), as a
 * stored result: which councils were planned or skipped and why, then coverage and errors per
 * metric pooled over councils, coverage by years ahead, and each council's coverage. Pure.
 */
import type { CensusData } from './census-data.js';
import { describeCouncil } from './council-index.js';
import {
  HINDCAST_METRICS,
  type HindcastMetric,
  type HindcastPlan,
  type MetricSummary,
  planHindcast,
  type ScoredObservation,
  summariseScores,
} from './hindcast.js';
import type { HindcastSettings } from './hindcast-report.js';

export type SurveySettings = HindcastSettings;

export interface SkippedCouncil {
  code: string;
  name: string;
  reason: string;
}

export interface SurveyPlan {
  plans: HindcastPlan[];
  skipped: SkippedCouncil[];
}

export function planSurvey(data: CensusData, s: SurveySettings): SurveyPlan {
  const skipped: SkippedCouncil[] = [];
  const plans = data.index.councils.flatMap((council) => {
    const plan = planHindcast(data, council.laNumber, s.from, s.to, {
      windowYears: s.windowYears,
      demand: s.demand,
    });
    if (plan.ok) return [plan.value];
    const reason = plan.error.map((p) => p.message).join('; ');
    const prefix = describeCouncil(council);
    skipped.push({
      code: council.code,
      name: council.name,
      reason: reason.startsWith(council.name) ? reason : `${prefix}: ${reason}`,
    });
    return [];
  });
  return { plans, skipped };
}

export interface CouncilScores {
  code: string;
  name: string;
  region: string;
  scored: ScoredObservation[];
}

/** A metric's summary across councils: as MetricSummary, with null where no error is known. */
export interface SurveyMetricSummary extends Omit<MetricSummary, 'medianNoChangeError'> {
  medianNoChangeError: number | null;
  /** Share of this metric's census figures the simulated median was nearer to than "no change" was. */
  beatsNoChange: number | null;
}

export interface SurveyResult extends SurveySettings {
  councils: number;
  observations: number;
  metrics: SurveyMetricSummary[];
  /** Coverage of each metric by years after the start. */
  byLead: { lead: number; metrics: { metric: HindcastMetric; observations: number; coverage: number }[] }[];
  perCouncil: {
    code: string;
    name: string;
    region: string;
    observations: number;
    inBand: number;
    coverage: number;
  }[];
  skipped: SkippedCouncil[];
}

const nullIfNaN = (x: number) => (Number.isFinite(x) ? x : null);

export function summariseSurvey(
  results: readonly CouncilScores[],
  skipped: readonly SkippedCouncil[],
  settings: SurveySettings,
): SurveyResult {
  const all = results.flatMap((r) => r.scored);
  const metrics = summariseScores(all).map((s): SurveyMetricSummary => {
    const pairs = all.filter((o) => o.metric === s.metric && o.noChangeError !== undefined);
    const better = pairs.filter((o) => o.absError < o.noChangeError!).length;
    return {
      ...s,
      medianNoChangeError: nullIfNaN(s.medianNoChangeError),
      beatsNoChange: pairs.length === 0 ? null : better / pairs.length,
    };
  });
  const leads = [...new Set(all.map((o) => o.lead))].sort((a, b) => a - b);
  const byLead = leads.map((lead) => ({
    lead,
    metrics: HINDCAST_METRICS.flatMap((metric) => {
      const rows = all.filter((o) => o.lead === lead && o.metric === metric);
      if (rows.length === 0) return [];
      return [
        { metric, observations: rows.length, coverage: rows.filter((o) => o.inBand).length / rows.length },
      ];
    }),
  }));
  const perCouncil = results
    .map((r) => {
      const inBand = r.scored.filter((o) => o.inBand).length;
      const observations = r.scored.length;
      return {
        code: r.code,
        name: r.name,
        region: r.region,
        observations,
        inBand,
        coverage: inBand / observations,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    ...settings,
    councils: results.length,
    observations: all.length,
    metrics,
    byLead,
    perCouncil,
    skipped: [...skipped],
  };
}
