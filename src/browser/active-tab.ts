import { browser } from 'wxt/browser';
import { type Source, sourceSchema } from '../domain/record';

type TabsApi = Pick<typeof browser.tabs, 'query'>;

/**
 * The page the user was on when they opened the popup. Its URL and title are readable because
 * opening the popup grants `activeTab`; no `tabs` permission is needed. Browser pages (new tab,
 * settings) have nothing worth attaching and come back as undefined.
 */
export async function readActiveTabSource(tabs: TabsApi = browser.tabs): Promise<Source | undefined> {
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    return toSource(tab?.url, tab?.title);
  } catch {
    return undefined;
  }
}

export function toSource(url: string | undefined, title: string | undefined): Source | undefined {
  if (!url || !/^https?:/.test(url)) return undefined;
  const parsed = sourceSchema.safeParse({ url, title: (title ?? url).slice(0, 500) });
  return parsed.success ? parsed.data : undefined;
}
