/** The last project opened on this browser (localStorage), offered when the app starts without one. */
const KEY = 'patnav.lastProject';

export function rememberProject(id: string | undefined): void {
  try {
    if (id === undefined) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, id);
  } catch {
    // Storage may be disabled (private mode): the app works without the reminder.
  }
}

export function lastProject(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
