import { render } from 'preact';
import { readActiveTabSource } from '../../src/browser/active-tab';
import { createOmniboxOverflowStore } from '../../src/browser/omnibox-overflow';
import { createSidePanelOpener } from '../../src/browser/side-panel';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { latitudeDb } from '../../src/db/database';
import { captureDraftSchema } from '../../src/domain/draft';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/kit/theme.css';

// Each popup keeps its own draft; one opened again takes over what a closed one was typing.
const drafts = openPageDrafts('popup');

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
