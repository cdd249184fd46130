import { render } from 'preact';
import { latitudeDb } from '../../src/db/database';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import '../../src/ui/theme.css';

render(<SidePanelApp db={latitudeDb()} />, document.getElementById('app')!);
