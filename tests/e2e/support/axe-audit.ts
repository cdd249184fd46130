import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail the suite; "minor" and "moderate" findings are left to review. */
const BLOCKING = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations, one readable line
 * each. axe is evaluated through the DevTools protocol, which the extension's content security
 * policy does not apply to; a <script> tag would be blocked, as it should be.
 */
export async function blockingViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations;
  });
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      const why = violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? '';
      return `${violation.impact} ${violation.id}: ${violation.help} at ${where}. ${why}`;
    });
}
