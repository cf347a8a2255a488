/** Every Kizen suite, in the order a run executes them, and Kizen as a runnable API. */
import { kizenRuntime, type KizenTarget } from '../runtime/target.ts';
import type { RunnableApi, SuiteDef } from '../../../suites/suite-def.ts';
import { addSuite } from './add-suite.ts';
import { archiveSuite } from './archive-suite.ts';
import { authSuite } from './auth-suite.ts';
import { discoverySuite } from './discovery-suite.ts';
import { identifierSuite } from './identifier-suite.ts';
import { modelSuite } from './model-suite.ts';
import { patchSuite } from './patch-suite.ts';
import { raceSuite } from './race-suite.ts';
import { typesSuite } from './types-suite.ts';
import { upsertSuite } from './upsert-suite.ts';

export const KIZEN_SUITES: readonly SuiteDef<KizenTarget>[] = [discoverySuite, authSuite, addSuite, typesSuite, identifierSuite, archiveSuite, upsertSuite, raceSuite, patchSuite, modelSuite];

export const KIZEN_RUN: RunnableApi<KizenTarget> = { runtime: kizenRuntime, suites: KIZEN_SUITES };
