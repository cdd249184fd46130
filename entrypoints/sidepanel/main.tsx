import { render } from 'preact';
import { nudgeSync } from '../../src/browser/sync-nudge';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { onLocalWrite } from '../../src/db/changes';
import { latitudeDb } from '../../src/db/database';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';
import '../../src/ui/kit/theme.css';

// Each side panel keeps its own drafts; one opened again takes over what a closed one was typing.
const drafts = openPageDrafts('sidepanel');

// This page's writes wake the background, which syncs them a few seconds later.
onLocalWrite(latitudeDb(), () => void nudgeSync());

render(<SidePanelApp db={latitudeDb()} drafts={drafts} />, document.getElementById('app')!);
