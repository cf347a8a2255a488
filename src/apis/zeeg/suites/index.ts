/** Every Zeeg suite, in the order a run executes them, and Zeeg as a runnable API. */
import { zeegRuntime, type ObjectUnderTest } from '../runtime/target.ts';
import type { RunnableApi, SuiteDef } from '../../../suites/suite-def.ts';
import { assertSuite } from './assert-suite.ts';
import { authSuite } from './auth-suite.ts';
import { createSuite } from './create-suite.ts';
import { discoverySuite } from './discovery-suite.ts';
import { modelSuite } from './model-suite.ts';
import { patchSuite } from './patch-suite.ts';
import { relationSuite } from './relation-suite.ts';
import { typesSuite } from './types-suite.ts';

/** The longest cases first (model sequences, then the types), so a concurrent run ends with short ones. */
export const ZEEG_SUITES: readonly SuiteDef<ObjectUnderTest>[] = [discoverySuite, modelSuite, typesSuite, authSuite, createSuite, assertSuite, patchSuite, relationSuite];

export const ZEEG_RUN: RunnableApi<ObjectUnderTest> = { runtime: zeegRuntime, suites: ZEEG_SUITES };
