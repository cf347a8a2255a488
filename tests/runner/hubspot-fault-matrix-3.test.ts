/** Part 3 of 3 of the HubSpot fault matrix (see hubspot-fault-matrix.ts). */
import { describeHubspotFaultMatrix } from './hubspot-fault-matrix.ts';

describeHubspotFaultMatrix(3);
