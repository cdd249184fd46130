import { render } from 'preact';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { latitudeDb } from '../../src/db/database';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';
import { LEGACY_SIDE_PANEL_DRAFTS } from '../../src/ui/sidepanel/side-panel-state';
import '../../src/ui/kit/theme.css';

// Each side panel keeps its own drafts; one opened again takes over what a closed one was typing.
const drafts = openPageDrafts('sidepanel', LEGACY_SIDE_PANEL_DRAFTS);

render(<SidePanelApp db={latitudeDb()} drafts={drafts} />, document.getElementById('app')!);
