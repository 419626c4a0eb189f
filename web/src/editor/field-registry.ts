/** Where each editable field lives, so problem+json errors[].path can be shown next to the right field. */
import type { FieldProblem } from '../api-types.js';

export interface FieldHandle {
  path: string;
  /** The element linked to from the error summary. */
  focusTarget: HTMLElement;
  showError(message: string): void;
  clearError(): void;
}

export class FieldRegistry {
  private readonly handles = new Map<string, FieldHandle>();

  add(handle: FieldHandle): void {
    this.handles.set(handle.path, handle);
  }

  clear(): void {
    this.handles.clear();
  }

  clearErrors(): void {
    for (const h of this.handles.values()) h.clearError();
  }

  /** The field whose path is the longest prefix of `path` (errors may name a part, e.g. `.max`). */
  find(path: string): FieldHandle | undefined {
    let best: FieldHandle | undefined;
    for (const [key, handle] of this.handles) {
      if ((path === key || path.startsWith(`${key}.`)) && key.length > (best?.path.length ?? -1))
        best = handle;
    }
    return best;
  }

  /** Shows each problem at its field; returns the problems with the field each landed on (if any). */
  show(problems: FieldProblem[]): { problem: FieldProblem; handle: FieldHandle | undefined }[] {
    this.clearErrors();
    const placed = problems.map((problem) => ({ problem, handle: this.find(problem.path) }));
    const byHandle = new Map<FieldHandle, string[]>();
    for (const { problem, handle } of placed) {
      if (!handle) continue;
      const extra = problem.path === handle.path ? '' : `${problem.path.slice(handle.path.length + 1)}: `;
      byHandle.set(handle, [...(byHandle.get(handle) ?? []), `${extra}${problem.message}`]);
    }
    for (const [handle, messages] of byHandle) handle.showError(messages.join('; '));
    return placed;
  }
}

/** API paths for the editor: strip the request's own prefixes (scenario., scenarioId., set.). */
export function scenarioPathOf(apiPath: string): string {
  return apiPath.replace(/^(scenario|scenarioId|set)(\.|$)/, '');
}

export const fieldDomId = (path: string) => `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
