import type { ExtensionSession } from './extension-session';

/**
 * Another page of the extension opens the database at a higher version, as a newer build of
 * Latitude would, and closes again: every open view then meets a schema upgrade made elsewhere.
 * Returns the version the database is at afterwards.
 */
export async function upgradeFromAnotherPage(session: ExtensionSession, from = 'log.html'): Promise<number> {
  const upgrader = await session.context.newPage();
  await upgrader.goto(session.url(from));
  const upgraded = await upgrader.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('latitude');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const next = indexedDB.open('latitude', version + 10);
          next.onsuccess = () => {
            next.result.close();
            resolve(next.result.version);
          };
          next.onerror = () => reject(next.error);
        };
        probe.onerror = () => reject(probe.error);
      }),
  );
  await upgrader.close();
  return upgraded;
}
