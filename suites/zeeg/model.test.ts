import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { ZEEG_SUITES } from '../../src/suites/zeeg/index.ts';

registerSuite(ZEEG_SUITES, 'model');
