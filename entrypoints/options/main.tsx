import { render } from 'preact';
import { nudgeSync } from '../../src/browser/sync-nudge';
import { onLocalWrite } from '../../src/db/changes';
import { latitudeDb } from '../../src/db/database';
import { browserSettingsEnv } from '../../src/ui/settings/settings-env';
import { SettingsApp } from '../../src/ui/settings/SettingsApp';
import '../../src/ui/kit/theme.css';
import '../../src/ui/settings/settings.css';

// This page's writes wake the background, which syncs them a few seconds later.
onLocalWrite(latitudeDb(), () => void nudgeSync());

render(
  <SettingsApp env={browserSettingsEnv(latitudeDb())} welcome={new URLSearchParams(location.search).has('welcome')} />,
  document.getElementById('app')!,
);
