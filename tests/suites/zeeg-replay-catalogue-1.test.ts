/** Part 1 of 3 of the Zeeg replay catalogue (see replay-catalogue.ts). */
import { describeReplayCatalogue } from './replay-catalogue.ts';
import { ZEEG_CATALOGUE } from './zeeg-replay-catalogue.ts';

describeReplayCatalogue(ZEEG_CATALOGUE, 1, 3);
