// Every Kizen suite in one file: their cases run side by side within the run's --concurrency.
import { registerApi } from '../vitest-suite.ts';
import { KIZEN_RUN } from '../kizen/index.ts';

registerApi(KIZEN_RUN);
