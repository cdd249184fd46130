/** Saves a file to the user's downloads. Injected into views, so tests can catch the file instead. */
export type Download = (blob: Blob, filename: string) => void;

type UrlApi = Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;

/**
 * Downloads a blob through a temporary `<a download>`: no `downloads` permission is needed, and
 * the file never leaves the machine.
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document, urls: UrlApi = URL): void {
  const url = urls.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => urls.revokeObjectURL(url), 60_000);
}
