/** The HubSpot suites in run order, and what a run of them needs (runtime + suites). */
import type { HubspotTarget } from '../runtime/target.ts';
import { hubspotRuntime } from '../runtime/target.ts';
import type { RunnableApi, SuiteDef } from '../../../suites/suite-def.ts';
import { archiveSuite } from './archive-suite.ts';
import { authSuite } from './auth-suite.ts';
import { createSuite } from './create-suite.ts';
import { discoverySuite } from './discovery-suite.ts';
import { modelSuite } from './model-suite.ts';
import { pathsSuite } from './paths-suite.ts';
import { typesSuite } from './types-suite.ts';
import { uniqueSuite } from './unique-suite.ts';
import { updateSuite } from './update-suite.ts';
import { upsertSuite } from './upsert-suite.ts';

export const HUBSPOT_SUITES: readonly SuiteDef<HubspotTarget>[] = [discoverySuite, authSuite, createSuite, typesSuite, updateSuite, uniqueSuite, upsertSuite, archiveSuite, pathsSuite, modelSuite];

export const HUBSPOT_RUN: RunnableApi<HubspotTarget> = { runtime: hubspotRuntime, suites: HUBSPOT_SUITES };
