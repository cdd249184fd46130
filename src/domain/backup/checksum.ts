/** The part of Web Crypto the checksum needs; browsers and Node 20 both have it on `crypto.subtle`. */
export type Digest = Pick<SubtleCrypto, 'digest'>;

/**
 * SHA-256 of a text (its UTF-8 bytes), as lowercase hex. The checksum is there to notice edits and
 * damage, not to resist forgery: anyone who edits a backup can recompute it, and that is fine,
 * because every record is validated on import anyway.
 */
export async function sha256Hex(text: string, subtle: Digest = globalThis.crypto.subtle): Promise<string> {
  const hash = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(hash)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
