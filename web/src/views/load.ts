/** Fetch-then-render with the shared loading, empty and error states, and a retry button. */

import type { Translate } from '../i18n';
import { emptyState, errorState, loadingState } from '../widgets/status';

export interface LoadSteps<T> {
  load(signal: AbortSignal): Promise<T>;
  isEmpty(data: T): boolean;
  render(data: T): void;
}

/**
 * Runs one load. `signal` is aborted when the answer is no longer wanted (view unmounted or a newer
 * load started); a late answer is then dropped instead of overwriting newer content.
 */
export function loadInto<T>(
  container: HTMLElement,
  t: Translate,
  signal: AbortSignal,
  steps: LoadSteps<T>,
): void {
  const attempt = async (): Promise<void> => {
    container.replaceChildren(loadingState(t));
    try {
      const data = await steps.load(signal);
      if (signal.aborted) return;
      if (steps.isEmpty(data)) container.replaceChildren(emptyState(t));
      else steps.render(data);
    } catch (error) {
      if (signal.aborted) return;
      container.replaceChildren(errorState(error, t, () => void attempt()));
    }
  };
  void attempt();
}

/** Hands out one signal per load: starting a new load aborts the previous one; so does the parent. */
export function latestOnly(parent: AbortSignal): () => AbortSignal {
  let current: AbortController | undefined;
  return () => {
    current?.abort();
    current = new AbortController();
    return AbortSignal.any([parent, current.signal]);
  };
}
