import type { Browser, LaunchOptions } from 'playwright-core';
/** Flags for headless Chromium here. */
export declare const CHROMIUM_ARGS: string[];
/** The Chromium binary. */
export declare const chromiumPath: string | undefined;
/** Launches Chromium with playwright-core. */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
