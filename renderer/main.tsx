/** Renderer entry: i18n first, then the app shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { currentLocale, setLocale } from './i18n';
import './styles.css';

setLocale(currentLocale());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
