import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { discoverySuite } from '../../src/suites/zeeg/discovery-suite.ts';

registerSuite(discoverySuite);
