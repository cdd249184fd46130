import type { BrowserContext, CDPSession } from 'playwright-core';
import type { KeyTarget } from './keyboard';

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  value?: { value?: unknown };
  childIds?: string[];
}

export interface AccessibleNode {
  role: string;
  name: string;
  /** All text inside the node, joined with spaces. */
  text: string;
  /** The node's value, e.g. what a text box holds. */
  value: string;
}

/**
 * The extension's real popup or side panel, opened by the browser itself (a toolbar click, a
 * keyboard command). Playwright does not attach to these as pages, so they are driven over the
 * DevTools protocol: the browser session attaches to the target and relays messages to it. What
 * the page shows is read from Chromium's accessibility tree, by role and name, like a screen
 * reader would.
 */
export class NativeSurface implements KeyTarget {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as Reply;
      if (reply.id === undefined) return;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  /** The URLs of the browser's page targets, including popups and side panels. */
  static async pageUrls(context: BrowserContext): Promise<string[]> {
    const session = await browserSession(context);
    try {
      const { targetInfos } = await session.send('Target.getTargets');
      return targetInfos.filter((target) => target.type === 'page').map((target) => target.url);
    } finally {
      await session.detach();
    }
  }

  /** Attaches to the open page whose URL is `url`. */
  static async attach(context: BrowserContext, url: string): Promise<NativeSurface> {
    const session = await browserSession(context);
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'page' && info.url === url);
    if (!target) throw new Error(`No open page at ${url}`);
    // The relay (flatten: false) is what lets Playwright's plain CDPSession talk to a child target.
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    return new NativeSurface(session, sessionId);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) =>
        reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result),
      );
      this.browserSession
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  }

  /** Types text into whatever has focus, as an input method would. */
  async insertText(text: string): Promise<void> {
    await this.send('Input.insertText', { text });
  }

  /** Every node of the page that assistive technology sees, with its role, name and text. */
  async accessibleNodes(): Promise<AccessibleNode[]> {
    const { nodes } = (await this.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textOf = (node: AXNode): string => {
      if (node.role?.value === 'StaticText') return node.name?.value ?? '';
      return (node.childIds ?? [])
        .map((id) => byId.get(id))
        .filter((child): child is AXNode => child !== undefined)
        .map(textOf)
        .filter(Boolean)
        .join(' ');
    };
    return nodes
      .filter((node) => !node.ignored && node.role)
      .map((node) => ({
        role: node.role?.value ?? '',
        name: node.name?.value ?? '',
        text: textOf(node),
        value: typeof node.value?.value === 'string' ? node.value.value : '',
      }));
  }

  /** The first node with this role (and name, when given), or undefined. */
  async find(role: string, name?: string): Promise<AccessibleNode | undefined> {
    const nodes = await this.accessibleNodes();
    return nodes.find((node) => node.role === role && (name === undefined || node.name === name));
  }

  /** A PNG of what the surface shows, in the given colour scheme. */
  async screenshot(colorScheme: 'light' | 'dark'): Promise<Buffer> {
    await this.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: colorScheme }],
    });
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  /** The first node with this role whose text contains `text`, or undefined. */
  async findWithText(role: string, text: string): Promise<AccessibleNode | undefined> {
    const nodes = await this.accessibleNodes();
    return nodes.find((node) => node.role === role && node.text.includes(text));
  }

  async detach(): Promise<void> {
    await this.browserSession.detach();
  }
}

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('The persistent context has no browser to open a DevTools session on.');
  return browser.newBrowserCDPSession();
}
