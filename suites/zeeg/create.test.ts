import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { createSuite } from '../../src/suites/zeeg/create-suite.ts';

registerSuite(createSuite);
