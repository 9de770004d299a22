// Runs before each end-to-end file (Vitest's setupFiles): the files share their workers' modules, so the
// browsers a file launched are closed when that file ends rather than when its modules would be unloaded.
import { afterAll } from 'vitest';
import { closeSharedBrowsers } from './browser.ts';

afterAll(closeSharedBrowsers);
