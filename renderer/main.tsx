/** Renderer entry: i18n first, then the app shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { askStartupStateEarly } from './features/recovery/RecoveryGate';
import { currentLocale, setLocale } from './i18n';
import './styles.css';

askStartupStateEarly();
setLocale(currentLocale());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
