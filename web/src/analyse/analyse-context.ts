/**
 * What every tool on the Analyse page shares: the scenario's levers and measures, the page's
 * runs / months / seed, and one way to run an analysis (one at a time, with a status line and
 * the server's message when it refuses).
 */
import { type AnalysisSettings, analysisApi } from '../analysis-api.js';
import type { LeverInfo } from '../analysis-types.js';
import { ApiError } from '../api-client.js';
import { h } from '../dom.js';

export interface AnalyseContext {
  info: LeverInfo;
  settings(): AnalysisSettings;
  /** Calendar months 1..months of the current settings. */
  dates(): string[];
  onSettings(listener: () => void): void;
  /** Runs `work` with every tool's button disabled; shows progress and errors in `status`. */
  run<T>(status: HTMLElement, what: string, work: () => Promise<T>): Promise<T | undefined>;
  footnote(tool: string): string;
  api: typeof analysisApi;
}

const buttons = new Set<HTMLButtonElement>();

/** A tool's main button, disabled while any tool works. */
export function toolButton(text: string, id: string): HTMLButtonElement {
  const button = h('button', { type: 'submit', class: 'primary', id }, text);
  buttons.add(button);
  return button;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.fieldErrors.map((e) => `${e.path || 'request'}: ${e.message}`);
    return fields.length ? `${error.message} ${fields.join('; ')}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function createContext(
  info: LeverInfo,
  settings: () => AnalysisSettings,
  dates: () => string[],
  onSettings: (listener: () => void) => void,
): AnalyseContext {
  let busy = false;
  return {
    info,
    settings,
    dates,
    onSettings,
    api: analysisApi,
    footnote: (tool) => {
      const s = settings();
      return `Caseforce ${tool}: ${info.name}, ${s.runs} runs, seed ${s.seed}, ${s.months} months, common random numbers`;
    },
    async run(status, what, work) {
      if (busy) {
        status.textContent = 'Another analysis is still working; wait for it to finish.';
        return undefined;
      }
      busy = true;
      for (const b of buttons) if (b.isConnected) b.disabled = true;
      status.className = 'status';
      status.textContent = `Working: ${what}. This runs the scenario several times and can take a minute.`;
      const started = performance.now();
      try {
        const result = await work();
        status.textContent = `Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
        return result;
      } catch (error) {
        status.className = 'status error';
        status.textContent = errorText(error);
        return undefined;
      } finally {
        busy = false;
        for (const b of buttons) {
          if (b.isConnected) b.disabled = false;
          else buttons.delete(b);
        }
      }
    },
  };
}
