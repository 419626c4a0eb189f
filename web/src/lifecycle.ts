/** Clean-up for the current view (charts, observers, event streams) when the route changes. */
const disposers: (() => void)[] = [];

export function onDispose(fn: () => void): void {
  disposers.push(fn);
}

export function disposeView(): void {
  for (const fn of disposers.splice(0)) {
    try {
      fn();
    } catch {
      // A failed clean-up must not stop the next view from rendering.
    }
  }
}
