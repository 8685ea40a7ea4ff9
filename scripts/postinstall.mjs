// After `npm install`: nothing is downloaded here. Only a hint when Electron's binary is missing.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const electronPath = require('electron');
  if (typeof electronPath !== 'string' || !fs.existsSync(electronPath)) {
    console.log(
      'Casusaudit: the Electron binary is not installed (offline install?). `npm run web` runs the app in a browser.',
    );
  }
} catch {
  console.log(
    'Casusaudit: the Electron binary is not installed (offline install?). `npm run web` runs the app in a browser.',
  );
}
