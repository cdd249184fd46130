/** How the prep page hands text out: to the clipboard, or as a downloaded file. */
export interface TextExporter {
  copy(text: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
}

/**
 * The page's own clipboard and a plain `<a download>`: neither needs a permission (no
 * `clipboardWrite`, no `downloads`), as both run on a user's click in an extension page.
 */
export function browserExporter(doc: Document = globalThis.document): TextExporter {
  return {
    copy: (text) => doc.defaultView!.navigator.clipboard.writeText(text),
    download(fileName, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // The click has started the download by now; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  };
}
