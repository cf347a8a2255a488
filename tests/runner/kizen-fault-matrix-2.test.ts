/** Part 2 of 3 of the Kizen fault matrix (see kizen-fault-matrix.ts). */
import { describeKizenFaultMatrix } from './kizen-fault-matrix.ts';

describeKizenFaultMatrix(2);
