// Every Kizen suite in one file: their cases run side by side within the run's --concurrency.
import { registerApi } from '../../src/suites/vitest-suite.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';

registerApi(KIZEN_RUN);
