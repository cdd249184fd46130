import { KDF_ITERATIONS, type KeyFile, SYNC_APP, SYNC_FORMAT_VERSION } from '../domain/sync/format';

/**
 * The sync folder's encryption, on WebCrypto (browsers and Node 20 alike).
 *
 * A random 256-bit data key encrypts every file (AES-GCM, a fresh 12-byte IV each time, the file's
 * role and name as additional data, so a file moved to another name fails to decrypt). The data
 * key is stored in the folder only encrypted ("wrapped") with a key derived from the passphrase by
 * PBKDF2-SHA-256 (600,000 iterations, random salt); the passphrase itself is never stored or sent.
 * Changing the passphrase re-wraps the same data key, so no other file is written again.
 */
const MAGIC = new TextEncoder().encode('LTS1');
const IV_BYTES = 12;

const subtle = () => globalThis.crypto.subtle;

export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/** A random file id: 128 bits as 32 hex digits. */
export function randomFileId(): string {
  return [...randomBytes(16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function passphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', bytesOf(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

async function wrap(raw: Uint8Array<ArrayBuffer>, passphrase: string, folderId: string): Promise<KeyFile> {
  const salt = randomBytes(16);
  const iv = randomBytes(IV_BYTES);
  const kek = await passphraseKey(passphrase, salt, KDF_ITERATIONS);
  const data = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: bytesOf(`key:${folderId}`) }, kek, raw);
  return {
    app: SYNC_APP,
    kind: 'sync-key',
    formatVersion: SYNC_FORMAT_VERSION,
    folderId,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS, salt: toBase64(salt) },
    wrappedKey: { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) },
  };
}

/** The raw data key, or undefined when the passphrase is not the one that wrapped it. */
async function unwrap(keyFile: KeyFile, passphrase: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const kek = await passphraseKey(passphrase, fromBase64(keyFile.kdf.salt), keyFile.kdf.iterations);
  try {
    const raw = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(keyFile.wrappedKey.iv), additionalData: bytesOf(`key:${keyFile.folderId}`) },
      kek,
      fromBase64(keyFile.wrappedKey.data),
    );
    return new Uint8Array(raw);
  } catch {
    return undefined;
  }
}

/** A new folder's key file, and its data key (not extractable). */
export async function createKeyFile(
  passphrase: string,
  folderId: string = globalThis.crypto.randomUUID(),
): Promise<{ keyFile: KeyFile; dataKey: CryptoKey }> {
  const raw = randomBytes(32);
  const keyFile = await wrap(raw, passphrase, folderId);
  return { keyFile, dataKey: await importDataKey(raw) };
}

/** The folder's data key (not extractable), or undefined for a wrong passphrase. */
export async function unwrapDataKey(keyFile: KeyFile, passphrase: string): Promise<CryptoKey | undefined> {
  const raw = await unwrap(keyFile, passphrase);
  return raw && importDataKey(raw);
}

/** The key file with the same data key wrapped by a new passphrase, or undefined for a wrong old one. */
export async function rewrapKeyFile(keyFile: KeyFile, oldPassphrase: string, newPassphrase: string) {
  const raw = await unwrap(keyFile, oldPassphrase);
  return raw && wrap(raw, newPassphrase, keyFile.folderId);
}

/** `LTS1`, the IV, then the ciphertext with its tag; `role` (e.g. `changes/<id>`) is authenticated too. */
export async function encryptBytes(key: CryptoKey, role: string, plaintext: Uint8Array<ArrayBuffer>) {
  const iv = randomBytes(IV_BYTES);
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: bytesOf(role) }, key, plaintext);
  const file = new Uint8Array(MAGIC.length + IV_BYTES + sealed.byteLength);
  file.set(MAGIC, 0);
  file.set(iv, MAGIC.length);
  file.set(new Uint8Array(sealed), MAGIC.length + IV_BYTES);
  return file;
}

/** The plaintext, or undefined when the file is not one of ours, is cut short or was changed. */
export async function decryptBytes(
  key: CryptoKey,
  role: string,
  file: Uint8Array,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (file.length < MAGIC.length + IV_BYTES + 16 || MAGIC.some((byte, i) => file[i] !== byte)) return undefined;
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: file.slice(MAGIC.length, MAGIC.length + IV_BYTES), additionalData: bytesOf(role) },
      key,
      file.slice(MAGIC.length + IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

export function encryptJson(key: CryptoKey, role: string, value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  return encryptBytes(key, role, bytesOf(JSON.stringify(value)));
}

/** The decrypted JSON value; `undefined` when it does not decrypt (tampered, cut short). */
export async function decryptJson(key: CryptoKey, role: string, file: Uint8Array): Promise<unknown> {
  const plain = await decryptBytes(key, role, file);
  if (!plain) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    return undefined;
  }
}
