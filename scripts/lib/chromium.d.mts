/** Types of chromium.mjs, for the TypeScript scripts that start Chromium. */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
