import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { atlas } from 'virtual:atlas';
import { docLoaders } from 'virtual:atlas-docs';
import { App } from './app/app';
import './app/styles.css';
import { applyTheme } from './state/theme';

// Before the first render, so a dark-theme choice never flashes light.
applyTheme();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App atlas={atlas} docLoaders={docLoaders} base={import.meta.env.BASE_URL.replace(/\/$/, '')} />
  </StrictMode>,
);
