import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { relationSuite } from '../../src/suites/zeeg/relation-suite.ts';

registerSuite(relationSuite);
