import type { StorageHealth } from './use-storage-health';

interface Props {
  health: StorageHealth;
  /** Reloads the view after an upgrade elsewhere; drafts are in Web Storage and survive it. */
  reload?: () => void;
  /** Where a failed upgrade offers its export: a button on the settings page, a link elsewhere. */
  onExport?: () => void;
}

/** The visible warning every view shows when its storage cannot be used as usual. */
export function StorageBanner({ health, reload = () => location.reload(), onExport }: Props) {
  switch (health) {
    case 'unavailable':
      return (
        <div class="banner" role="alert">
          <strong>Latitude cannot open its storage.</strong> This browser is not letting extensions keep data (for
          example, Firefox set to never remember history). Nothing can be saved until that changes; what you type here
          is kept as a draft.
        </div>
      );
    case 'not-answering':
      return (
        <div class="banner" role="alert">
          <strong>Latitude's storage is not answering.</strong> Saving waits until it does. Close other Latitude windows
          and tabs, check that the disk has free space, or restart the browser. What you type here is kept as a draft;
          this message goes away once storage answers.
        </div>
      );
    case 'outdated':
      return (
        <div class="banner" role="alert">
          <strong>Latitude was updated, reload</strong> this view to keep going. What you typed is kept.{' '}
          <button type="button" onClick={() => reload()}>
            Reload
          </button>
        </div>
      );
    case 'blocked':
      return (
        <div class="banner" role="status">
          Latitude is updating its storage and waits for its older windows to close. Close other Latitude tabs and the
          side panel if this takes more than a moment.
        </div>
      );
    case 'upgrade-failed':
      return (
        <div class="banner" role="alert">
          <strong>Latitude could not update its storage.</strong> Your log is safe as it was, but cannot be changed by
          this version. Export a backup to keep a copy.{' '}
          {onExport ? (
            <button type="button" onClick={onExport}>
              Export backup
            </button>
          ) : (
            <a href="/options.html" target="_blank" rel="noopener">
              Open settings to export
            </a>
          )}
        </div>
      );
    default:
      return null;
  }
}
