import { render } from 'preact';
import { latitudeDb } from '../../src/db/database';
import { LogApp } from '../../src/ui/log/LogApp';
import '../../src/ui/theme.css';

render(<LogApp db={latitudeDb()} />, document.getElementById('app')!);
