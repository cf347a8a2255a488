import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { typesSuite } from '../../src/suites/zeeg/types-suite.ts';

registerSuite(typesSuite);
