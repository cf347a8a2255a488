/** Types of bin/generate-types-lib.js for the TypeScript tests that import it. */
export declare const ROOT_URL: URL;
export declare const HEADER: string;
/** Names of the APIs that ship a spec/<api>/openapi.yaml, sorted. */
export declare function listApis(): Promise<string[]>;
/** Absolute path of the generated module of an API. */
export declare function generatedPath(api: string): string;
/** The full text of src/apis/<api>/generated.ts for the current spec (deterministic). */
export declare function renderTypes(api: string): Promise<string>;
