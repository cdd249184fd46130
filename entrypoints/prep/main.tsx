import { render } from 'preact';
import { nudgeSync } from '../../src/browser/sync-nudge';
import { openPageDrafts } from '../../src/browser/view-drafts';
import { onLocalWrite } from '../../src/db/changes';
import { latitudeDb } from '../../src/db/database';
import { PrepApp } from '../../src/ui/prep/PrepApp';
import '../../src/ui/kit/theme.css';
import '../../src/ui/prep/prep.css';

// Points of one's own and rewordings are drafts of this tab until stored; a reload finds them.
const drafts = openPageDrafts('prep');

// This page's writes wake the background, which syncs them a few seconds later.
onLocalWrite(latitudeDb(), () => void nudgeSync());

render(<PrepApp db={latitudeDb()} drafts={drafts} />, document.getElementById('app')!);
