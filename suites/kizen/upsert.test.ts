import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { KIZEN_RUN } from '../../src/suites/kizen/index.ts';

registerSuite(KIZEN_RUN, 'upsert');
