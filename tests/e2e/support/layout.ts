/**
 * Every way a page does not fit its viewport's width, in words (empty when it fits): a sideways
 * scroll, a control or label whose box reaches past either edge, and content cut off by a box that
 * hides its overflow (an ellipsis, which says so, is allowed). Run inside the page: both suites hand
 * it to their `page.evaluate` (Playwright in Chromium, Puppeteer in Firefox), so it uses only the
 * page's globals.
 */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  const name = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 40);
    return `${element.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
  };
  if (root.scrollWidth > width)
    problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${width} px`);
  for (const element of document.body.querySelectorAll(
    'button, a, input, select, textarea, label, summary, h1, h2, h3, p, li',
  )) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not shown
    if (box.left < -0.5 || box.right > width + 0.5) {
      problems.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width} px`);
    }
  }
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (style.overflowX === 'visible' || style.textOverflow === 'ellipsis') continue;
    // Form fields scroll their own text; what matters is that their box fits (checked above).
    if (element.matches('input, textarea, select')) continue;
    if (element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${name(element)} cuts off ${element.scrollWidth - element.clientWidth} px of its content`);
    }
  }
  return problems;
}
