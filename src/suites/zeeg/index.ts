/** Every Zeeg suite, in the order a run executes them. */
import type { SuiteDef } from '../suite-def.ts';
import { assertSuite } from './assert-suite.ts';
import { authSuite } from './auth-suite.ts';
import { createSuite } from './create-suite.ts';
import { discoverySuite } from './discovery-suite.ts';
import { modelSuite } from './model-suite.ts';
import { patchSuite } from './patch-suite.ts';
import { relationSuite } from './relation-suite.ts';
import { typesSuite } from './types-suite.ts';

export const ZEEG_SUITES: readonly SuiteDef[] = [discoverySuite, authSuite, createSuite, typesSuite, assertSuite, patchSuite, relationSuite, modelSuite];
