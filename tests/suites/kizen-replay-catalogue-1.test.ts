/** Part 1 of 3 of the Kizen replay catalogue (see replay-catalogue.ts). */
import { describeReplayCatalogue } from './replay-catalogue.ts';
import { KIZEN_CATALOGUE } from './kizen-replay-catalogue.ts';

describeReplayCatalogue(KIZEN_CATALOGUE, 1, 3);
