import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { assertSuite } from '../../src/suites/zeeg/assert-suite.ts';

registerSuite(assertSuite);
