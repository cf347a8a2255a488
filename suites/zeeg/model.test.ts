import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { ZEEG_RUN } from '../../src/suites/zeeg/index.ts';

registerSuite(ZEEG_RUN, 'model');
