import { render } from 'preact';
import { latitudeDb } from '../../src/db/database';
import { PrepApp } from '../../src/ui/PrepApp';
import '../../src/ui/theme.css';
import '../../src/ui/prep.css';

render(<PrepApp db={latitudeDb()} />, document.getElementById('app')!);
