import { render } from 'preact';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { latitudeDb } from '../../src/db/database';
import { LogApp } from '../../src/ui/log/LogApp';
import '../../src/ui/kit/theme.css';

// Each log tab keeps its own draft of the entry being edited; a reload finds it again.
render(<LogApp db={latitudeDb()} drafts={openPageDrafts('log')} />, document.getElementById('app')!);
