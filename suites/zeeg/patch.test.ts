import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { patchSuite } from '../../src/suites/zeeg/patch-suite.ts';

registerSuite(patchSuite);
