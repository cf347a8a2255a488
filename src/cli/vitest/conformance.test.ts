// The suites of the run's API (named in the settings the CLI hands over) as vitest tests, all in
// one file: their cases run side by side within the run's --concurrency.
import { apiNamed } from '../../apis/index.ts';
import { settingsFromEnv } from '../../runner/settings.ts';
import { registerApi } from '../../suites/vitest-suite.ts';

registerApi(await apiNamed(settingsFromEnv().api));
