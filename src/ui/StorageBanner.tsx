import type { StorageHealth } from './use-storage-health';

/** The visible warning every view shows when its storage cannot be opened. */
export function StorageBanner({ health }: { health: StorageHealth }) {
  if (health !== 'unavailable') return null;
  return (
    <div class="banner" role="alert">
      <strong>Latitude cannot open its storage.</strong> This browser is not letting extensions keep
      data (for example, Firefox set to never remember history). Nothing can be saved until that
      changes; what you type here is kept as a draft.
    </div>
  );
}
