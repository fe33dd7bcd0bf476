/** `['segments', 0, 'branches', 2, 'id']` → `segments[0].branches[2].id`, the form errors report. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}
