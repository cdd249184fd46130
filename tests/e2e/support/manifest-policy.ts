/**
 * The permission allowlist (docs/design.md, Privacy) as code: what a built manifest may ask for. Anything else is a
 * change to the privacy promise and has to change this file (and docs/design.md, Privacy) first.
 */
export const ALLOWED_PERMISSIONS = ['contextMenus', 'sidePanel', 'activeTab', 'unlimitedStorage', 'alarms', 'storage'];
export const ALLOWED_OPTIONAL_PERMISSIONS = ['notifications'];
/**
 * Web origins, only for sync: optional, and asked for one origin at a time (the user's WebDAV
 * server) when sync is turned on. Chrome's MV3 build lists them as `optional_host_permissions`,
 * Firefox's MV2 build among its `optional_permissions`.
 */
export const ALLOWED_OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];
/** Keys that widen what the extension can reach or who can reach it; none is needed. */
const FORBIDDEN_KEYS = ['host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources'];

export interface ManifestLike {
  permissions?: unknown;
  optional_permissions?: unknown;
  optional_host_permissions?: unknown;
  content_security_policy?: unknown;
  [key: string]: unknown;
}

/** Every way the manifest breaks the allowlist, in words; empty when it keeps to it. */
export function manifestViolations(manifest: ManifestLike): string[] {
  const problems: string[] = [];
  for (const permission of asStrings(manifest.permissions)) {
    if (!ALLOWED_PERMISSIONS.includes(permission)) problems.push(`permission not on the allowlist: ${permission}`);
  }
  const origins = manifest.manifest_version === 2 ? ALLOWED_OPTIONAL_ORIGINS : [];
  for (const permission of asStrings(manifest.optional_permissions)) {
    if (!ALLOWED_OPTIONAL_PERMISSIONS.includes(permission) && !origins.includes(permission)) {
      problems.push(`optional permission not on the allowlist: ${permission}`);
    }
  }
  for (const origin of asStrings(manifest.optional_host_permissions)) {
    if (!ALLOWED_OPTIONAL_ORIGINS.includes(origin)) problems.push(`optional host permission not allowed: ${origin}`);
  }
  for (const key of FORBIDDEN_KEYS) {
    if (key in manifest) problems.push(`forbidden manifest key: ${key}`);
  }
  // MV3's default policy forbids remote code; a custom one may only tighten it.
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval|\*/.test(csp)) {
    problems.push(`content security policy loosened: ${csp}`);
  }
  return problems;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
