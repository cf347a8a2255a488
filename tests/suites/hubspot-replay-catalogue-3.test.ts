/** Part 3 of 3 of the HubSpot replay catalogue (see replay-catalogue.ts). */
import { describeReplayCatalogue } from './replay-catalogue.ts';
import { HUBSPOT_CATALOGUE } from './hubspot-replay-catalogue.ts';

describeReplayCatalogue(HUBSPOT_CATALOGUE, 3, 3);
