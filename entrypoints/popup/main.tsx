import { render } from 'preact';
import { readActiveTabSource } from '../../src/browser/active-tab';
import { createDraftStore } from '../../src/browser/draft-store';
import { createSidePanelOpener } from '../../src/browser/side-panel';
import { latitudeDb } from '../../src/db/database';
import { PopupApp } from '../../src/ui/PopupApp';
import '../../src/ui/theme.css';

render(
  <PopupApp
    db={latitudeDb()}
    drafts={createDraftStore('latitude:draft:popup')}
    readSource={readActiveTabSource}
    sidePanel={createSidePanelOpener()}
  />,
  document.getElementById('app')!,
);
