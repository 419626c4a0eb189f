/** Calls to the analysis routes (/api/analysis/*) and stored paired comparisons (/api/comparisons). */

import type {
  GoalSeekAnswer,
  LeverInfo,
  RoutesAnswer,
  StoredComparison,
  ThresholdsAnswer,
  Tornado,
} from './analysis-types.js';
import { request } from './api-client.js';
import type { Json, JsonObject } from './api-types.js';

/** Runs, months and seed every tool of the Analyse page uses. */
export interface AnalysisSettings {
  scenarioId: string;
  runs: number;
  months: number;
  seed: string;
}

const base = (s: AnalysisSettings) => ({
  scenarioId: s.scenarioId,
  runs: s.runs,
  months: s.months,
  seed: s.seed,
});
const post = <T>(path: string, body: Record<string, unknown>) =>
  request<T>('POST', `/api/analysis/${path}`, body);

export interface ComparisonSubmission {
  baseline: { scenario: JsonObject };
  options: { scenario: JsonObject; name: string }[];
  runs: number;
  seed: string;
  months: number;
  thresholds?: Json[];
}

export const analysisApi = {
  levers: (scenarioId: string) =>
    request<LeverInfo>('GET', `/api/analysis/levers?scenarioId=${encodeURIComponent(scenarioId)}`),
  tornado: (s: AnalysisSettings, body: Record<string, unknown>) =>
    post<Tornado>('tornado', { ...base(s), ...body }),
  goalSeek: (s: AnalysisSettings, body: Record<string, unknown>) =>
    post<GoalSeekAnswer>('goal-seek', { ...base(s), ...body }),
  routes: (s: AnalysisSettings, years: number) =>
    post<RoutesAnswer>('routes', { scenarioId: s.scenarioId, runs: s.runs, seed: s.seed, years }),
  thresholds: (s: AnalysisSettings, body: Record<string, unknown>) =>
    post<ThresholdsAnswer>('thresholds', { ...base(s), ...body }),
  submitComparison: (body: ComparisonSubmission) =>
    request<{ id: string; status: string; title: string }>('POST', '/api/comparisons', body),
  comparison: (id: string) => request<StoredComparison>('GET', `/api/comparisons/${encodeURIComponent(id)}`),
  cancelComparison: (id: string) => request<void>('DELETE', `/api/comparisons/${encodeURIComponent(id)}`),
};
