// Types of scripts/build.mjs (plain JS, run by node before anything is compiled).
export declare const root: string;
export declare function buildIsCurrent(): boolean;
export declare function prepareBuildCache(): void;
export declare function buildIfNeeded(): void;
