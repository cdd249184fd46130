import { browser } from 'wxt/browser';

type PermissionsApi = Pick<typeof browser.permissions, 'contains' | 'request' | 'remove'>;

/**
 * Host access to one origin (sync's WebDAV server), as a match pattern such as
 * `https://cloud.example.org/*`. The manifest lists web origins only as optional
 * (wxt.config.ts): nothing is granted until the user turns sync on, and turning it off gives it back.
 */
export interface HostPermission {
  /**
   * Asks the browser for access to `pattern`. Call it synchronously from the user's click, before
   * any `await`: browsers grant permission requests only during a user gesture.
   */
  request(pattern: string): Promise<boolean>;
  contains(pattern: string): Promise<boolean>;
  remove(pattern: string): Promise<boolean>;
}

export function browserHostPermission(permissions: PermissionsApi = browser.permissions): HostPermission {
  return {
    request: (pattern) => permissions.request({ origins: [pattern] }),
    contains: (pattern) => permissions.contains({ origins: [pattern] }),
    remove: (pattern) => permissions.remove({ origins: [pattern] }),
  };
}
