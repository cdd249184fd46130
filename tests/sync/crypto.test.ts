// The sync folder's encryption: PBKDF2 600k wraps a random data key; files are AES-GCM with a fresh IV
// and their role authenticated; a wrong passphrase, a changed byte or a moved file fail.
import { KDF_ITERATIONS } from '../../src/domain/sync/format';
import { createKeyFile, decryptJson, encryptJson, rewrapKeyFile, unwrapDataKey } from '../../src/sync/crypto';
import { forgetDataKey, loadDataKey, saveDataKey } from '../../src/sync/key-store';

describe('sync encryption', () => {
  it('wraps a random data key with PBKDF2-SHA-256 at 600,000 iterations; only the passphrase unwraps it', async () => {
    const { keyFile, dataKey } = await createKeyFile('correct horse battery staple');
    expect(keyFile.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(keyFile)).not.toContain('correct horse');
    expect(dataKey.extractable).toBe(false);
    const file = await encryptJson(dataKey, 'changes/1', { text: 'shipped the migration' });
    const unwrapped = await unwrapDataKey(keyFile, 'correct horse battery staple');
    expect(await decryptJson(unwrapped!, 'changes/1', file)).toEqual({ text: 'shipped the migration' });
    expect(await unwrapDataKey(keyFile, 'wrong horse')).toBeUndefined();
  });

  it('uses a fresh IV for every file, and refuses a changed byte, a cut file or another role', async () => {
    const { dataKey } = await createKeyFile('pass');
    const one = await encryptJson(dataKey, 'changes/1', { a: 1 });
    const two = await encryptJson(dataKey, 'changes/1', { a: 1 });
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(false);
    const changed = one.slice();
    changed[changed.length - 5]! ^= 1;
    expect(await decryptJson(dataKey, 'changes/1', changed)).toBeUndefined();
    expect(await decryptJson(dataKey, 'changes/1', one.slice(0, one.length - 3))).toBeUndefined();
    expect(await decryptJson(dataKey, 'changes/2', one)).toBeUndefined();
    expect(await decryptJson(dataKey, 'changes/1', one)).toEqual({ a: 1 });
  });

  it('changing the passphrase re-wraps the same data key', async () => {
    const { keyFile, dataKey } = await createKeyFile('old one');
    const file = await encryptJson(dataKey, 'manifest', { kept: true });
    expect(await rewrapKeyFile(keyFile, 'not it', 'new one')).toBeUndefined();
    const rewrapped = (await rewrapKeyFile(keyFile, 'old one', 'new one'))!;
    expect(rewrapped.folderId).toBe(keyFile.folderId);
    expect(rewrapped.kdf.salt).not.toBe(keyFile.kdf.salt);
    expect(await unwrapDataKey(rewrapped, 'old one')).toBeUndefined();
    expect(await decryptJson((await unwrapDataKey(rewrapped, 'new one'))!, 'manifest', file)).toEqual({ kept: true });
  });

  it('the key store keeps the non-extractable key until forgotten', async () => {
    const { dataKey } = await createKeyFile('pass');
    expect(await loadDataKey()).toBeUndefined();
    await saveDataKey(dataKey, 'folder');
    const stored = await loadDataKey();
    expect(stored?.folderId).toBe('folder');
    expect(stored?.key.extractable).toBe(false);
    expect(await decryptJson(stored!.key, 'r', await encryptJson(dataKey, 'r', 7))).toBe(7);
    await forgetDataKey();
    expect(await loadDataKey()).toBeUndefined();
  });
});
