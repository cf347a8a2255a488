// Every Zeeg suite in one file: their cases run side by side within the run's --concurrency.
import { registerApi } from '../vitest-suite.ts';
import { ZEEG_RUN } from '../zeeg/index.ts';

registerApi(ZEEG_RUN);
