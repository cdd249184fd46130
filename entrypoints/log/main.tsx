import { render } from 'preact';
import { nudgeSync } from '../../src/browser/sync-nudge';
import { onLocalWrite } from '../../src/db/changes';
import { latitudeDb } from '../../src/db/database';
import { LogApp } from '../../src/ui/log/LogApp';
import '../../src/ui/kit/theme.css';

// This page's writes wake the background, which syncs them a few seconds later.
onLocalWrite(latitudeDb(), () => void nudgeSync());

// The page's own drafts are opened by the log's state (src/ui/log/log-state.ts).
render(<LogApp db={latitudeDb()} />, document.getElementById('app')!);
