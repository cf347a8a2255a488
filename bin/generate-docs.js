#!/usr/bin/env node
// Writes docs/checks.md and docs/traceability.md from every API's registries and constraint
// tables (part of `npm run generate`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { renderCheckDocs } = await import('../src/docs/check-docs.ts');
const { renderTraceability, traceApis } = await import('../src/docs/traceability.ts');
const { testableApis } = await import('../src/apis/index.ts');
const apis = await testableApis();
const docs = (name) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
writeFileSync(docs('checks.md'), renderCheckDocs(apis));
writeFileSync(docs('traceability.md'), renderTraceability(traceApis(apis)));
