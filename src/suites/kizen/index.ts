/** Every Kizen suite, in the order a run executes them, and Kizen as a runnable API. */
import { kizenRuntime, type KizenTarget } from '../../runner/kizen/target.ts';
import type { RunnableApi, SuiteDef } from '../suite-def.ts';
import { authSuite } from './auth-suite.ts';
import { discoverySuite } from './discovery-suite.ts';

export const KIZEN_SUITES: readonly SuiteDef<KizenTarget>[] = [discoverySuite, authSuite];

export const KIZEN_RUN: RunnableApi<KizenTarget> = { runtime: kizenRuntime, suites: KIZEN_SUITES };
