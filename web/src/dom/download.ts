/** Saves a Blob through a temporary link; the object URL is released once the click has been handled. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `patnav-<what>-<YYYY-MM-DD>`: downloads from different days and views do not overwrite each other. */
export function fileStem(what: string, now: Date = new Date()): string {
  return `patnav-${what}-${now.toISOString().slice(0, 10)}`;
}
