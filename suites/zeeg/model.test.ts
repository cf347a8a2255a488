import { registerSuite } from '../../src/suites/vitest-suite.ts';
import { modelSuite } from '../../src/suites/zeeg/model-suite.ts';

registerSuite(modelSuite);
