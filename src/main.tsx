import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { shell as packed } from 'virtual:atlas-shell';
import { App } from './app/app';
import { unpackShell } from './model/shell';
import { deferredFullAtlas, deferredSettings } from './state/atlas-context';
import { applyTheme } from './state/theme';

performance.mark('atlas:app-evaluated');
// Before the first render, so a dark-theme choice never flashes light.
applyTheme();

// The map's first render needs only the shell; the rest of the atlas is a separate chunk.
const full = deferredFullAtlas(() => import('virtual:atlas'));
// The settings (for /config, /compose and search) load only when one of those asks.
const settings = deferredSettings(() => import('virtual:atlas-settings'));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App
      shell={unpackShell(packed)}
      full={full}
      settings={settings}
      base={import.meta.env.BASE_URL.replace(/\/$/, '')}
    />
  </StrictMode>,
);
performance.mark('atlas:render-called');
