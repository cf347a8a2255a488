// Every Zeeg suite in one file: their cases run side by side within the run's --concurrency.
import { registerApi } from '../../src/suites/vitest-suite.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';

registerApi(ZEEG_RUN);
