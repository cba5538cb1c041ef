/** Build flags set by scripts/build.mjs; each bundle keeps only its own browser's branches. */
declare const __CHROME__: boolean;
declare const __FIREFOX__: boolean;
