import { render } from 'preact';
import { nudgeSync } from '../../src/browser/sync-messages';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { onLocalWrite } from '../../src/db/changes';
import { latitudeDb } from '../../src/db/database';
import { LogApp } from '../../src/ui/log/LogApp';
import '../../src/ui/kit/theme.css';

// This page's writes wake the background, which syncs them a few seconds later.
onLocalWrite(latitudeDb(), () => void nudgeSync());

// Each log tab keeps its own draft of the entry being edited; a reload finds it again.
render(<LogApp db={latitudeDb()} drafts={openPageDrafts('log')} />, document.getElementById('app')!);
