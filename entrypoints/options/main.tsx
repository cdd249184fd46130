import { render } from 'preact';
import { latitudeDb } from '../../src/db/database';
import { browserSettingsEnv } from '../../src/ui/settings-env';
import { SettingsApp } from '../../src/ui/SettingsApp';
import '../../src/ui/theme.css';
import '../../src/ui/settings.css';

render(
  <SettingsApp env={browserSettingsEnv(latitudeDb())} welcome={new URLSearchParams(location.search).has('welcome')} />,
  document.getElementById('app')!,
);
