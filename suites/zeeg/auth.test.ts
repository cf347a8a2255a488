import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { authSuite } from '../../src/suites/zeeg/auth-suite.ts';

registerSuite(authSuite);
