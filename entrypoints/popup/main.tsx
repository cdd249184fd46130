import { render } from 'preact';
import { readActiveTabSource } from '../../src/browser/active-tab';
import { createOmniboxOverflowStore } from '../../src/browser/omnibox-overflow';
import { createSidePanelOpener } from '../../src/browser/side-panel';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { onLocalWrite } from '../../src/db/changes';
import { latitudeDb } from '../../src/db/database';
import { captureDraftSchema } from '../../src/domain/draft';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/kit/theme.css';

// Each popup keeps its own draft; one opened again takes over what a closed one was typing.
const drafts = openPageDrafts('popup');

// This page's writes wake the background, which syncs them a few seconds later. Loaded on the first
// write, so that the popup's first screen does not carry it.
onLocalWrite(latitudeDb(), () => void import('../../src/browser/sync-nudge').then(({ nudgeSync }) => nudgeSync()));

render(
  <PopupApp
    db={latitudeDb()}
    drafts={drafts.draft('capture', captureDraftSchema)}
    readSource={readActiveTabSource}
    sidePanel={createSidePanelOpener()}
    omniboxOverflow={createOmniboxOverflowStore()}
  />,
  document.getElementById('app')!,
);
