import type { BadgeOutcome } from '../browser/badge';
import { toSource } from '../browser/active-tab';
import { kindForMenuItem } from '../browser/context-menu';
import { saveCapture } from '../db/entries/capture';
import type { LatitudeDb } from '../db/database';
import { isQuotaError, noSpaceLeft } from '../db/errors';
import type { CaptureInput } from '../domain/capture';
import { TEXT_MAX } from '../domain/entry';
import { isOverTextLimit, type OmniboxOverflow, parseOmniboxInput } from '../domain/omnibox';

export interface CaptureServiceDeps {
  db: LatitudeDb;
  now: () => Date;
  newId: () => string;
  /** Tells the user what happened, without a view open (the toolbar badge). */
  report: (outcome: BadgeOutcome) => Promise<void>;
  /**
   * Where an omnibox line over the text limit waits for the popup, and the way to open the popup
   * (best effort: it may not open, and says so by resolving false). Without them, such a line is
   * refused like any other invalid capture.
   */
  overflow?: {
    keep: (overflow: OmniboxOverflow, id: string) => Promise<void>;
    openPopup: () => Promise<boolean>;
  };
}

export interface SelectionClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

export interface ClickedTab {
  url?: string;
  title?: string;
}

const KIND_WORDS = { win: 'win', feedback: 'feedback', talent: 'talent note', note: 'note' };
const LIMIT = TEXT_MAX.toLocaleString('en');

/** The background's capture use cases: a context-menu click and an omnibox line. */
export function createCaptureService(deps: CaptureServiceDeps) {
  // Reporting stays outside the write's try: a badge that fails must not turn a stored entry into
  // "not saved" (the user would capture it twice).
  async function capture(input: CaptureInput): Promise<boolean> {
    const outcome = await store(input);
    await deps.report(outcome);
    return outcome.kind === 'saved';
  }

  async function store(input: CaptureInput): Promise<BadgeOutcome> {
    try {
      const result = await saveCapture(deps.db, input, { now: deps.now(), newId: deps.newId });
      return result.ok
        ? { kind: 'saved', what: KIND_WORDS[input.kind] }
        : { kind: 'failed', reason: result.errors.map((e) => e.message).join(' ') };
    } catch (error) {
      // The write is one transaction, so a failure here leaves nothing half-written.
      return { kind: 'failed', reason: `Could not store it: ${describe(error)}` };
    }
  }

  /**
   * An omnibox line too long to be an entry: kept whole for the popup to shorten, never dropped.
   * The badge points to it until the popup takes it over.
   */
  async function keepForPopup(overflow: NonNullable<CaptureServiceDeps['overflow']>, line: OmniboxOverflow) {
    try {
      await overflow.keep(line, deps.newId());
    } catch (error) {
      await deps.report({
        kind: 'failed',
        reason: `Over ${LIMIT} characters, and it could not be kept for the popup: ${describe(error)}`,
      });
      return;
    }
    try {
      await deps.report({
        kind: 'waiting',
        reason: `the address bar entry is over ${LIMIT} characters. Open Latitude's popup to shorten it and save.`,
      });
    } finally {
      await overflow.openPopup();
    }
  }

  return {
    /** "Log as …" on selected text: the selection with the page's URL and title. */
    captureSelection(click: SelectionClick, tab?: ClickedTab): Promise<boolean> {
      const kind = kindForMenuItem(click.menuItemId);
      if (!kind) return Promise.resolve(false);
      const source = toSource(tab?.url ?? click.pageUrl, tab?.title);
      return capture({ kind, text: click.selectionText ?? '', ...(source ? { source } : {}) });
    },

    /** `lat win shipped the billing migration` typed in the address bar. */
    async captureOmniboxLine(line: string): Promise<boolean> {
      const command = parseOmniboxInput(line);
      if (command.kind === 'empty') {
        await deps.report({
          kind: 'failed',
          reason: 'Nothing to log: type what happened after "lat".',
        });
        return false;
      }
      if (deps.overflow && isOverTextLimit(command.text)) {
        await keepForPopup(deps.overflow, { kind: command.kind, text: command.text, at: deps.now().toISOString() });
        return false;
      }
      return capture({ kind: command.kind, text: command.text });
    },
  };
}

export type CaptureService = ReturnType<typeof createCaptureService>;

function describe(error: unknown): string {
  if (error instanceof Error) {
    return isQuotaError(error) ? noSpaceLeft({ advice: false, midSentence: true }) : error.message;
  }
  return String(error);
}
