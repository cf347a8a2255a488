#!/usr/bin/env node
// Writes docs/checks.md from every API's check registry (part of `npm run generate`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { renderCheckDocs } = await import('../src/docs/check-docs.ts');
const { testableApis } = await import('../src/apis/index.ts');
writeFileSync(fileURLToPath(new URL('../docs/checks.md', import.meta.url)), renderCheckDocs(await testableApis()));
