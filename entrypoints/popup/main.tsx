import { render } from 'preact';
import { readActiveTabSource } from '../../src/browser/active-tab';
import { createDraftStore } from '../../src/browser/draft-store';
import { latitudeDb } from '../../src/db/database';
import { PopupApp } from '../../src/ui/PopupApp';
import '../../src/ui/theme.css';

render(
  <PopupApp
    db={latitudeDb()}
    drafts={createDraftStore('latitude:draft:popup')}
    readSource={readActiveTabSource}
  />,
  document.getElementById('app')!,
);
