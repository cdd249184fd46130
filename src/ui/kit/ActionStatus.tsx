/** What the last action of a view said: nothing yet, done (with what), or failed (with why). */
export type ActionStatus = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/**
 * The line under a view's actions: a polite status when an action is done, an alert when it
 * failed. The status element stays in the page while idle, so screen readers hear its first message.
 */
export function ActionStatusLine({ status }: { status: ActionStatus }) {
  return status.kind === 'failed' ? (
    <p class="alert" role="alert">
      {status.message}
    </p>
  ) : (
    <p class="status" role="status">
      {status.kind === 'done' ? status.message : ''}
    </p>
  );
}
