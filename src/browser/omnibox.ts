/**
 * Chrome reads omnibox descriptions as XML (to allow <match>, <url> and <dim>), so typed text must
 * be escaped or a stray "<" breaks the suggestion; Firefox shows the description as plain text.
 */
export function omniboxDescription(text: string, xml: boolean): string {
  if (!xml) return text;
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
