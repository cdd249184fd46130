import { render } from 'preact';
import { latitudeDb } from '../../src/db/database';
import { LogApp } from '../../src/ui/log/LogApp';
import '../../src/ui/kit/theme.css';

// The page's own drafts are opened by the log's state (src/ui/log/log-state.ts).
render(<LogApp db={latitudeDb()} />, document.getElementById('app')!);
