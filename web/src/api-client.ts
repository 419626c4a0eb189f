/** Calls to the Caseforce API. Non-2xx answers are problem+json and become an ApiError. */
import type {
  FieldProblem,
  JsonObject,
  Problem,
  Run,
  RunResult,
  ScenarioRecord,
  ScenarioSummary,
} from './api-types.js';

const TOKEN_KEY = 'caseforce-token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `The server answered ${status}`);
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export async function request<T>(method: string, url: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token && method !== 'GET') headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 401 && !retried) {
    // The server was started with CASEFORCE_TOKEN: ask once, keep it for this tab only.
    const given = window.prompt('This Caseforce server needs its access token to make changes:');
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given.trim());
      return request(method, url, body, true);
    }
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { detail: text.slice(0, 200) };
  }
  if (!response.ok) throw new ApiError(response.status, (parsed ?? {}) as Partial<Problem>);
  return parsed as T;
}

export interface RunSubmission {
  scenarioId?: string;
  scenario?: JsonObject;
  runs: number;
  seed: string;
  months?: number;
}

export const api = {
  schema: () => request<JsonObject>('GET', '/api/scenario-schema'),
  scenarios: async () => (await request<{ items: ScenarioSummary[] }>('GET', '/api/scenarios')).items,
  scenario: (id: string) => request<ScenarioRecord>('GET', `/api/scenarios/${encodeURIComponent(id)}`),
  saveScenario: (scenario: JsonObject) => request<ScenarioRecord>('POST', '/api/scenarios', scenario),
  submitRun: (submission: RunSubmission) => request<Run>('POST', '/api/runs', submission),
  runs: async (limit = 30) => (await request<{ items: Run[] }>('GET', `/api/runs?limit=${limit}`)).items,
  run: (id: string) => request<Run>('GET', `/api/runs/${encodeURIComponent(id)}`),
  result: (id: string) => request<RunResult>('GET', `/api/runs/${encodeURIComponent(id)}/result`),
  cancelRun: (id: string) => request<void>('DELETE', `/api/runs/${encodeURIComponent(id)}`),
};

export const resultCsvUrl = (id: string) => `/api/runs/${encodeURIComponent(id)}/result.csv`;
export const resultJsonUrl = (id: string) => `/api/runs/${encodeURIComponent(id)}/result`;
export const runEventsUrl = (id: string) => `/api/runs/${encodeURIComponent(id)}/events`;
