/** Reads a chosen file as UTF-8 text (a backup is JSON). */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}
