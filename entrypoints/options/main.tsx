import { render } from 'preact';
import { latitudeDb } from '../../src/db/database';
import { browserSettingsEnv } from '../../src/ui/settings/settings-env';
import { SettingsApp } from '../../src/ui/settings/SettingsApp';
import '../../src/ui/kit/theme.css';
import '../../src/ui/settings/settings.css';

render(
  <SettingsApp env={browserSettingsEnv(latitudeDb())} welcome={new URLSearchParams(location.search).has('welcome')} />,
  document.getElementById('app')!,
);
