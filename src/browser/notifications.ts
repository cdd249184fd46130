import { browser } from 'wxt/browser';

const NOTIFICATIONS = { permissions: ['notifications'] } as const;

type PermissionsApi = Pick<typeof browser.permissions, 'contains' | 'request'>;

/**
 * `notifications` is an optional permission (docs/design.md, Privacy): asked for only when the user turns the
 * weekly reminder on. Call this straight from the click or change handler, before any `await`:
 * browsers grant permission requests only during a user gesture.
 */
export function requestNotificationPermission(permissions: PermissionsApi = browser.permissions): Promise<boolean> {
  return permissions.request({ ...NOTIFICATIONS, permissions: [...NOTIFICATIONS.permissions] });
}

export function hasNotificationPermission(permissions: PermissionsApi = browser.permissions): Promise<boolean> {
  return permissions.contains({ permissions: [...NOTIFICATIONS.permissions] });
}

export interface ReminderNotice {
  id: string;
  title: string;
  message: string;
}

/** The parts of `browser.notifications` used; the whole API is absent until the permission is granted. */
export type NotificationsApi = Pick<typeof browser.notifications, 'create'>;

export function currentNotificationsApi(): NotificationsApi | undefined {
  return (browser as { notifications?: NotificationsApi }).notifications;
}

export async function showNotification(
  notice: ReminderNotice,
  notifications: NotificationsApi | undefined = currentNotificationsApi(),
): Promise<boolean> {
  if (!notifications) return false;
  await notifications.create(notice.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    title: notice.title,
    message: notice.message,
  });
  return true;
}

type ClickedEvent = Pick<typeof browser.notifications.onClicked, 'addListener'>;

/**
 * Listens for clicks on Latitude's notifications, if the API is there: it appears only once the
 * optional permission is granted. A worker started before that picks it up at its next start,
 * which is at the latest when the reminder's alarm wakes it.
 */
export function onNotificationClicked(
  listener: (notificationId: string) => void,
  onClicked: ClickedEvent | undefined = (browser as { notifications?: { onClicked: ClickedEvent } }).notifications
    ?.onClicked,
): void {
  onClicked?.addListener(listener);
}
