/** What an empty log shows: the four ways to capture, from any page. */
export function EmptyLog() {
  return (
    <section class="empty">
      <h2>Nothing logged yet</h2>
      <p>Four ways to capture, from any page:</p>
      <ul>
        <li>Click the Latitude button in the toolbar (or press Alt+Shift+L).</li>
        <li>Select text on a page, right-click, and choose “Log as win”.</li>
        <li>Press Alt+Shift+K to open the side panel during a 1:1.</li>
        <li>
          Type <kbd>lat</kbd>, a space, then what you did in the address bar.
        </li>
      </ul>
    </section>
  );
}
