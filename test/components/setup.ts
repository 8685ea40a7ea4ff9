import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../../renderer/i18n';

afterEach(() => cleanup());
