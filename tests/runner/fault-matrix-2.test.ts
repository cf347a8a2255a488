/**
 * Part 2 of 3 of the fault matrix (see fault-matrix.ts): each fault × seeds 1 and 2 must
 * produce a finding naming one of the fault's clauses.
 */
import { describeFaultMatrix } from './fault-matrix.ts';

describeFaultMatrix(2);
